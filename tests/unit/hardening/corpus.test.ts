/** The regression corpus through the whole pure path: every case, every run. */
import { describe, expect, it } from 'vitest';
import { formatCopy } from '../../../utils/copy/format';
import { diagnose, rowTag } from '../../../utils/diagnosis';
import { HAR_MAX_BYTES, parseHar, readHarFile } from '../../../utils/har/parse';
import { HEADER_VALUE_MAX, normalizeEntry, URL_MAX } from '../../../utils/har/record';
import { toHarEntry } from '../../../utils/har/to-entry';
import { annotate } from '../../../utils/requests/annotate';
import { createRequestStore } from '../../../utils/requests/store';
import { entryCases, fileCases } from './corpus';
import { liveMarkup } from './markdown-oracle';

const clock = { now: () => Date.UTC(2026, 10, 27, 12, 0, 0) };

describe('regression corpus', () => {
  it('has at least 50 named cases', () => {
    expect(entryCases.length + fileCases.length + 1).toBeGreaterThanOrEqual(50);
  });

  it.each(entryCases)('$name', ({ entry, usable, label }) => {
    const record = normalizeEntry(entry, 7);
    expect(record !== null).toBe(usable);
    if (!record) return;
    expect(record.url.length).toBeLessThanOrEqual(URL_MAX);
    for (const h of [...record.requestHeaders, ...record.responseHeaders]) {
      expect(h.value.length).toBeLessThanOrEqual(HEADER_VALUE_MAX);
    }
    const annotation = annotate(record.status, record.error);
    expect(annotation.label).not.toBe('');
    if (label) expect(annotation.label).toMatch(label);
    const har = toHarEntry(record);
    const findings = diagnose(har, { ...clock, entries: [har] });
    rowTag(findings);
    const note = formatCopy('markdown', record, { headers: record.responseHeaders });
    expect(liveMarkup(note)).toEqual([]);
    expect(liveMarkup(formatCopy('line', record))).toEqual([]);
    const store = createRequestStore<number>();
    store.add(record, 1);
    expect(store.snapshot().records).toHaveLength(1);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it.each(fileCases)('HAR file: $name', ({ text, ok, message }) => {
    const result = parseHar(text, 'customer.har');
    expect(result.ok).toBe(ok);
    if (!result.ok && message) expect(result.message).toMatch(message);
    if (!result.ok) expect(result.message).toMatch(/^customer\.har /);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('HAR file: over the size limit, refused before it is read', async () => {
    let read = false;
    const result = await readHarFile({
      name: 'huge.har',
      size: HAR_MAX_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect(result.ok).toBe(false);
    expect(read).toBe(false);
    expect(!result.ok && result.message).toMatch(/opens HAR files up to 50 MB/);
  });
});
