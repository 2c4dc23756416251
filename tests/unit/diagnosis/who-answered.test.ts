import { context, contextFor, entry, findingsOf, fixture, recorded } from './builder';

const nginxPage = (code: number, phrase: string) =>
  `<html>\r\n<head><title>${code} ${phrase}</title></head>\r\n<body>\r\n<center><h1>${code} ${phrase}</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n`;

describe('who answered', () => {
  it.each([
    [520, 'Cloudflare: unknown origin error'],
    [521, 'Cloudflare: origin down'],
    [522, 'Cloudflare: origin timed out'],
    [523, 'Cloudflare: origin unreachable'],
    [524, 'Cloudflare: origin too slow'],
    [525, 'Cloudflare: origin TLS failed'],
    [526, 'Cloudflare: origin cert invalid'],
    [530, 'Cloudflare: origin DNS/tunnel'],
  ])('Cloudflare %s', (status, tag) => {
    const e = entry({
      status,
      response: [
        ['Server', 'cloudflare'],
        ['CF-RAY', '8c1d2e3f4a5b6c7d-FRA'],
      ],
    });
    const [finding, ...rest] = findingsOf('who-answered', e);
    expect(rest).toEqual([]);
    expect(finding?.tag).toBe(tag);
    expect(finding?.severity).toBe('error');
    expect(finding?.details.at(-1)).toBe(
      'Ray ID 8c1d2e3f4a5b6c7d-FRA (Cloudflare data centre FRA): quote it to the site’s owner or Cloudflare support.',
    );
  });

  it('a 52x with only cf-ray still counts as Cloudflare', () => {
    expect(
      findingsOf('who-answered', entry({ status: 522, response: [['cf-ray', 'abc']] }))[0]?.tag,
    ).toBe('Cloudflare: origin timed out');
  });

  it.each([
    {
      name: 'another error through Cloudflare',
      response: [['server', 'cloudflare']],
      body: undefined,
      tag: undefined,
      severity: 'info',
    },
    {
      name: "Cloudflare's own error page (body read)",
      response: [['server', 'cloudflare']],
      body: '<html><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></html>',
      tag: 'Cloudflare error page',
      severity: 'warning',
    },
    {
      name: 'a Cloudflare challenge',
      response: [
        ['server', 'cloudflare'],
        ['cf-mitigated', 'challenge'],
      ],
      body: undefined,
      tag: 'Cloudflare challenge',
      severity: 'warning',
    },
  ])('$name', ({ response, body, tag, severity }) => {
    const e = entry({ status: 403, response: response as [string, string][] });
    const ctx = context(body ? { body: { text: body, mimeType: 'text/html' } } : {});
    const [finding] = findingsOf('who-answered', e, ctx);
    expect(finding?.tag).toBe(tag);
    expect(finding?.severity).toBe(severity);
  });

  it.each([
    [460, 'ALB: client closed'],
    [463, 'ALB: X-Forwarded-For'],
    [464, 'ALB: protocol mismatch'],
    [561, 'ALB: IdP error'],
    [502, 'ALB: target failed'],
    [503, 'ALB: no targets'],
    [504, 'ALB: target timeout'],
  ])('AWS ALB %s', (status, tag) => {
    const [finding] = findingsOf(
      'who-answered',
      entry({ status, response: [['Server', 'awselb/2.0']] }),
    );
    expect(finding?.tag).toBe(tag);
    expect(finding?.severity).toBe('error');
  });

  it('another ALB status is named without a meaning', () => {
    const [finding] = findingsOf(
      'who-answered',
      entry({ status: 400, response: [['server', 'awselb/2.0']] }),
    );
    expect(finding?.title).toBe('The AWS load balancer (awselb/2.0) answered 400 itself');
  });

  it('CloudFront errors carry the x-amz-cf-id', () => {
    const e = entry({
      status: 504,
      response: [
        ['X-Cache', 'Error from cloudfront'],
        ['X-Amz-Cf-Id', 'abcDEF=='],
      ],
    });
    const [finding] = findingsOf('who-answered', e);
    expect(finding?.title).toBe(
      'CloudFront returned this 504, from the origin or made by CloudFront itself',
    );
    expect(finding?.details.join('\n')).toMatch(/abcDEF==/);
  });

  it.each([
    {
      name: '502 page in the body',
      status: 502,
      body: nginxPage(502, 'Bad Gateway'),
      tag: 'nginx: upstream failed',
      detail: /The body is nginx/,
    },
    {
      name: '504 page in the body',
      status: 504,
      body: nginxPage(504, 'Gateway Time-out'),
      tag: 'nginx: upstream timeout',
      detail: /The body is nginx/,
    },
    {
      name: '404 page in the body',
      status: 404,
      body: nginxPage(404, 'Not Found'),
      tag: 'nginx error page',
      detail: /The body is nginx/,
    },
    {
      name: '413, body not read but small HTML',
      status: 413,
      body: undefined,
      tag: 'nginx: body limit',
      detail: /most likely nginx/,
    },
  ])('nginx: $name', ({ status, body, tag, detail }) => {
    const e = entry({
      status,
      response: [
        ['Server', 'nginx/1.25.3'],
        ['Content-Type', 'text/html'],
        ['Content-Length', '157'],
      ],
      content: body
        ? { text: body, mimeType: 'text/html', size: body.length }
        : { mimeType: 'text/html', size: 157 },
    });
    const [finding] = findingsOf('who-answered', e);
    expect(finding?.tag).toBe(tag);
    expect(finding?.details.join('\n')).toMatch(detail);
  });

  it.each([
    {
      name: 'a 200 from Cloudflare',
      e: entry({
        status: 200,
        response: [
          ['server', 'cloudflare'],
          ['cf-ray', 'x'],
        ],
      }),
    },
    { name: 'a 304 from an ALB', e: entry({ status: 304, response: [['server', 'awselb/2.0']] }) },
    {
      name: "nginx passing on the application's JSON error",
      e: entry({
        status: 502,
        response: [
          ['Server', 'nginx'],
          ['Content-Type', 'application/json'],
        ],
        content: { text: '{"error":"x"}', mimeType: 'application/json', size: 13 },
      }),
    },
    {
      name: "nginx passing on the application's large HTML page",
      e: entry({
        status: 500,
        response: [
          ['Server', 'nginx'],
          ['Content-Type', 'text/html'],
          ['Content-Length', '48000'],
        ],
      }),
    },
    {
      name: 'a 502 from an unknown server',
      e: entry({ status: 502, response: [['Server', 'Apache']] }),
    },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('who-answered', e)).toEqual([]);
  });

  describe('recorded from Chromium', () => {
    const entries = fixture('vendors');
    it.each([
      ['/s/cloudflare-522', 'Cloudflare: origin timed out'],
      ['/s/cloudflare-502', 'Cloudflare error page'],
      ['/s/aws-460', 'ALB: client closed'],
      ['/s/aws-502', 'ALB: target failed'],
      ['/s/nginx-502', 'nginx: upstream failed'],
    ])('%s', (path, tag) => {
      const e = recorded(entries, path);
      expect(findingsOf('who-answered', e, contextFor(e, entries))[0]?.tag).toBe(tag);
    });
  });
});
