/**
 * The address bar keyword's suggestions and where Enter goes, as pure functions over the popup's
 * search (utils/search.ts). The background script (entrypoints/background/) only hands these to
 * the browser's omnibox API.
 */
import type { StatusEntry } from '../data/types';
import { anchorOf, entryByAnchor } from './entry-anchor';
import { labelOf } from './lookup';
import type { Searcher } from './search';

/** Chrome reads a suggestion's description as XML (`<match>`, `<dim>`, `<url>`); Firefox shows it
 * as plain text. */
export type DescriptionFormat = 'xml' | 'plain';

export interface OmniboxSuggestion {
  /** What Enter on the suggestion hands back to the extension: `#404`, `#499-nginx`,
   * `#no-response`. */
  content: string;
  description: string;
}

/** The most suggestions shown (Chrome shows at most six from an extension). */
export const MAX_SUGGESTIONS = 6;
/** Typed text longer than this is shortened in the page's address. */
const QUERY_CHARS = 5000;

/** The reference page, the page every Enter opens. */
export const REFERENCE_PAGE = 'reference.html';
type ReferenceUrl = `${typeof REFERENCE_PAGE}${string}`;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  // XML 1.0 allows no control characters but tab, line feed and carriage return (surrogates are
  // kept: in pairs they are the characters beyond U+FFFF).
  return text
    .replace(/[^\t\n\r\u0020-\ufffd]/g, ' ')
    .replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** A suggestion's content: the entry's address on the reference page. It never equals a number or
 * a name as typed, so Chrome, which hides a suggestion whose content is the typed text, still
 * shows 404 first for "404". */
export const contentOf = (entry: StatusEntry) => `#${anchorOf(entry)}`;

/** Up to six suggestions for the typed text, in the popup's order, each "label: meaning". */
export function omniboxSuggestions(
  text: string,
  searcher: Searcher,
  format: DescriptionFormat,
): OmniboxSuggestion[] {
  if (!text.trim()) return [];
  return searcher
    .search(text)
    .slice(0, MAX_SUGGESTIONS)
    .map((entry) => ({
      content: contentOf(entry),
      description:
        format === 'xml'
          ? `<match>${escapeXml(labelOf(entry))}</match>: <dim>${escapeXml(entry.meaning)}</dim>`
          : `${labelOf(entry)}: ${entry.meaning}`,
    }));
}

/** The first line of the dropdown, Enter on the typed text. Chrome puts the typed text in place
 * of `%s`, escaped, as the user types; Firefox has no such placeholder, and the line only says
 * what the keyword does. Set once: a line built from the text in `onInputChanged` would show the
 * text of the keystroke before (Chrome draws that line before it asks the extension). */
export function defaultSuggestion(format: DescriptionFormat): string {
  return format === 'xml'
    ? 'Search the status code reference for <match>%s</match>'
    : 'Search the status code reference: a code, a class, words or a log line';
}

/** The extension page Enter opens: a suggestion's entry, else the reference searched for the
 * typed text, else the reference itself. */
export function omniboxTarget(text: string): ReferenceUrl {
  const typed = text.trim();
  if (typed.startsWith('#')) {
    const entry = entryByAnchor(typed.slice(1));
    if (entry) return `${REFERENCE_PAGE}#${anchorOf(entry)}`;
  }
  if (!typed) return REFERENCE_PAGE;
  return `${REFERENCE_PAGE}?q=${encodeURIComponent(typed.slice(0, QUERY_CHARS))}`;
}

/** How the browser asked for the page: in the current tab, or in a new one in front or behind. */
export type Disposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

export type OpenTab =
  | { kind: 'update'; url: string }
  | { kind: 'create'; url: string; active: boolean };

/** Plain Enter replaces the current page; Alt+Enter and every other disposition open a new tab
 * (behind the current one when the browser asks for a background tab). */
export function openTab(url: string, disposition: Disposition | string): OpenTab {
  if (disposition === 'currentTab') return { kind: 'update', url };
  return { kind: 'create', url, active: disposition !== 'newBackgroundTab' };
}
