/** The User Timing mark set when the popup goes live (its code loaded and the prerendered screen
 * hydrated), which the benchmark reads. */
export const LIVE_MARK = 'status-lens:popup-live';
