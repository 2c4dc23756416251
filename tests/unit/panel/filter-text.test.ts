// The text filter's matching, made cheaper per record (a case-insensitive pattern for URLs, the
// status and label decided once per value), still means what it meant: every word in the URL,
// the method, the status or its label, whatever the case.
import { describe, expect, it } from 'vitest';
import { filterRecords, NO_FILTER } from '../../../utils/requests/filter';
import { record } from './builders';

const shown = (text: string, records = RECORDS) =>
  filterRecords(records, { ...NO_FILTER, text }).map((r) => r.url);

const RECORDS = [
  record({ url: 'https://Shop.example/API/Products?id=7', status: 200 }),
  record({ url: 'https://shop.example/cart', method: 'DELETE', status: 404 }),
  record({ url: 'https://cdn.example/a.(b)+c*.js', status: 503 }),
  record({ url: 'https://bücher.example/Straße', status: 302 }),
  record({ url: 'https://x.example/none', status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT' }),
];

describe('the text filter', () => {
  it('matches URLs whatever their case', () => {
    expect(shown('api/products')).toEqual(['https://Shop.example/API/Products?id=7']);
    expect(shown('SHOP.EXAMPLE')).toHaveLength(2);
  });

  it('takes the characters of a regular expression literally', () => {
    expect(shown('a.(b)+c*')).toEqual(['https://cdn.example/a.(b)+c*.js']);
    expect(shown('a.b')).toEqual([]);
    expect(shown('.*')).toEqual([]);
  });

  it('matches words beyond ASCII', () => {
    expect(shown('BÜCHER')).toEqual(['https://bücher.example/Straße']);
    expect(shown('straße')).toEqual(['https://bücher.example/Straße']);
  });

  it('matches the method, the status and the label, across records of the same status', () => {
    expect(shown('delete')).toEqual(['https://shop.example/cart']);
    expect(shown('50')).toEqual(['https://cdn.example/a.(b)+c*.js']);
    const many = [...RECORDS, record({ url: 'https://b.example/gone', status: 404 })];
    expect(shown('not found', many)).toEqual([
      'https://shop.example/cart',
      'https://b.example/gone',
    ]);
    expect(shown('no response')).toEqual(['https://x.example/none']);
  });
});
