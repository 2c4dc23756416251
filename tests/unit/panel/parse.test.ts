import { describe, expect, it } from 'vitest';
import { HAR_MAX_BYTES, parseHar, readHarFile } from '../../../utils/har/parse';
import { entry, fixtureText } from './builders';

const har = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', entries } });

describe('parseHar', () => {
  it('reads a HAR exported by real Chromium, with its creator', () => {
    const result = parseHar(fixtureText('demo-load.har'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toHaveLength(31);
    expect(result.skipped).toBe(0);
    expect(result.creator).toBe('WebInspector 537.36');
    expect(result.records.map((r) => r.id)).toEqual(result.records.map((_, i) => i + 1));
  });

  it('says when the file is empty', () => {
    expect(parseHar('  \n', '"a.har"')).toEqual({ ok: false, message: '"a.har" is empty.' });
  });

  it('says when the file is not JSON', () => {
    const result = parseHar('<html>not a har</html>', '"page.html"');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^"page\.html" is not a HAR file: it is not valid JSON \(/);
  });

  it('says when JSON is not a HAR', () => {
    expect(parseHar('{"hello": 1}')).toMatchObject({
      ok: false,
      message: 'The file is JSON but not a HAR file: it has no "log" object.',
    });
    expect(parseHar('[1, 2]')).toMatchObject({ ok: false });
    expect(parseHar('{"log": {"entries": {}}}')).toMatchObject({
      ok: false,
      message: 'The file is JSON but not a HAR file: its "log" has no "entries" list.',
    });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseHar(`\ufeff${har([entry()])}`)).toMatchObject({ ok: true, skipped: 0 });
  });

  it('keeps the good entries of a partly broken HAR and says how many it skipped', () => {
    const result = parseHar(har([entry(), null, { request: {} }, entry({ status: 404 }), 'x']));
    expect(result).toMatchObject({ ok: true, skipped: 3 });
    if (!result.ok) return;
    expect(result.records.map((r) => r.status)).toEqual([200, 404]);
    expect(result.skippedReasons).toEqual(['not an object', 'no request URL']);
    expect(result.contents).toHaveLength(2);
  });

  it('accepts an empty list of entries', () => {
    expect(parseHar(har([]))).toMatchObject({ ok: true, records: [], skipped: 0 });
  });

  it('never lets "__proto__" keys change anything', () => {
    const result = parseHar('{"log": {"__proto__": {"entries": [1]}, "entries": []}}');
    expect(result).toMatchObject({ ok: true, records: [] });
  });
});

describe('readHarFile', () => {
  it('refuses a file over the limit before reading it, and states the limit', async () => {
    const file = {
      name: 'huge.har',
      size: 73.2 * 1024 * 1024,
      text: () => Promise.reject(new Error('must not be read')),
    };
    const result = await readHarFile(file);
    expect(result).toEqual({
      ok: false,
      message:
        '"huge.har" is 73.2 MB; this page opens HAR files up to 50 MB. Export a HAR with fewer requests (or without response bodies) and open that.',
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const text = har([]);
    const result = await readHarFile({
      name: 'a.har',
      size: HAR_MAX_BYTES,
      text: async () => text,
    });
    expect(result.ok).toBe(true);
  });

  it('reads and parses a file within the limit', async () => {
    const text = har([entry({ status: 500 })]);
    const result = await readHarFile({ name: 'a.har', size: text.length, text: async () => text });
    expect(result).toMatchObject({ ok: true, skipped: 0 });
  });

  it('says when the file cannot be read', async () => {
    const result = await readHarFile({
      name: 'gone.har',
      size: 10,
      text: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(result).toEqual({ ok: false, message: '"gone.har" could not be read.' });
  });
});
