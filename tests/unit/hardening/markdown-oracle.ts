/**
 * Is there live Markdown or HTML left in a text, outside code spans and escapes? Used to check
 * that nothing from the input can become a link, an image, a tag or a fence once pasted.
 * Scans as CommonMark does: a backslash escapes the next ASCII punctuation character outside
 * code spans; a run of n backticks opens a code span closed by the next run of exactly n, and
 * inside it backslashes are literal.
 */
export function liveMarkup(markdown: string): string[] {
  const found: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) found.push(`fence: ${line}`);
    let outside = '';
    let i = 0;
    while (i < line.length) {
      const ch = line[i] as string;
      if (ch === '\\' && /[!-/:-@[-`{-~]/.test(line[i + 1] ?? '')) {
        i += 2;
        continue;
      }
      if (ch === '`') {
        let run = 0;
        while (line[i + run] === '`') run += 1;
        const closing = findRun(line, i + run, run);
        if (closing === -1) {
          outside += '`'.repeat(run);
          i += run;
        } else {
          i = closing + run;
        }
        continue;
      }
      outside += ch;
      i += 1;
    }
    if (/[[\]<>`]/.test(outside)) found.push(`markup: ${line}`);
  }
  return found;
}

/** Index of the next run of exactly `length` backticks at or after `from`, or -1. */
function findRun(line: string, from: number, length: number): number {
  let i = from;
  while (i < line.length) {
    if (line[i] !== '`') {
      i += 1;
      continue;
    }
    let run = 0;
    while (line[i + run] === '`') run += 1;
    if (run === length) return i;
    i += run;
  }
  return -1;
}
