import { describe, expect, it } from 'vitest';
import { formatCopy, pathOf, plainUrl } from '../../../utils/copy/format';
import { labelOf, primaryEntry } from '../../../utils/lookup';
import { record } from './builders';

const notFound = () => labelOf(primaryEntry(404) ?? (undefined as never));

describe('copy formats', () => {
  const users = record({ method: 'GET', url: 'https://shop.example/api/users', status: 404 });

  it('copies the exact label', () => {
    expect(formatCopy('label', users)).toBe(notFound());
    expect(formatCopy('label', users)).toBe('404 Not Found');
  });

  it('copies the request line with its label', () => {
    expect(formatCopy('line', users)).toBe('GET /api/users → 404 Not Found');
  });

  it('gives status 0 its reason in the request line', () => {
    const refused = record({
      url: 'http://127.0.0.1:9/api/health',
      status: 0,
      error: 'net::ERR_CONNECTION_REFUSED',
    });
    expect(formatCopy('line', refused)).toBe(
      'GET /api/health → No response (status 0): net::ERR_CONNECTION_REFUSED',
    );
  });

  it('copies a Markdown note with method, URL, label, meaning and time', () => {
    const note = formatCopy(
      'markdown',
      record({
        method: 'POST',
        url: 'https://shop.example/api/orders?page=2',
        status: 404,
        started: '2026-11-27T10:00:00.000Z',
        time: 123.4,
      }),
    );
    const lines = note.split('\n');
    expect(lines[0]).toBe('**404 Not Found**: `POST` `https://shop.example/api/orders?page=2`');
    expect(lines[2]).toMatch(/^- Meaning: \S/);
    expect(note).toContain('- Time: 2026\\-11\\-27T10:00:00\\.000Z, took 123 ms');
  });

  it('adds findings and key headers to the note, escaped and redacted', () => {
    const note = formatCopy('markdown', users, {
      findings: ['Retry in 30 s ![x](https://evil.example/p.png)'],
      headers: [
        { name: 'Retry-After', value: '30' },
        { name: 'Authorization', value: 'Bearer abc.def' },
      ],
    });
    expect(note).toContain('- Retry in 30 s \\!\\[x\\]\\(https://evil\\.example/p\\.png\\)');
    expect(note).toContain('- `Retry-After: 30`');
    expect(note).toContain('- `Authorization: Bearer [redacted: 7 chars]`');
  });

  it('marks cache, service worker and blocked requests in the note', () => {
    const cached = formatCopy('markdown', record({ fromCache: 'memory', serviceWorker: true }));
    expect(cached).toContain('- Served from the memory cache');
    expect(cached).toContain('- Served by a service worker');
    const blocked = formatCopy(
      'markdown',
      record({ status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT' }),
    );
    expect(blocked).toContain(
      '- Chromium’s reason \\(response\\.\\_error\\): `net::ERR_BLOCKED_BY_CLIENT`',
    );
    expect(blocked).toContain('- Blocked inside the browser');
  });
});

describe('escaping: a hostile URL stays text', () => {
  const hostile = record({
    method: 'GET',
    url: 'https://evil.example/a/![pic](https://evil.example/track.png)/<img src=x onerror=alert(1)>/`x`?q=[link](javascript:alert(1))',
    status: 404,
  });

  it('cannot inject an image, a link, a tag or a code span through the request line', () => {
    const line = formatCopy('line', hostile);
    // Every opener escaped with a backslash, nothing percent-encoded: it reads as recorded.
    expect(line).not.toMatch(/(?<!\\)[[\]<>`]/);
    expect(line).not.toMatch(/%5B|%28|%3C/);
    expect(line).toContain('!\\[pic\\](https://evil.example/track.png)');
    expect(line.endsWith('→ 404 Not Found')).toBe(true);
  });

  it('keeps the URL inside one code span in the Markdown note', () => {
    const note = formatCopy('markdown', hostile);
    const first = note.split('\n')[0] ?? '';
    expect(first).toMatch(/^\*\*404 Not Found\*\*: `GET` ``https:\/\/evil\.example\/a\/!\[pic\]/);
    expect(first.endsWith('``')).toBe(true);
  });

  it('neutralises a hostile browser reason', () => {
    const odd = record({ status: 0, error: 'net::ERR_X ![x](https://e/i.png)' });
    expect(formatCopy('line', odd)).toMatch(/: net::ERR_X !\\\[x\\\]\(https:\/\/e\/i\.png\)$/);
  });

  it('keeps a proxy’s reason as written, never percent-encoded', () => {
    const proxy = record({ status: 0, error: '[Errno 60] Operation timed out' });
    expect(formatCopy('line', proxy)).toBe(
      'GET /api/users → No response (status 0): \\[Errno 60\\] Operation timed out',
    );
  });

  it('cannot add lines through control characters or line separators', () => {
    const sneaky = record({
      url: 'https://a.example/x\n\n# Heading\u2028![i](https://e/i.png)',
      status: 500,
    });
    for (const format of ['label', 'line'] as const) {
      expect(formatCopy(format, sneaky)).not.toMatch(/[\n\r\u2028]/);
    }
    const note = formatCopy('markdown', sneaky);
    expect(note.split('\n')[0]).toContain('# Heading');
    expect(note.split('\n').filter((l) => l.startsWith('#'))).toEqual([]);
  });

  it('turns a hostile method into a token', () => {
    const odd = record({ method: 'GET ![x](y)', url: 'https://a.example/', status: 200 });
    expect(formatCopy('line', odd).startsWith('GET?!?x??y? / → ')).toBe(true);
  });
});

describe('redaction in the copies (the one sanitizer, utils/sanitize)', () => {
  it('redacts in every copy format', () => {
    const secret = record({ url: 'https://a.example/cb?code=4/0Ab-xyz&state=ok', status: 400 });
    expect(formatCopy('line', secret)).toBe(
      `GET /cb?code=\\[redacted: 9 chars\\]&state=ok → ${labelOf(primaryEntry(400) ?? (undefined as never))}`,
    );
    expect(formatCopy('markdown', secret)).toContain(
      '`https://a.example/cb?code=[redacted: 9 chars]&state=ok`',
    );
    expect(plainUrl('https://a.example/?token=t')).toBe(
      'https://a.example/?token=\\[redacted: 1 chars\\]',
    );
  });
});

describe('pathOf', () => {
  it('gives path and query, never the fragment', () => {
    expect(pathOf('https://a.example/x/y?z=1#f')).toBe('/x/y?z=1');
    expect(pathOf('https://a.example')).toBe('/');
    expect(pathOf('https://a.example?z=1')).toBe('/?z=1');
    expect(pathOf('data:text/plain,hi')).toBe('data:text/plain,hi');
  });
});
