/** Rows of the popup's first screen (its list shows about seven): what its list draws at once, so
 * all the prerendered page holds; more are drawn once it is painted (ResultList.tsx). */
export const FIRST_SCREEN_ROWS = 8;
