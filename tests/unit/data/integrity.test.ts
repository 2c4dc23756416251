import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faq } from '../../../data/faq';
import { reference } from '../../../data/reference';
import { entriesFor, idOf, labelOf } from '../../../utils/lookup';

const seed = readFileSync(resolve(__dirname, '../../fixtures/reference/seed-coverage.md'), 'utf8');
const seedCodes = [...seed.matchAll(/^- [1-5]xx \(\d+\): (.+)$/gm)].flatMap((m) =>
  (m[1] ?? '').split(', ').map(Number),
);

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 25);

describe('reference integrity', () => {
  it('covers the 36 codes of the original cheat sheet', () => {
    expect(seedCodes).toHaveLength(36);
    for (const code of seedCodes) expect(entriesFor(code).length, String(code)).toBeGreaterThan(0);
  });

  it('has unique (code, vendor) pairs and unique ids', () => {
    const ids = reference.map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
    const labels = reference.map(labelOf);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(reference.map((entry) => [labelOf(entry), entry] as const))(
    '%s is complete',
    (_, entry) => {
      if (entry.code !== 0)
        expect(String(entry.code)[0]).toBe(String(Math.floor(entry.code / 100)));
      else expect(entry.origin.kind).toBe('no-response');
      expect(entry.phrase.trim()).not.toBe('');
      expect(entry.meaning.length).toBeGreaterThan(20);
      expect(entry.meaning.length).toBeLessThanOrEqual(140);
      expect(entry.context.length).toBeGreaterThanOrEqual(120);
      expect(entry.context.length).toBeLessThanOrEqual(900);
      expect(entry.causes.length).toBeGreaterThanOrEqual(2);
      expect(entry.fixes.length).toBeGreaterThanOrEqual(2);
      for (const item of [...entry.causes, ...entry.fixes]) expect(item.length).toBeGreaterThan(15);
      expect(entry.related.length).toBeGreaterThan(0);
      expect(entry.aliases.length).toBeGreaterThan(0);
      expect(entry.source.title).not.toBe('');
      if (entry.source.url) expect(entry.source.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(entry.aliases.every((alias) => alias === alias.toLowerCase())).toBe(true);
    },
  );

  it('links related codes only to entries that exist, and never to itself', () => {
    for (const entry of reference) {
      for (const code of entry.related) {
        expect(entriesFor(code).length, `${labelOf(entry)} → ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it('repeats no sentence between entries or the FAQ', () => {
    const seen = new Map<string, string>();
    const texts = [
      ...reference.map((entry) => ({
        owner: labelOf(entry),
        text: [entry.meaning, entry.context, ...entry.causes, ...entry.fixes].join(' '),
      })),
      ...faq.map((item) => ({ owner: item.id, text: item.answer.join(' ') })),
    ];
    const repeats: string[] = [];
    for (const { owner, text } of texts) {
      for (const sentence of sentences(text)) {
        const first = seen.get(sentence);
        if (first && first !== owner) repeats.push(`${first} / ${owner}: ${sentence}`);
        seen.set(sentence, owner);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('holds plain text only: no HTML or Markdown markup', () => {
    for (const entry of reference) {
      const text = [entry.meaning, entry.context, ...entry.causes, ...entry.fixes].join(' ');
      expect(text, labelOf(entry)).not.toMatch(/<\/?[a-z][^>]*>|\*\*|\]\(|`/i);
    }
  });

  it('has the FAQ the product promises', () => {
    expect(faq.map((item) => item.id)).toEqual([
      '401-vs-403',
      '400-vs-422',
      '301-vs-308',
      '302-vs-307',
      '404-vs-410',
      '500-vs-503',
      '502-vs-504',
      'common-rest-errors',
      'code-and-error-body',
    ]);
    for (const item of faq) {
      expect(item.answer.length).toBeGreaterThan(0);
      for (const code of item.codes) expect(entriesFor(code).length, item.id).toBeGreaterThan(0);
    }
  });
});
