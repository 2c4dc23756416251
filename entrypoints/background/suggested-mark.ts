/** The User Timing mark the background script sets when it has built its first suggestions since
 * it started, which the benchmark reads (tests/bench/omnibox.ts). */
export const SUGGESTED_MARK = 'status-lens:omnibox-suggested';
