import { describe, expect, it } from 'vitest';
import { liveMarkup } from './markdown-oracle';

describe('the Markdown oracle (positive and negative controls)', () => {
  it.each([
    '![x](https://evil.example/x.png)',
    '[click](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '```',
    'text `unclosed',
    '`a`` b',
  ])('catches live markup: %s', (text) => {
    expect(liveMarkup(text)).not.toEqual([]);
  });

  it.each([
    '\\!\\[x\\]\\(https://evil\\.example\\)',
    '`![x](y)`',
    '`` a`b ``',
    '`: \\`',
    'plain words, 404 Not Found',
    '**429 Too Many Requests**: `GET` `https://x/?a=1`',
  ])('passes plain or escaped text: %s', (text) => {
    expect(liveMarkup(text)).toEqual([]);
  });
});
