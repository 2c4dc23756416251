import { describe, expect, it } from 'vitest';
import { families, reference } from '../../../data/reference';
import { countByClass, entriesFor, idOf, labelOf, primaryEntry } from '../../../utils/lookup';
import { searcher } from './score';

const ids = (query: string, n = 99) => searcher.search(query).slice(0, n).map(idOf);
const isOther = (id: string) => /^(grpc|websocket)-/.test(id);

describe('codes beyond HTTP: gRPC statuses and WebSocket close codes', () => {
  it('holds gRPC 0–16 and WebSocket 1000–1015 with the two application ranges', () => {
    expect(ids('grpc').length).toBeGreaterThan(0);
    const grpc = families.filter((e) => e.origin.kind === 'protocol' && e.origin.family === 'grpc');
    expect(grpc.map((e) => e.code)).toEqual([...Array(17).keys()]);
    const ws = families.filter(
      (e) => e.origin.kind === 'protocol' && e.origin.family === 'websocket',
    );
    expect(ws.map(idOf)).toEqual([
      ...Array.from({ length: 16 }, (_, i) => `websocket-${1000 + i}`),
      'websocket-3000-3999',
      'websocket-4000-4999',
    ]);
    expect(labelOf(grpc[14] as (typeof grpc)[number])).toBe('gRPC 14 UNAVAILABLE');
    expect(ws.map(labelOf)).toContain('WebSocket 1006 Abnormal Closure');
    expect(ws.map(labelOf)).toContain('WebSocket 4000–4999 Private use');
  });

  it('never mixes into HTTP lookups, classes or counts', () => {
    expect(countByClass([...reference, ...families])).toEqual({
      ...countByClass(reference),
      all: reference.length + families.length,
    });
    expect(entriesFor(14)).toEqual([]);
    expect(primaryEntry(0)?.origin.kind).toBe('no-response');
    expect(entriesFor(1006)).toEqual([]);
  });

  it('a bare single digit still means an HTTP class prefix', () => {
    for (const digit of ['1', '2', '3', '4', '5']) {
      const found = ids(digit);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter(isOther), digit).toEqual([]);
      expect(found.every((id) => id.startsWith(digit))).toBe(true);
    }
  });

  it('a bare number shows each meaning it has, labelled by family', () => {
    expect(ids('14')).toEqual(['grpc-14']);
    expect(ids('0')).toEqual(['0', 'grpc-0']);
    const tens = reference.filter((e) => String(e.code).startsWith('10')).map(idOf);
    expect(tens.length).toBeGreaterThan(2);
    expect(ids('10')).toEqual([...tens, 'grpc-10']);
    // WebSocket's 1006 first, then Cloudflare's error 1006 (a page that comes with a 403).
    expect(ids('1006')).toEqual(['websocket-1006', '403']);
    expect(ids('4001')).toEqual(['websocket-4000-4999']);
    expect(ids('3500')).toEqual(['websocket-3000-3999']);
    expect(ids('2500')).toEqual([]);
  });

  it('the words around a number say which family it belongs to', () => {
    expect(ids('websocket 1006', 1)).toEqual(['websocket-1006']);
    expect(ids('ws 1006', 1)).toEqual(['websocket-1006']);
    expect(ids('close code 1006', 1)).toEqual(['websocket-1006']);
    expect(ids('cloudflare 1006', 1)).toEqual(['403']);
    expect(ids('grpc 14', 1)).toEqual(['grpc-14']);
    expect(ids('grpc 4', 1)).toEqual(['grpc-4']);
    expect(ids('grpc-status: 14', 1)).toEqual(['grpc-14']);
    expect(ids('grpc unavailable', 1)).toEqual(['grpc-14']);
  });

  it('their names find them; HTTP stays first when the family is not named', () => {
    expect(ids('DEADLINE_EXCEEDED', 1)).toEqual(['grpc-4']);
    expect(ids('unauthenticated', 2)).toContain('grpc-16');
    expect(ids('abnormal closure', 1)).toEqual(['websocket-1006']);
    expect(ids('unavailable', 1)).toEqual(['503']);
    expect(ids('the backend is restarting, try again later', 3)).toContain('503');
    // A family entry met only through shared words comes after every HTTP entry.
    const tls = ids('tls');
    const firstOther = tls.findIndex(isOther);
    expect(firstOther).toBeGreaterThan(0);
    expect(tls.slice(firstOther).every(isOther)).toBe(true);
  });

  it('pairs each gRPC code with an HTTP status that is in the reference', () => {
    for (const entry of families) {
      for (const code of entry.related)
        expect(primaryEntry(code), `${idOf(entry)} → ${code}`).toBeDefined();
      expect(entry.causes.length).toBeGreaterThanOrEqual(2);
      expect(entry.fixes.every((fix) => fix.length > 10)).toBe(true);
    }
  });
});
