/** Rows of the popup's first screen (its list shows about seven): all the prerendered page holds,
 * so that it paints at once; the live popup adds the rest (App.tsx, live.tsx). */
export const FIRST_SCREEN_ROWS = 8;
