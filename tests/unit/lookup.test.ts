import { describe, expect, it } from 'vitest';
import { everyEntry, reference } from '../../data/reference';
import type { StatusEntry } from '../../data/types';
import { anchorOf, entryByAnchor } from '../../utils/entry-anchor';
import {
  countByClass,
  describeStatus,
  entriesFor,
  entriesInClass,
  entryById,
  idOf,
  labelOf,
  primaryEntry,
} from '../../utils/lookup';
import { classOf, entryTone, toneOf } from '../../utils/status-class';

const entry = (code: number) => {
  const found = primaryEntry(code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
};

describe('labels', () => {
  it('is the exact code and phrase, with the vendor for unofficial codes', () => {
    expect(labelOf(entry(404))).toBe('404 Not Found');
    expect(labelOf(entry(413))).toBe('413 Content Too Large');
    expect(entriesFor(499).map(labelOf)).toEqual([
      '499 Client Closed Request (nginx)',
      '499 Token Required (Esri ArcGIS)',
    ]);
    expect(labelOf(entry(0))).toBe('No response (status 0)');
  });

  it('finds entries by id', () => {
    expect(entryById('499-nginx')?.phrase).toBe('Client Closed Request');
    expect(entryById('404')?.code).toBe(404);
    expect(entryById('constructor')).toBeUndefined();
  });
});

describe('classes and counts', () => {
  it('classifies by range, not by sample keys', () => {
    expect(classOf(201)?.key).toBe('2xx');
    expect(classOf(299)?.key).toBe('2xx');
    expect(classOf(304)?.key).toBe('3xx');
    expect(classOf(599)?.key).toBe('5xx');
    expect(classOf(99)).toBeNull();
    expect(classOf(600)).toBeNull();
    expect(classOf(Number.NaN)).toBeNull();
    expect(toneOf(0)).toBe('none');
    expect(toneOf(999)).toBe('invalid');
  });

  it('gives an entry one tone wherever it is drawn: its class, or none for gRPC and WebSocket', () => {
    const byId = (id: string) => everyEntry.find((entry) => idOf(entry) === id);
    expect(entryTone(byId('404') as StatusEntry)).toBe('4xx');
    expect(entryTone(byId('grpc-14') as StatusEntry)).toBe('none');
    expect(entryTone(byId('websocket-1006') as StatusEntry)).toBe('none');
    // By its number alone, gRPC 14 would read as an invalid HTTP status.
    expect(toneOf(14)).toBe('invalid');
  });

  it('counts entries per class, and the counts add up', () => {
    const counts = countByClass(reference);
    expect(counts.all).toBe(reference.length);
    const sum = counts['1xx'] + counts['2xx'] + counts['3xx'] + counts['4xx'] + counts['5xx'];
    expect(sum).toBe(reference.length - 1); // "no response" is outside the five classes
    expect(entriesInClass(reference, '4xx')).toHaveLength(counts['4xx']);
    expect(entriesInClass(reference, 'all')).toHaveLength(reference.length);
  });
});

describe('describeStatus answers for any input', () => {
  it('known codes give their entries', () => {
    const answer = describeStatus(404);
    expect(answer.kind === 'known' && answer.entries.map(labelOf)).toEqual(['404 Not Found']);
    expect(describeStatus('404').kind).toBe('known');
    expect(describeStatus(' 530 ').kind).toBe('known');
  });

  it('0 and "000" give no response', () => {
    for (const input of [0, '0', '000']) {
      const answer = describeStatus(input);
      expect(answer.kind === 'known' && answer.entries[0]?.origin.kind).toBe('no-response');
    }
  });

  it('an unknown code in 100–599 gives its class meaning and fallback', () => {
    const answer = describeStatus(299);
    expect(answer.kind).toBe('unknown');
    if (answer.kind === 'unknown') {
      expect(answer.statusClass.key).toBe('2xx');
      expect(answer.note).toBe('An unrecognised 2xx is treated as 200.');
    }
    const answer4 = describeStatus(477);
    expect(answer4.kind === 'unknown' && answer4.note).toBe(
      'An unrecognised 4xx is treated as 400.',
    );
  });

  it.each([
    -1,
    99,
    600,
    999,
    1000,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    4.5,
    'abc',
    '',
    'constructor',
    '__proto__',
    null,
    undefined,
    {},
    Object.create(null),
    Symbol('x'),
  ])('%s is not a status code', (input) => {
    const answer = describeStatus(input);
    expect(answer.kind).toBe('invalid');
    expect(answer.kind === 'invalid' && answer.message).toMatch(/is not an HTTP status code/);
  });
});

describe('addresses on the reference page', () => {
  it('are the ids, "no-response" for status 0, unique, and lead back to their entry', () => {
    const anchors = everyEntry.map(anchorOf);
    expect(new Set(anchors).size).toBe(everyEntry.length);
    expect(anchors).toEqual(expect.arrayContaining(['404', '499-nginx', 'no-response']));
    for (const entry of everyEntry) {
      expect(entryByAnchor(anchorOf(entry))).toBe(entry);
      expect(anchorOf(entry)).toMatch(/^[a-z0-9-]+$/);
    }
    expect(entryByAnchor('0')).toBeUndefined();
    expect(entryByAnchor('__proto__')).toBeUndefined();
  });
});
