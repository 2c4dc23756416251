import { describe, expect, it } from 'vitest';
import { formatCopy } from '../../../utils/copy/format';
import { diagnose } from '../../../utils/diagnosis';
import { exporterOf } from '../../../utils/har/exporters';
import { parseHar } from '../../../utils/har/parse';
import { normalizeEntry, URL_MAX } from '../../../utils/har/record';
import { toHarEntry } from '../../../utils/har/to-entry';
import { annotateRecord } from '../../../utils/requests/annotate';
import { reasonHeading, serverPhrase, urlCutNote } from '../../../utils/requests/as-recorded';
import { bodyFrom } from '../../../utils/requests/body';
import { entry, record } from './builders';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('show what the file says', () => {
  it('Playwright’s -1 stays -1, labelled as no response', () => {
    const r = record({ status: -1 });
    expect(r.status).toBe(-1);
    expect(annotateRecord(r)).toMatchObject({ label: 'No response (status -1)', tone: 'none' });
    expect(formatCopy('label', r)).toBe('No response (status -1)');
  });

  it('a data: URL with status 1 is explained as no HTTP at all, not as a malformed status', () => {
    const r = record({ url: 'data:image/png;base64,iVBORw0KGgo=', status: 1 });
    const annotation = annotateRecord(r);
    expect(annotation.label).toBe('1 (data: URL, not HTTP)');
    expect(annotation.meaning).toMatch(/without a server/);
    expect(annotation.meaning).not.toMatch(/server sent/);
    // An http URL with the same number is still a malformed status.
    expect(annotateRecord(record({ status: 1 })).meaning).toMatch(/server sent a malformed/);
  });

  it('the server’s own reason phrase, when it differs from the standard one', () => {
    const notFound = record({ status: 404, statusText: 'File not found' });
    expect(serverPhrase(notFound, annotateRecord(notFound))).toBe('File not found');
    const same = record({ status: 404, statusText: 'not found' });
    expect(serverPhrase(same, annotateRecord(same))).toBe('');
    // HTTP/2 and HTTP/3 send none: no difference.
    const h2 = record({ status: 404, statusText: '' });
    expect(serverPhrase(h2, annotateRecord(h2))).toBe('');
    expect(formatCopy('markdown', notFound)).toContain(
      '- The server’s reason phrase: `File not found`',
    );
  });

  it('an empty method is shown as missing, not as "?"', () => {
    const r = record({ method: '', status: 200 });
    expect(formatCopy('line', r).startsWith('(no method) /api/users → ')).toBe(true);
  });

  it('a URL longer than the record keeps says so, with its full length, in every copy', () => {
    const long = `https://a.example/${'x'.repeat(URL_MAX + 500)}`;
    const r = record({ url: long, status: 414 });
    expect(r.url.length).toBe(URL_MAX);
    expect(urlCutNote(r)).toBe(
      `URL shortened: 8,192 of ${(long.length).toLocaleString('en-US')} characters shown`,
    );
    expect(formatCopy('line', r)).toContain(
      `(URL shortened: 8,192 of ${long.length.toLocaleString('en-US')} characters shown)`,
    );
    expect(formatCopy('markdown', r)).toContain('URL shortened: 8,192 of');
    expect(formatCopy('incident', r)).toContain('URL shortened: 2,047 of');
  });

  it('names whose words a reason is', () => {
    expect(
      reasonHeading({
        error: 'net::ERR_FAILED',
        errorField: 'response._error',
        errorSource: 'browser',
      }),
    ).toBe('Chromium’s reason (response._error)');
    expect(
      reasonHeading({
        error: '[Errno 60] timed out',
        errorField: 'response._error',
        errorSource: 'tool',
      }),
    ).toBe('The recording tool’s own error (response._error)');
  });
});

