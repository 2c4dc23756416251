import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reference } from '../../../data/reference';
import { entriesFor } from '../../../utils/lookup';

/**
 * The reference against the outside list: tests/fixtures/reference/status-codes.tsv (its
 * sources in SOURCES.md beside it), every IANA code with its exact phrase and state, every
 * unofficial row with its vendor.
 */
const tsvPath = resolve(__dirname, '../../fixtures/reference/status-codes.tsv');
const rows = readFileSync(tsvPath, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, phrase, kind, state] = line.split('\t');
    return { code: code ?? '', phrase: phrase ?? '', kind: kind ?? '', state: state ?? '' };
  });

const ianaRows = rows.filter(
  (row) => row.kind === 'iana' && /^\d{3}$/.test(row.code) && row.state !== 'unassigned',
);
// "unofficial", "unofficial (informal)", "unofficial (retired)", "unofficial (conflicts …)"
const unofficialRows = rows.filter((row) => row.kind.startsWith('unofficial'));

/** How our vendor names match the tsv's "who uses it" text, one per unofficial row. */
const VENDORS: Record<string, string[]> = {
  '218': ['Apache'],
  '419': ['Laravel'],
  '420': ['Twitter', 'Spring'],
  '440': ['Microsoft IIS'],
  '444': ['nginx'],
  '449': ['Microsoft WebDAV'],
  '450': ['Microsoft Windows'],
  '451': ['Microsoft Exchange'],
  '456': ['Microsoft Exchange'],
  '457': ['Microsoft Exchange'],
  '460': ['AWS load balancer'],
  '463': ['AWS load balancer'],
  '464': ['AWS load balancer'],
  '494': ['nginx'],
  '495': ['nginx'],
  '496': ['nginx'],
  '497': ['nginx'],
  '498': ['Esri ArcGIS'],
  '499': ['nginx', 'Esri ArcGIS'],
  '509': ['Apache / cPanel'],
  '520': ['Cloudflare'],
  '521': ['Cloudflare'],
  '522': ['Cloudflare'],
  '523': ['Cloudflare'],
  '524': ['Cloudflare'],
  '525': ['Cloudflare'],
  '526': ['Cloudflare'],
  '527': ['Cloudflare'],
  '530': ['Cloudflare', 'Pantheon'],
  '561': ['AWS load balancer'],
  '598': ['some proxies'],
  '599': ['some proxies'],
};

function stateOf(tsvState: string): string {
  if (tsvState.startsWith('permanent')) return 'permanent';
  if (tsvState.startsWith('temporary')) return 'temporary';
  if (tsvState.startsWith('unused')) return 'unused';
  return tsvState;
}

describe('completeness against status-codes.tsv', () => {
  it('reads the registry file', () => {
    expect(ianaRows.length).toBeGreaterThan(60);
    expect(unofficialRows.length).toBeGreaterThan(30);
  });

  it.each(ianaRows)('IANA $code $phrase is present with its phrase and state', (row) => {
    const official = entriesFor(Number(row.code)).find((entry) => entry.origin.kind === 'iana');
    expect(official?.phrase).toBe(row.phrase);
    expect(official?.origin.kind === 'iana' && official.origin.state).toBe(stateOf(row.state));
  });

  it('keeps 104 temporary with its registration dates', () => {
    const origin = entriesFor(104)[0]?.origin;
    expect(origin).toEqual({
      kind: 'iana',
      state: 'temporary',
      registered: '2024-11-13',
      extended: '2025-09-15',
      expires: '2026-11-13',
    });
  });

  it('every unofficial row has an entry for each of its vendors', () => {
    const tsvCodes = [...new Set(unofficialRows.map((row) => row.code))].sort();
    expect(Object.keys(VENDORS).sort()).toEqual(tsvCodes);
    for (const [code, vendors] of Object.entries(VENDORS)) {
      const found = entriesFor(Number(code)).flatMap((entry) =>
        entry.origin.kind === 'vendor' ? [entry.origin.vendor] : [],
      );
      expect(found, code).toEqual(vendors);
    }
  });

  it('has no entry beyond the tsv, "no response" aside', () => {
    const known = new Set([...ianaRows, ...unofficialRows].map((row) => Number(row.code)));
    const extra = reference.filter((entry) => entry.code !== 0 && !known.has(entry.code));
    expect(extra).toEqual([]);
  });

  it('makes 000 an alias of "no response", not a code', () => {
    expect(entriesFor(0)).toHaveLength(1);
    expect(entriesFor(0)[0]?.aliases).toContain('000');
  });

  it('the official meaning of a shared number ranks first', () => {
    expect(entriesFor(451).map((entry) => entry.origin.kind)).toEqual(['iana', 'vendor']);
  });

  it('keeps the old names as search aliases', () => {
    expect(entriesFor(413)[0]?.aliases).toContain('payload too large');
    expect(entriesFor(413)[0]?.aliases).toContain('request entity too large');
    expect(entriesFor(422)[0]?.aliases).toContain('unprocessable entity');
    expect(entriesFor(302)[0]?.aliases).toContain('moved temporarily');
  });

  it('says what the client sees for codes that never reach it', () => {
    for (const code of [444, 494, 495, 496, 497]) {
      expect(entriesFor(code)[0]?.clientSees, String(code)).toBeTruthy();
    }
    const nginx499 = entriesFor(499).find(
      (entry) => entry.origin.kind === 'vendor' && entry.origin.vendor === 'nginx',
    );
    expect(nginx499?.clientSees).toBeTruthy();
  });
});
