// Finds text that makes the project lean on something outside its own folder: a relative path
// that climbs out of the repository (the team folder that sits beside a checkout on our own
// machines), or an absolute path into somebody's home, a workspace or a temporary folder.
// Default system locations of the browsers the README names (/usr/bin/chromium,
// /usr/lib/chromium, /usr/bin/firefox-esr) are not user paths and are never reported.
import { posix } from 'node:path';

export interface OutsideReference {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Relative paths: one or more `../` followed by a name, as written in imports, docs and scripts. */
const RELATIVE = /(?:\.\.\/)+[\w@.-]+/g;

/** Absolute paths into a user's or a machine's own folders. The look-behind keeps URL paths
 * (`https://host/home/…`) and longer paths (`/usr/share/…/tmp/`) out. */
const USER_PATHS: readonly [RegExp, string][] = [
  [/(?<![\w./:~-])\/(?:home|Users)\/[\w.-]+/g, 'a home folder'],
  [/(?<![\w./:~-])\/root\//g, "root's home folder"],
  [/(?<![\w./:~-])\/work\//g, 'a workspace folder'],
  [/(?<![\w./:~-])\/(?:tmp|var\/folders|private\/var)\/[\w.-]+/g, 'a temporary folder'],
  [/\b[A-Za-z]:\\(?:Users|Documents and Settings)\\/g, 'a Windows user folder'],
  [/(?<![\w.])~\/(?!\.)[\w-]+/g, 'a home folder (~)'],
];

/** Every reference in `text` (the content of `file`, a path relative to the repository root)
 * to a place outside the repository. */
export function findOutsideReferences(file: string, text: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const dir = posix.dirname(file);
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    for (const match of lineText.matchAll(RELATIVE)) {
      // Resolved from the file's own folder, and from the root for prose in docs and scripts
      // that name paths as a reader in the checkout would.
      const fromFile = posix.normalize(posix.join(dir, match[0]));
      if (fromFile.startsWith('../') || fromFile === '..') {
        found.push({ file, line: index + 1, text: match[0], why: 'climbs out of the repository' });
      }
    }
    for (const [pattern, why] of USER_PATHS) {
      for (const match of lineText.matchAll(pattern)) {
        found.push({ file, line: index + 1, text: match[0], why: `names ${why}` });
      }
    }
  });
  return found;
}
