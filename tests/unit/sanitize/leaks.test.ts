/**
 * No secret leaves: every shape of the corpus (secret-corpus.ts, formats from the providers'
 * docs) planted in every place of a HAR entry where it is carried, then every output checked:
 * each copy format, the incident note, and the saved HAR, in every encoding we produce (plain,
 * percent-encoded, Markdown-escaped, JSON-escaped, base64 where the format holds base64).
 * A fast-check property draws the plantings from the corpus; named cases pin each leak a review
 * found. The precision set (precision-set.ts) must survive.
 */
import fc from 'fast-check';
import type { Entry } from 'har-format';
import { describe, expect, it } from 'vitest';
import { type CopyFormat, formatCopy } from '../../../utils/copy/format';
import { normalizeEntry } from '../../../utils/har/record';
import { escapeMarkdown } from '../../../utils/markdown';
import { createDiagnose } from '../../../utils/requests/diagnose-record';
import { sanitizeHar } from '../../../utils/sanitize/har';
import {
  sanitizeBody,
  sanitizeHeader,
  sanitizeText,
  sanitizeUrl,
} from '../../../utils/sanitize/sanitize';
import { plant } from './plant';
import { KEEP_VALUES } from './precision-set';
import { SECRET_SHAPES } from './secret-corpus';

const FORMATS: CopyFormat[] = ['label', 'line', 'markdown', 'incident'];
const diagnose = createDiagnose({ now: () => Date.parse('2026-11-29T12:00:00Z') });

/** Every way the value could be written in an output. */
function encodings(secret: string): string[] {
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    escapeMarkdown(secret),
    JSON.stringify(secret).slice(1, -1),
  ]);
  if (/^[\x20-\x7e]+$/.test(secret)) forms.add(Buffer.from(secret).toString('base64'));
  // Short values (a 6-digit code, "hunter2") can occur by chance in any text: look for them as
  // whole words only.
  return [...forms].filter((form) => form.length >= 4);
}

