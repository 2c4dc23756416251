/**
 * Property-based tests over hostile HAR input through the whole pure path: normalise,
 * annotate, diagnose, store, copy formats, HAR parsing, lookups and search. Each property runs
 * at least 1,000 times per CI run (a fresh seed each time; a failure prints its seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reference } from '../../../data/reference';
import { type CopyFormat, formatCopy } from '../../../utils/copy/format';
import { diagnose, incidentNote, rowTag } from '../../../utils/diagnosis';
import { parseHar } from '../../../utils/har/parse';
import {
  HEADER_VALUE_MAX,
  HEADERS_MAX,
  normalizeEntry,
  type RequestRecord,
  URL_MAX,
} from '../../../utils/har/record';
import { toHarEntry } from '../../../utils/har/to-entry';
import { describeStatus } from '../../../utils/lookup';
import { escapeMarkdown } from '../../../utils/markdown';
import { annotate } from '../../../utils/requests/annotate';
import { createRequestStore } from '../../../utils/requests/store';
import { sanitizeUrl as redactUrl } from '../../../utils/sanitize/sanitize';
import { createSearcher } from '../../../utils/search';
import { harEntry, hostileString, SECRET, secretEntry, status } from './arbitraries';
import { liveMarkup } from './markdown-oracle';

const RUNS = 1000;
const params = { numRuns: RUNS };
const FORMATS: CopyFormat[] = ['label', 'line', 'markdown'];
const clock = { now: () => Date.UTC(2026, 10, 27, 12, 0, 0) };

const recordOf = (entry: unknown): RequestRecord | null => normalizeEntry(entry, 1);

// 1,000 runs a property take seconds on a busy machine: the runner's limit is raised for this
// file (it bounds a hang, it does not time anything).
describe('hostile input through the pure path', { timeout: 60_000 }, () => {
  it('1. normalising never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), harEntry), (input) => {
        recordOf(input);
      }),
      params,
    );
  });

  it('2. every usable entry yields a bounded record', () => {
    fc.assert(
      fc.property(harEntry, (entry) => {
        const record = recordOf(entry);
        if (!record) return;
        expect(record.url.length).toBeLessThanOrEqual(URL_MAX);
        expect(Number.isInteger(record.status)).toBe(true);
        for (const side of [record.requestHeaders, record.responseHeaders]) {
          expect(side.length).toBeLessThanOrEqual(HEADERS_MAX);
          for (const h of side) expect(h.value.length).toBeLessThanOrEqual(HEADER_VALUE_MAX);
        }
      }),
      params,
    );
  });

  it('3. every record yields a row model: a non-empty label and meaning', () => {
    fc.assert(
      fc.property(harEntry, (entry) => {
        const record = recordOf(entry);
        if (!record) return;
        const annotation = annotate(record.status, record.error);
        expect(annotation.label.length).toBeGreaterThan(0);
        expect(annotation.meaning.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('4. annotating any status and reason never throws', () => {
    fc.assert(
      fc.property(status, hostileString, (code, reason) => {
        const result = annotate(code as number, reason);
        expect(typeof result.label).toBe('string');
      }),
      params,
    );
  });

  it('5. the lookup answers any input and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), status, hostileString), (input) => {
        expect(['known', 'unknown', 'invalid']).toContain(describeStatus(input).kind);
      }),
      params,
    );
  });

  it('6. diagnosis never throws and stays bounded', () => {
    fc.assert(
      fc.property(fc.array(harEntry, { minLength: 1, maxLength: 4 }), (entries) => {
        const records = entries.map(recordOf).filter((r): r is RequestRecord => r !== null);
        const har = records.map(toHarEntry);
        for (const entry of har) {
          const findings = diagnose(entry, { ...clock, entries: har });
          expect(findings.length).toBeLessThanOrEqual(16);
          for (const f of findings) {
            expect(f.title.length).toBeLessThanOrEqual(200);
            expect(f.details.length).toBeLessThanOrEqual(15);
          }
          const tag = rowTag(findings);
          if (tag !== undefined) expect(tag.length).toBeLessThanOrEqual(32);
          incidentNote(entry, findings);
        }
      }),
      params,
    );
  });

  it('7. copy formats never throw, and label and line are one line', () => {
    fc.assert(
      fc.property(harEntry, (entry) => {
        const record = recordOf(entry);
        if (!record) return;
        for (const format of FORMATS) {
          const text = formatCopy(format, record);
          if (format !== 'markdown') expect(text).not.toMatch(/[\n\r\u2028\u2029]/);
        }
      }),
      params,
    );
  });

  it('8. copy formats contain no unredacted secret', () => {
    fc.assert(
      fc.property(secretEntry, (entry) => {
        const record = recordOf(entry);
        if (!record) return;
        const extras = { headers: [...record.requestHeaders, ...record.responseHeaders] };
        for (const format of FORMATS) {
          expect(formatCopy(format, record, extras)).not.toContain(SECRET);
        }
      }),
      params,
    );
  });

  it('9. the Markdown note carries no live Markdown or HTML from the input', () => {
    fc.assert(
      fc.property(harEntry, fc.array(hostileString, { maxLength: 3 }), (entry, findings) => {
        const record = recordOf(entry);
        if (!record) return;
        const note = formatCopy('markdown', record, {
          findings,
          headers: record.responseHeaders,
        });
        expect(liveMarkup(note)).toEqual([]);
        expect(liveMarkup(formatCopy('line', record))).toEqual([]);
      }),
      params,
    );
  });

  it('10. Markdown escaping keeps the text and leaves no live markup', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const escaped = escapeMarkdown(text);
        expect(liveMarkup(escaped)).toEqual([]);
        expect(escaped.replace(/\\(.)/gsu, '$1')).toBe(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the flattening under test
          text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '),
        );
      }),
      params,
    );
  });

  it('11. redacting a URL is stable: redacting twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true }), hostileString), (u) => {
        const once = redactUrl(u);
        expect(redactUrl(once)).toBe(once);
      }),
      params,
    );
  });

  it('12. the store keeps its invariants under any sequence of operations', () => {
    const op = fc.oneof(
      harEntry.map((entry) => ({ kind: 'add' as const, entry })),
      fc.constantFrom('https://example.org/', 'https://example.org/next').map((u) => ({
        kind: 'navigate' as const,
        url: u,
      })),
      fc.constant({ kind: 'clear' as const }),
      fc.integer({ min: 0, max: 40 }).map((id) => ({ kind: 'select' as const, id })),
      fc.boolean().map((on) => ({ kind: 'preserve' as const, on })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const store = createRequestStore<number>({ cap: 10, handleLimit: 3 });
        let id = 0;
        for (const step of ops) {
          if (step.kind === 'add') {
            const record = normalizeEntry(step.entry, ++id);
            if (record) store.add(record, record.id);
          } else if (step.kind === 'navigate') store.navigated(step.url);
          else if (step.kind === 'clear') store.clear();
          else if (step.kind === 'select') store.select(step.id);
          else store.setPreserveLog(step.on);
        }
        const snap = store.snapshot();
        expect(snap.records.length).toBeLessThanOrEqual(10);
        const ids = snap.records.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort((a, b) => a - b)).toEqual(ids);
        const kept = ids.filter((rid) => store.handleOf(rid) !== undefined);
        expect(kept.length).toBeLessThanOrEqual(3);
        expect(kept).toEqual(ids.slice(ids.length - kept.length));
      }),
      params,
    );
  });

  it('13. parsing any text as a HAR file gives records or a clear message', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.array(harEntry, { maxLength: 5 }).map((entries) => JSON.stringify({ log: { entries } })),
      fc
        .array(harEntry, { maxLength: 3 })
        .map((entries) => JSON.stringify({ log: { entries } }).slice(0, 60)),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = parseHar(input);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        else expect(result.records.length + result.skipped).toBeGreaterThanOrEqual(0);
      }),
      params,
    );
  });

  it('14. search never throws and only returns reference entries', () => {
    const searcher = createSearcher(reference);
    const known = new Set(reference);
    fc.assert(
      fc.property(hostileString, (query) => {
        for (const entry of searcher.search(query)) expect(known.has(entry)).toBe(true);
      }),
      params,
    );
  });
});
