import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPY_FORMATS, formatCopy } from '../../../utils/copy/format';
import { diagnose, incidentNote } from '../../../utils/diagnosis';
import type { IncidentNote } from '../../../utils/diagnosis/incident';
import { normalizeEntry } from '../../../utils/har/record';
import { toHarEntry } from '../../../utils/har/to-entry';
import { COPY_KEYS } from '../../../utils/requests/list-keys';
import { sanitizeText } from '../../../utils/sanitize/sanitize';
import { harEntry, SECRET, secretEntry } from '../hardening/arbitraries';
import { liveMarkup } from '../hardening/markdown-oracle';
import { record } from './builders';

const NOW = Date.parse('2026-11-27T10:05:00Z');
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXBhcnQ';

/** The incident note of a record as the panel makes it: the rules' findings on a fixed clock. */
function incidentOf(made: ReturnType<typeof record>): string {
  const entry = toHarEntry(made);
  const note = incidentNote(entry, diagnose(entry, { now: () => NOW, entries: [entry] }));
  return formatCopy('incident', made, { incident: note });
}

const limited = record({
  method: 'GET',
  url: 'https://api.example/v1/search?q=shoes&access_token=abc123',
  status: 429,
  started: '2026-11-27T10:00:00.000Z',
  time: 84.2,
  requestHeaders: [
    { name: 'Authorization', value: `Bearer ${JWT}` },
    { name: 'Cookie', value: 'session=s3cr3t' },
    { name: 'traceparent', value: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
  ],
  responseHeaders: [
    { name: 'Retry-After', value: '30' },
    { name: 'X-RateLimit-Limit', value: '60' },
    { name: 'X-RateLimit-Remaining', value: '0' },
    { name: 'Set-Cookie', value: 'session=s3cr3t2' },
    { name: 'X-Request-Id', value: 'req-7f3a' },
  ],
});

describe('Copy as incident note', () => {
  it('is a copy format of its own, on the key i', () => {
    expect(COPY_FORMATS.map((f) => f.format)).toContain('incident');
    expect(COPY_FORMATS.find((f) => f.format === 'incident')?.title).toBe('Incident note');
    expect(COPY_KEYS.i).toBe('incident');
  });

  it('has the label, method, URL, time, findings, key headers and request IDs', () => {
    const lines = incidentOf(limited).split('\n');
    expect(lines.slice(0, 11)).toEqual([
      '### Incident: 429 Too Many Requests',
      '',
      '- Request: `GET` `https://api.example/v1/search?q=shoes&access_token=[redacted: 6 chars]`',
      '- Time: 2026\\-11\\-27T10:00:00\\.000Z, took 84 ms',
      '',
      '#### Findings',
      '',
      '- **Warning**: Retry in 30 s \\(at 10:00:30 UTC\\)',
      '  - Retry\\-After: 30 \\(seconds, counted from when the response arrived\\)\\.',
      '  - The response arrived at 10:00:00 UTC\\.',
      '  - That moment passed 4 min 30 s ago\\.',
    ]);
    expect(lines[11]).toMatch(/^- \*\*Warning\*\*: Rate limit: 0 of 60 requests left/);
    expect(lines.slice(lines.indexOf('#### Key headers'))).toEqual([
      '#### Key headers',
      '',
      '- Response: `Retry-After: 30`',
      '- Response: `X-RateLimit-Limit: 60`',
      '- Response: `X-RateLimit-Remaining: 0`',
      '',
      '#### Request IDs',
      '',
      '- Request ID: `X-Request-Id: req-7f3a`',
      '- W3C trace context: `traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01` (trace ID `4bf92f3577b34da6a3ce929d0e0e4736`)',
    ]);
  });

  it('never carries a credential: Authorization, cookies, tokens in URLs and in findings', () => {
    const note = incidentOf(limited);
    expect(note).not.toContain(JWT);
    expect(note).not.toContain('s3cr3t');
    expect(note).not.toContain('abc123');
    expect(note).not.toMatch(/authorization|cookie/i);
    // A finding that quotes a Location with a code in it, and one with a bare token.
    const login = record({
      method: 'POST',
      url: 'https://app.example/login',
      status: 302,
      responseHeaders: [
        { name: 'Location', value: 'https://app.example/callback?code=4/0AbCdEf&state=ok' },
      ],
    });
    const text = incidentOf(login);
    expect(text).toContain('callback?code=[redacted: 9 chars]&state=ok');
    expect(text).not.toContain('4/0AbCdEf');
    const handMade: IncidentNote = {
      ...incidentNote(toHarEntry(login), []),
      findings: [
        { severity: 'error', title: `The server says: token ${JWT} expired`, details: [] },
      ],
    };
    expect(formatCopy('incident', login, { incident: handMade })).toContain(
      'The server says: token \\[redacted: JWT\\] expired',
    );
  });

  it('keeps hostile text as text: no link, image, tag, heading or extra line', () => {
    const hostile = record({
      method: 'GET ![x](y)',
      url: 'https://evil.example/a/![p](https://evil.example/t.png)/<img src=x>/`x`',
      status: 799,
      statusText: '<script>alert(1)</script> [click](javascript:alert(1))',
      responseHeaders: [
        { name: 'Allow', value: 'GET`, `<b>' },
        { name: 'X-Request-Id', value: 'id`\n# Heading ![i](https://e/i.png)' },
      ],
    });
    const note: IncidentNote = {
      ...incidentNote(toHarEntry(hostile), []),
      findings: [
        {
          severity: 'warning',
          title: 'Title ![img](https://e/i.png) <b>bold</b>\n\n# Heading',
          details: ['line one\u2028[link](https://e/)', '`code` | table | ~~strike~~'],
        },
      ],
    };
    const text = formatCopy('incident', hostile, { incident: note });
    expect(liveMarkup(text)).toEqual([]);
    const lines = text.split('\n');
    expect(lines.filter((line) => /^#/.test(line))).toEqual([
      expect.stringMatching(/^### Incident: 799 /),
      '#### Findings',
      '#### Key headers',
      '#### Request IDs',
    ]);
    expect(lines).toContain(
      '- **Warning**: Title \\!\\[img\\]\\(https://e/i\\.png\\) \\<b\\>bold\\</b\\> \\# Heading',
    );
    expect(lines).toContain('  - line one \\[link\\]\\(https://e/\\)');
    expect(lines).toContain('- Response: ``Allow: GET`, `<b>``');
    expect(text.startsWith('### Incident: 799 \\<script\\>')).toBe(true);
    expect(lines[2]).toMatch(
      /^- Request: `GET\?!\?x\?\?y\?` `` https:\/\/evil\.example\/.*`x` ``$/,
    );
  });

  it('has the request and its key headers even without a diagnosis', () => {
    const refused = record({
      url: 'http://127.0.0.1:9/api/health',
      status: 0,
      error: 'net::ERR_CONNECTION_REFUSED',
      started: '',
      time: -1,
    });
    expect(formatCopy('incident', refused).split('\n')).toEqual([
      '### Incident: No response \\(status 0\\)',
      '',
      '- Request: `GET` `http://127.0.0.1:9/api/health`',
      '- Chromium’s reason \\(response\\.\\_error\\): `net::ERR_CONNECTION_REFUSED`',
      '',
      '#### Findings',
      '',
      '- None: the response says nothing unusual.',
    ]);
  });
});

describe('the incident note of hostile input (properties, 500 runs each)', () => {
  const noteOf = (input: unknown): string | null => {
    const made = normalizeEntry(input, 1);
    return made ? incidentOf(made) : null;
  };

  it('carries no live Markdown or HTML, whatever the entry', () => {
    fc.assert(
      fc.property(harEntry, (input) => {
        const note = noteOf(input);
        if (note !== null) expect(liveMarkup(note)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('carries no secret from the headers or the URL', () => {
    fc.assert(
      fc.property(secretEntry, (input) => {
        const note = noteOf(input);
        if (note !== null) expect(note).not.toContain(SECRET);
      }),
      { numRuns: 500 },
    );
  });
});

describe('free text in the notes', () => {
  it.each([
    [
      'Redirects to https://a.example/cb?code=xyz&state=1.',
      'Redirects to https://a.example/cb?code=[redacted: 3 chars]&state=1.',
    ],
    ['Location: /next?token=t0k&page=2', 'Location: /next?token=[redacted: 3 chars]&page=2'],
    [`bearer “${JWT}”`, 'bearer “[redacted: JWT]”'],
    ['key (sk_live_abcdefghijklmnop1234)', 'key ([redacted: Stripe key])'],
    ['Retry in 30 s (at 14:02:10 UTC)', 'Retry in 30 s (at 14:02:10 UTC)'],
    ['ray 8f3c2a1b9d4e7f60-FRA', 'ray 8f3c2a1b9d4e7f60-FRA'],
    ['id 550e8400-e29b-41d4-a716-446655440000', 'id 550e8400-e29b-41d4-a716-446655440000'],
    ['', ''],
  ])('%j', (input, output) => {
    expect(sanitizeText(input)).toBe(output);
  });
});