function leaks(output: string, secret: string): string[] {
  return encodings(secret).filter((form) => {
    if (form.length >= 12) return output.includes(form);
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`).test(output);
  });
}

/** Every output that leaves the extension, for one entry. */
function outputs(entry: Entry): Record<string, string> {
  const record = normalizeEntry(entry, 1);
  if (!record) throw new Error('unusable entry');
  const out: Record<string, string> = {};
  const incident = diagnose.incident(record, [record], {
    text: String(entry.response.content.text ?? ''),
    mimeType: entry.response.content.mimeType,
  });
  for (const format of FORMATS) {
    out[format] = formatCopy(format, record, {
      incident,
      findings: diagnose.diagnose(record, [record]).findings.map((f) => f.title),
      headers: [...record.requestHeaders, ...record.responseHeaders],
    });
  }
  out.har = JSON.stringify(
    sanitizeHar({
      log: {
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        entries: [entry],
      },
    }).har,
  );
  return out;
}

/** Every shape in its own carriers, and in free text too, except a passphrase of several
 * words ("correct horse battery staple"): in prose it cannot be told from prose, which the
 * README says. */
const plantings = SECRET_SHAPES.flatMap((shape) =>
  [...new Set([...shape.carriers, ...(/\s/.test(shape.value) ? [] : ['text'])])].map((carrier) => ({
    shape,
    carrier,
  })),
);

describe('the secret corpus', () => {
  it('is large and real enough', () => {
    expect(SECRET_SHAPES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SECRET_SHAPES.map((s) => s.id)).size).toBe(SECRET_SHAPES.length);
    expect(plantings.length).toBeGreaterThan(200);
  });
});

describe('no secret leaves, in any output, in any encoding', () => {
  it.each(plantings.map((p) => [p.shape.id, p.carrier, p] as const))(
    '%s in %s',
    (_id, _carrier, { shape, carrier }) => {
      const found = Object.entries(outputs(plant(shape, carrier))).flatMap(([name, text]) =>
        leaks(text, shape.value).map((form) => `${name}: ${form.slice(0, 24)}…`),
      );
      expect(found).toEqual([]);
    },
  );

  it('holds for plantings drawn at random, two at once (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...plantings), fc.constantFrom(...plantings), (a, b) => {
        const entry = plant(a.shape, a.carrier);
        const other = plant(b.shape, b.carrier);
        entry.request.headers.push(...other.request.headers);
        entry.response.headers.push(...other.response.headers);
        for (const [name, text] of Object.entries(outputs(entry))) {
          expect(leaks(text, a.shape.value), name).toEqual([]);
          expect(leaks(text, b.shape.value), name).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});

describe('the leaks a review found, each named', () => {
  const ghp = SECRET_SHAPES.find((s) => s.id === 'github-classic-pat')?.value ?? '';
  it.each([
    ['a username-only credential in a URL', `https://${ghp}@github.com/org/repo.git`],
    [
      'a 32-hex subscription-key',
      'https://api.example/x?subscription-key=0123456789abcdef0123456789abcdef',
    ],
    ['a hex appid', 'https://api.example/weather?q=Paris&appid=9f86d081884c7d659a2feaa0c55ad015'],
    [
      'Akamai hdnea',
      'https://cdn.example/v.m3u8?hdnea=exp=1732886400~acl=/*~hmac=0f3a9c1b2d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4',
    ],
    [
      'parameters separated by ;',
      'https://api.example/x;jsessionid=0123456789ABCDEF0123456789ABCDEF?a=1;token=abcdef123456',
    ],
    [
      'a Slack webhook path',
      'https://hooks.slack.com/services/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',
    ],
    [
      'a Discord webhook path',
      'https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz01',
    ],
    [
      'a Telegram bot path',
      'https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe',
    ],
    [
      'a lowercase UUID under an unknown name',
      'https://api.example/x?sess=550e8400-e29b-41d4-a716-446655440000',
    ],
  ])('%s', (_name, url) => {
    const out = sanitizeUrl(url);
    for (const secret of [
      ghp,
      '0123456789abcdef0123456789abcdef',
      '9f86d081884c7d659a2feaa0c55ad015',
      '0f3a9c1b2d4e5f60718293a4b5c6d7e8',
      'abcdef123456',
      'a1B2c3D4e5F6g7H8i9J0k1L2',
      'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
      '550e8400-e29b-41d4-a716-446655440000',
    ]) {
      if (url.includes(secret)) expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted: ');
  });

  it.each([
    ['JSON glued to its key', '{"token":"AbCdEf1234567890GhIjKlMn"}', 'AbCdEf1234567890GhIjKlMn'],
    ['a Bearer value in a sentence', 'Invalid token: Bearer abc123.def456', 'abc123.def456'],
    ['a JSON password', 'body {"password":"hunter2"}', 'hunter2'],
    [
      'a session id in a sentence',
      'session 3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b expired',
      '3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b',
    ],
  ])('free text: %s', (_name, text, secret) => {
    expect(sanitizeText(text)).not.toContain(secret);
  });

  it.each([
    'X-Auth-Key',
    'Ocp-Apim-Subscription-Key',
    'X-Functions-Key',
    'X-Authorization',
    'X-Amzn-Remapped-Authorization',
    'X-Goog-Iap-Jwt-Assertion',
    'DPoP',
  ])('header %s', (name) => {
    expect(sanitizeHeader(name, 'plainlookingvalue42')).toMatch(/^\[redacted: /);
  });
});

describe('what the sanitizer keeps', () => {
  it('is idempotent and keeps the rest byte for byte', () => {
    const body = '{ "user": "ada",\n  "password" : "hunter2", "n": 3 }';
    const once = sanitizeBody(body, 'application/json');
    expect(once).toBe('{ "user": "ada",\n  "password" : "[redacted: 7 chars]", "n": 3 }');
    expect(sanitizeBody(once, 'application/json')).toBe(once);
    const url = 'https://a.example/p?token=abc&q=red%20shoes#top';
    expect(sanitizeUrl(sanitizeUrl(url))).toBe(sanitizeUrl(url));
    expect(sanitizeUrl(url)).toBe(
      'https://a.example/p?token=[redacted: 3 chars]&q=red%20shoes#top',
    );
  });

  const needed = KEEP_VALUES.filter((k) => k.neededByIncidentNote);
  it('keeps every request and trace id the incident note needs', () => {
    expect(needed.length).toBeGreaterThan(10);
    const lost = needed.filter((keep) => !survives(keep.carrier, keep.value));
    expect(lost.map((k) => k.id)).toEqual([]);
  });

  it('over-redacts few of the ordinary values (reported)', () => {
    const lost = KEEP_VALUES.filter((keep) => !survives(keep.carrier, keep.value));
    console.info(
      `precision set: ${KEEP_VALUES.length - lost.length} of ${KEEP_VALUES.length} ordinary values kept; over-redacted: ${lost.map((k) => k.id).join(', ') || 'none'}`,
    );
    expect(lost.length).toBeLessThanOrEqual(Math.floor(KEEP_VALUES.length * 0.1));
  });
});

/** Whether an ordinary value comes out of the sanitizer as it went in, where it is carried. */
function survives(carrier: string, value: string): boolean {
  const [kind, name = ''] = carrier.split(/:(.*)/s);
  switch (kind) {
    case 'header':
      return sanitizeHeader(name, value) === value;
    case 'query':
      return sanitizeUrl(`https://a.example/x?${name}=${encodeURIComponent(value)}`).includes(
        encodeURIComponent(value),
      );
    case 'path':
      return sanitizeUrl(`https://a.example${value}`) === `https://a.example${value}`;
    case 'json':
      return sanitizeBody(JSON.stringify({ [name]: value }), 'application/json').includes(
        JSON.stringify(value),
      );
    default:
      return sanitizeText(value) === value;
  }
}

describe('plain words after a scheme word stay', () => {
  it('keeps "Bearer credentials rejected" and hides "Bearer abc123.def456"', () => {
    expect(sanitizeText('Bearer credentials rejected: invalid_token')).toBe(
      'Bearer credentials rejected: invalid_token',
    );
    expect(sanitizeText('sent Bearer abc123.def456 twice')).toBe(
      'sent Bearer [redacted: 13 chars] twice',
    );
  });
});

describe('auth parameters after a scheme word stay', () => {
  it('keeps a WWW-Authenticate challenge as written', () => {
    const challenge = 'Bearer realm="demo", error="invalid_token", error_description="expired"';
    expect(sanitizeText(challenge)).toBe(challenge);
  });
});
