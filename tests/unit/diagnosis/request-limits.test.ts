import { requestBodySize } from '../../../utils/diagnosis/rules/request-limits';
import { contextFor, entry, findingsOf, fixture, recorded } from './builder';

describe('413, 414, 415, 431', () => {
  it.each([
    {
      name: '413 with the HAR bodySize',
      e: entry({
        status: 413,
        method: 'POST',
        requestBodySize: 2_500_000,
        request: [['Content-Type', 'image/png']],
      }),
      title: 'The request body was 2.4 MB (2,500,000 bytes): too large for the server',
      tag: 'body 2.4 MB',
    },
    {
      name: '413 measured from postData (UTF-8 bytes)',
      e: entry({
        status: 413,
        method: 'POST',
        postData: { mimeType: 'text/plain', text: 'é'.repeat(600) },
      }),
      title: 'The request body was 1.2 KB (1,200 bytes): too large for the server',
      tag: 'body 1.2 KB',
    },
    {
      name: '413 without a size',
      e: entry({ status: 413, method: 'POST' }),
      title: 'The request body was 0 B (0 bytes): too large for the server',
      tag: 'body 0 B',
    },
    {
      name: '414',
      e: entry({ status: 414, url: `https://a.example/search?q=${'x'.repeat(10_000)}` }),
      title: 'The URL is 10,027 characters long: too long for the server',
      tag: 'URL 10,027 chars',
    },
    {
      name: '415 with Accept-Post',
      e: entry({
        status: 415,
        method: 'POST',
        request: [['Content-Type', 'text/csv; charset=utf-8']],
        response: [['Accept-Post', 'application/json, application/merge-patch+json']],
      }),
      title:
        'The server does not accept text/csv; it accepts application/json, application/merge-patch+json',
      tag: 'sent text/csv',
    },
    {
      name: '415 PATCH with Accept-Patch',
      e: entry({
        status: 415,
        method: 'PATCH',
        request: [['content-type', 'application/json']],
        response: [['Accept-Patch', 'application/merge-patch+json']],
      }),
      title: 'The server does not accept application/json; it accepts application/merge-patch+json',
      tag: 'sent application/json',
    },
    {
      name: '415 without a Content-Type',
      e: entry({ status: 415, method: 'POST' }),
      title: 'The server needs a Content-Type and none was sent',
      tag: 'no Content-Type',
    },
  ])('$name', ({ e, title, tag }) => {
    const [finding, ...rest] = findingsOf('request-limits', e);
    expect(rest).toEqual([]);
    expect(finding?.title).toBe(title);
    expect(finding?.tag).toBe(tag);
  });

  it('431: total size, the largest header, the biggest cookies by name only', () => {
    const e = entry({
      status: 431,
      request: [
        ['Host', 'a.example'],
        ['Cookie', `big=${'b'.repeat(5000)}; small=1; mid=${'m'.repeat(900)}`],
        ['X-Trace', 't'.repeat(300)],
      ],
    });
    const [finding] = findingsOf('request-limits', e);
    expect(finding?.title).toBe(
      'The request headers total 6.1 KB: too large for the server; the largest is Cookie (5.8 KB)',
    );
    expect(finding?.tag).toBe('headers 6.1 KB');
    expect(finding?.details).toContain(
      'Cookie holds 3 cookies; the biggest: big 4.9 KB, mid 904 B, small 7 B.',
    );
    expect(finding?.details.join('\n')).not.toMatch(/bbbb/);
  });

  it('431 uses HAR headersSize when it is known', () => {
    const e = entry({ status: 431, requestHeadersSize: 20_000, request: [['X-A', '1']] });
    expect(findingsOf('request-limits', e)[0]?.tag).toBe('headers 19.5 KB');
  });

  it.each([200, 400, 412, 416, 500])('nothing for %s', (status) => {
    expect(findingsOf('request-limits', entry({ status, requestBodySize: 10_000_000 }))).toEqual(
      [],
    );
  });

  it.each([
    [{ requestBodySize: 12 }, 12],
    [{ postData: { mimeType: 'text/plain', text: 'héllo' } }, 6],
    [{ request: [['Content-Length', '99']] as [string, string][] }, 99],
    [{}, 0],
  ])('body size of %j is %s', (options, size) => {
    expect(requestBodySize(entry(options))).toBe(size);
  });

  describe('recorded from Chromium', () => {
    const entries = fixture('sizes');
    it.each([
      ['/s/413-body', 'body 68.4 KB'],
      ['/s/414-uri', /^URL [\d,]+ chars$/],
      ['/s/415-type', 'sent text/csv'],
      ['/s/431-headers', /^headers \d+\.\d KB$/],
    ])('%s', (path, tag) => {
      const e = recorded(entries, path);
      const [finding] = findingsOf('request-limits', e, contextFor(e, entries));
      if (typeof tag === 'string') expect(finding?.tag).toBe(tag);
      else expect(finding?.tag).toMatch(tag);
    });

    it('431: the cookies are the largest header', () => {
      const e = recorded(entries, '/s/431-headers');
      const [finding] = findingsOf('request-limits', e, contextFor(e, entries));
      expect(finding?.title).toMatch(/the largest is Cookie \(7\.\d KB\)$/);
      expect(finding?.details.join('\n')).toMatch(
        /Cookie holds 2 cookies; the biggest: (tracking|session) 3\.8 KB/,
      );
    });
  });
});
