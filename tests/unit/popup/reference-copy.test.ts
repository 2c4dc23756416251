import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../../data/types';
import { badgesOf } from '../../../utils/entry-badges';
import { entriesFor, primaryEntry } from '../../../utils/lookup';
import { codeSpan, escapeMarkdown } from '../../../utils/markdown';
import { copyLabel, copyMarkdown } from '../../../utils/reference-copy';

const entry = (code: number): StatusEntry => {
  const found = primaryEntry(code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
};

describe('copy formats', () => {
  it('copies the exact label', () => {
    expect(copyLabel(entry(404))).toBe('404 Not Found');
    expect(copyLabel(entry(422))).toBe('422 Unprocessable Content');
  });

  it('makes a Markdown snippet with label, meaning and spec link', () => {
    const md = copyMarkdown(entry(429));
    expect(md.startsWith('**429 Too Many Requests**: ')).toBe(true);
    expect(md).toContain(escapeMarkdown(entry(429).meaning));
    expect(md).toMatch(
      /\(\[RFC 6585 §4\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc6585#section-4\)\)$/,
    );
  });

  it('keeps a source without a link as code', () => {
    const fake: StatusEntry = { ...entry(404), source: { title: 'vendor docs (x)' } };
    expect(copyMarkdown(fake)).toMatch(/\(`vendor docs \(x\)`\)$/);
  });

  it('refuses a link that is not plain https', () => {
    const fake: StatusEntry = {
      ...entry(404),
      source: { title: 'x', url: 'javascript:alert(1)' },
    };
    expect(copyMarkdown(fake)).not.toContain('](');
  });
});

describe('Markdown escaping', () => {
  it('escapes every metacharacter so hostile text stays text', () => {
    expect(escapeMarkdown('![img](http://x/y.png)')).toBe('\\!\\[img\\]\\(http://x/y\\.png\\)');
    expect(escapeMarkdown('<script>')).toBe('\\<script\\>');
    expect(escapeMarkdown('a\nb\r\nc\u2028d')).toBe('a b c d');
  });

  it('code spans cannot be closed early', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('```')).toBe('```` ``` ````');
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('')).toBe('` `');
  });
});

describe('badges', () => {
  it('shows registry state, unofficial and log-only', () => {
    expect(badgesOf(entry(404))).toEqual([]);
    expect(badgesOf(entry(104)).map((b) => b.text)).toEqual(['temporary']);
    expect(badgesOf(entry(104))[0]?.title).toContain('2026-11-13');
    expect(badgesOf(entry(306)).map((b) => b.text)).toEqual(['unused']);
    expect(badgesOf(entry(510)).map((b) => b.text)).toEqual(['obsolete']);
    expect(badgesOf(entry(305)).map((b) => b.text)).toEqual(['deprecated']);
    expect(badgesOf(entry(444)).map((b) => b.text)).toEqual(['unofficial', 'log only']);
    expect(badgesOf(entry(0)).map((b) => b.text)).toEqual(['no HTTP response']);
    const arcgis = entriesFor(499)[1];
    expect(arcgis && badgesOf(arcgis).map((b) => b.text)).toEqual(['unofficial']);
  });
});
