import { describe, expect, it } from 'vitest';
import { everyEntry } from '../../data/reference';
import type { StatusEntry } from '../../data/types';
import { anchorOf } from '../../utils/entry-anchor';
import { idOf, primaryEntry } from '../../utils/lookup';
import {
  contentOf,
  defaultSuggestion,
  escapeXml,
  MAX_SUGGESTIONS,
  omniboxSuggestions,
  omniboxTarget,
  openTab,
} from '../../utils/omnibox';
import { createSearcher, type Searcher } from '../../utils/search';
import { QUERIES } from '../bench/popup';
import { askedRows } from './search/asked';

const searcher = createSearcher(everyEntry);

/** Chrome's description markup: well-formed XML whose only elements are match, dim and url. */
function isWellFormedDescription(xml: string): boolean {
  const withoutTags = xml.replace(/<\/?(match|dim|url)>/g, '');
  if (/[<>]/.test(withoutTags)) return false;
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(withoutTags)) return false;
  // Tags balanced and nested.
  const stack: string[] = [];
  for (const [, close, name] of xml.matchAll(/<(\/?)(match|dim|url)>/g)) {
    if (!close) stack.push(name as string);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

const unescapeXml = (xml: string) =>
  xml
    .replace(/<\/?(match|dim|url)>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A 5 KB paste cut from real log lines and messages (the search's asked table). */
const paste5k = askedRows
  .map((row) => row.query)
  .join('\n')
  .slice(0, 5000);

describe('omnibox suggestions', () => {
  it('rank as the popup does: its first six results, in its order', () => {
    const queries = [...QUERIES, ...askedRows.slice(0, 40).map((row) => row.query)];
    for (const query of queries) {
      const popup = searcher.search(query).slice(0, MAX_SUGGESTIONS).map(contentOf);
      expect(
        omniboxSuggestions(query, searcher, 'xml').map((s) => s.content),
        query,
      ).toEqual(popup);
    }
  });

  it('show 404 first for "404", with a content Chrome does not hide (it differs from the text)', () => {
    const suggestions = omniboxSuggestions('404', searcher, 'xml');
    expect(suggestions[0]?.content).toBe('#404');
    expect(suggestions[0]?.description).toBe(
      `<match>404 Not Found</match>: <dim>${escapeXml(primaryEntry(404)?.meaning ?? '')}</dim>`,
    );
  });

  it('never have a content equal to what was typed, whatever was typed', () => {
    const typed = [
      ...QUERIES,
      ...everyEntry.flatMap((entry) => [
        String(entry.code),
        entry.phrase,
        idOf(entry),
        `#${anchorOf(entry)}`.slice(1),
      ]),
    ];
    for (const text of typed) {
      for (const suggestion of omniboxSuggestions(text, searcher, 'xml')) {
        expect(suggestion.content.trim()).not.toBe(text.trim());
      }
    }
  });

  it('are at most six, each "label: meaning", and lead Enter to their entry', () => {
    for (const query of ['4', '5xx', 'timeout', 'cloudflare', '499']) {
      const suggestions = omniboxSuggestions(query, searcher, 'plain');
      expect(suggestions.length, query).toBeGreaterThan(0);
      expect(suggestions.length, query).toBeLessThanOrEqual(MAX_SUGGESTIONS);
      for (const { content, description } of suggestions) {
        expect(description).toMatch(/^.+: .+$/);
        expect(omniboxTarget(content)).toBe(`reference.html${content}`);
      }
    }
    expect(omniboxSuggestions('4', searcher, 'plain')).toHaveLength(MAX_SUGGESTIONS);
    expect(omniboxSuggestions('499', searcher, 'plain').map((s) => s.content)).toEqual([
      '#499-nginx',
      '#499-esri-arcgis',
    ]);
  });

  it('are well-formed XML for Chrome and plain text for Firefox, for every entry', () => {
    for (const entry of everyEntry) {
      const [xml] = omniboxSuggestions('any', pinned(entry), 'xml');
      const [plain] = omniboxSuggestions('any', pinned(entry), 'plain');
      expect(isWellFormedDescription(xml?.description ?? ''), idOf(entry)).toBe(true);
      expect(omniboxTarget(xml?.content ?? ''), idOf(entry)).toBe(
        `reference.html#${anchorOf(entry)}`,
      );
      expect(unescapeXml(xml?.description ?? '')).toBe(plain?.description);
      expect(plain?.description).not.toMatch(/<\/?(match|dim)>|&amp;/);
    }
  });

  it('are none for empty or blank text', () => {
    expect(omniboxSuggestions('', searcher, 'xml')).toEqual([]);
    expect(omniboxSuggestions('   \t', searcher, 'plain')).toEqual([]);
  });

  it('handle a 5 KB paste: at most six, well-formed', () => {
    expect(paste5k.length).toBe(5000);
    const suggestions = omniboxSuggestions(paste5k, searcher, 'xml');
    expect(suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    for (const { description } of suggestions) {
      expect(isWellFormedDescription(description)).toBe(true);
    }
  });
});

/** A searcher that always finds one entry: checks each entry's own description. */
function pinned(entry: StatusEntry): Searcher {
  return { search: () => [entry], prepare: () => {} };
}

describe('the default suggestion (Enter on the typed text)', () => {
  it('lets Chrome show the typed text (it escapes it), and is well-formed', () => {
    const xml = defaultSuggestion('xml');
    expect(xml).toContain('<match>%s</match>');
    expect(isWellFormedDescription(xml)).toBe(true);
  });

  it('is plain text for Firefox, which has no %s', () => {
    expect(defaultSuggestion('plain')).not.toMatch(/[<>&]|%s/);
  });
});

describe('XML escaping', () => {
  it('escapes what XML reads as markup', () => {
    expect(escapeXml('a <b> & "c" \'d\'')).toBe('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;');
    expect(isWellFormedDescription(`<match>${escapeXml('</match><url>x&')}</match>`)).toBe(true);
  });

  it('drops control characters XML cannot hold, keeps characters beyond U+FFFF', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\te😀')).toBe('a b c d\te😀');
  });
});

describe('where Enter goes', () => {
  it('opens a suggestion at its entry', () => {
    expect(omniboxTarget('#404')).toBe('reference.html#404');
    expect(omniboxTarget('#499-nginx')).toBe('reference.html#499-nginx');
    expect(omniboxTarget(' #no-response ')).toBe('reference.html#no-response');
  });

  it('opens the typed text as a search of the reference page', () => {
    expect(omniboxTarget('gateway timeout')).toBe('reference.html?q=gateway%20timeout');
    expect(omniboxTarget('404')).toBe('reference.html?q=404');
    expect(omniboxTarget('<&"#')).toBe('reference.html?q=%3C%26%22%23');
    expect(omniboxTarget('#nothing-here')).toBe('reference.html?q=%23nothing-here');
    expect(omniboxTarget('#__proto__')).toBe('reference.html?q=%23__proto__');
    expect(omniboxTarget('')).toBe('reference.html');
  });

  it('keeps at most 5,000 characters of a paste in the address', () => {
    const long = 'x'.repeat(6000);
    expect(omniboxTarget(long)).toBe(`reference.html?q=${'x'.repeat(5000)}`);
  });

  it('replaces the page on Enter, opens a new tab for every other disposition', () => {
    expect(openTab('u', 'currentTab')).toEqual({ kind: 'update', url: 'u' });
    expect(openTab('u', 'newForegroundTab')).toEqual({ kind: 'create', url: 'u', active: true });
    expect(openTab('u', 'newBackgroundTab')).toEqual({ kind: 'create', url: 'u', active: false });
    expect(openTab('u', 'newWindow')).toEqual({ kind: 'create', url: 'u', active: true });
  });
});
