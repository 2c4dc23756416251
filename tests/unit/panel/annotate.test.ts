import { describe, expect, it } from 'vitest';
import { normalizeEntry } from '../../../utils/har/record';
import { labelOf, primaryEntry, statusClasses } from '../../../utils/lookup';
import { annotate } from '../../../utils/requests/annotate';
import { recordedEntry } from './builders';

function reference(code: number) {
  const entry = primaryEntry(code);
  if (!entry) throw new Error(`the reference has no ${code}`);
  return entry;
}

describe('annotate', () => {
  it('gives a known code its exact label and one-line meaning from the reference', () => {
    const entry = reference(404);
    expect(annotate(404)).toMatchObject({
      label: labelOf(entry),
      meaning: entry.meaning,
      tone: '4xx',
      entry,
      reason: '',
      blocked: false,
    });
    expect(annotate(404).label).toBe('404 Not Found');
  });

  it('labels an HTTP/2 response, which has no status text, from the reference', () => {
    const record = normalizeEntry(recordedEntry('/h2/missing'), 1);
    expect(record?.statusText).toBe('');
    expect(record?.httpVersion.toLowerCase()).toBe('http/2.0');
    expect(annotate(record?.status ?? -1).label).toBe(labelOf(reference(404)));
  });

  it('uses the current phrase, not the old one a server sent', () => {
    const record = normalizeEntry(recordedEntry('/api/orders?run=load'), 1);
    expect(record?.statusText).toBe('Unprocessable Entity');
    expect(annotate(422).label).toBe(labelOf(reference(422)));
    expect(annotate(422).label).toBe('422 Unprocessable Content');
  });

  it('gives each class its tone', () => {
    expect(annotate(200)).toMatchObject({ tone: '2xx' });
    expect(annotate(304)).toMatchObject({ tone: '3xx' });
    expect(annotate(101)).toMatchObject({ tone: '1xx' });
    expect(annotate(503)).toMatchObject({ tone: '5xx' });
  });

  it("gives an unknown code of a known class its class's meaning", () => {
    const success = statusClasses[1];
    const unknown = annotate(299);
    expect(unknown.label).toBe('299 (unknown 2xx)');
    expect(unknown.meaning).toContain(success?.meaning);
    expect(unknown.meaning).toContain('treated as 200');
    expect(unknown).toMatchObject({ tone: '2xx', entry: undefined });
    expect(annotate(597)).toMatchObject({ tone: '5xx' });
  });

  it('reads status 0 as no response, with the browser reason', () => {
    const noResponse = annotate(0, 'net::ERR_NAME_NOT_RESOLVED');
    expect(noResponse).toMatchObject({
      label: 'No response (status 0)',
      tone: 'none',
      reason: 'net::ERR_NAME_NOT_RESOLVED',
      blocked: false,
    });
    expect(noResponse.meaning).toBe(reference(0).meaning);
  });

  it("labels requests the user's own blocker stopped", () => {
    const blocked = annotate(0, 'net::ERR_BLOCKED_BY_CLIENT');
    expect(blocked).toMatchObject({ blocked: true });
    expect(blocked.meaning).toMatch(/^Blocked inside this browser/);
  });

  it('says that codes outside 100–599 are not HTTP statuses', () => {
    expect(annotate(999)).toMatchObject({ label: '999 (not an HTTP status)', tone: 'invalid' });
    expect(annotate(42)).toMatchObject({ label: '42 (not an HTTP status)', tone: 'invalid' });
    expect(annotate(1000).tone).toBe('invalid');
  });

  it('memoises: the same status gives the same object', () => {
    expect(annotate(500)).toBe(annotate(500));
    expect(annotate(0, 'a')).not.toBe(annotate(0, 'b'));
  });
});