describe('findings that claim only what the exporter’s field means', () => {
  const from = (creator: string, raw: object) => {
    const exporter = exporterOf({ creator: { name: creator, version: '1' } });
    const r = normalizeEntry(raw, 1, exporter);
    if (!r) throw new Error('unusable');
    return diagnose(toHarEntry(r), { now: () => 0, exporter });
  };

  it('mitmproxy’s error text is the proxy’s, never “Chromium’s reason” nor DevTools blocking', () => {
    const [finding] = from(
      'mitmproxy',
      entry({ status: 0, error: '[Errno 60] Operation timed out' }),
    );
    expect(finding?.title).toBe('No response: mitmproxy reports “[Errno 60] Operation timed out”');
    expect(finding?.details.join(' ')).not.toMatch(/Chromium|DevTools|Browser’s reason/);
    expect(finding?.details[0]).toBe(
      'mitmproxy’s own error: [Errno 60] Operation timed out (response._error, recorded by mitmproxy 1)',
    );
  });

  it('Firefox records no reason: no claim about DevTools’ blocking; the timings speak', () => {
    const raw = entry({ status: 0 });
    delete (raw.response as unknown as Record<string, unknown>)._error;
    (raw as { timings: object }).timings = {
      blocked: 1,
      dns: 0,
      connect: 12,
      send: 1,
      wait: 2500,
      receive: 0,
    };
    const [finding] = from('Firefox', raw);
    expect(finding?.tag).toBe('no response');
    expect(finding?.details.join(' ')).toMatch(/sent and waited 2500 ms/);
    expect(finding?.details.join(' ')).toMatch(/Firefox DevTools \(Firefox 1\) records no reason/);
    expect(finding?.details.join(' ')).not.toMatch(/request blocking/);
  });

  it('a preflight that got no response because the device was offline is not called CORS', () => {
    const preflight = entry({
      url: 'https://api.example/v1/items',
      method: 'OPTIONS',
      status: 0,
      error: 'net::ERR_INTERNET_DISCONNECTED',
      resourceType: 'preflight',
      requestHeaders: [
        { name: 'Origin', value: 'https://app.example' },
        { name: 'Access-Control-Request-Method', value: 'PUT' },
        { name: 'Access-Control-Request-Headers', value: 'x-token' },
      ],
    });
    const findings = from('WebInspector', preflight);
    expect(findings[0]?.tag).toBe('offline');
    const text = findings.map((f) => [f.title, ...f.details].join(' ')).join(' ');
    expect(text).not.toMatch(/Access-Control|CORS/);
  });

  it('Playwright’s _failureText is read and explained', () => {
    const raw = entry({ status: -1 });
    (raw.response as unknown as Record<string, unknown>)._failureText =
      'net::ERR_CONNECTION_REFUSED';
    delete (raw.response as unknown as Record<string, unknown>)._error;
    const [finding] = from('Playwright', raw);
    expect(finding?.tag).toBe('refused');
    expect(finding?.details[0]).toBe(
      'Chromium’s reason: net::ERR_CONNECTION_REFUSED (response._failureText, recorded by Playwright 1)',
    );
  });
});

describe('bodies in a file', () => {
  it('a base64 text body is decoded when its type is textual', () => {
    expect(bodyFrom(b64('{"error":"nope"}'), 'base64', 'application/json')).toMatchObject({
      kind: 'text',
      text: '{"error":"nope"}',
    });
    expect(bodyFrom(b64('<p>héllo</p>'), 'base64', 'text/html; charset=utf-8')).toMatchObject({
      kind: 'text',
      text: '<p>héllo</p>',
    });
  });

  it('binary stays binary: an image, and bytes that are not UTF-8 under a text type', () => {
    expect(bodyFrom('iVBORw0KGgo=', 'base64', 'image/png').kind).toBe('binary');
    expect(
      bodyFrom(Buffer.from([0xff, 0xfe, 0x00]).toString('base64'), 'base64', 'text/plain').kind,
    ).toBe('binary');
  });

  it('every entry of a file keeps its body on the HAR page, not only the newest 300', () => {
    const entries = Array.from({ length: 400 }, (_, i) => ({
      ...entry({ url: `https://a.example/${i}` }),
      response: {
        ...entry({}).response,
        content: { size: 2, mimeType: 'application/json', text: `${i}` },
      },
    }));
    const parsed = parseHar(
      JSON.stringify({ log: { creator: { name: 'WebInspector' }, entries } }),
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.contents[0]).toMatchObject({ text: '0' });
    expect(parsed.records).toHaveLength(400);
  });
});
