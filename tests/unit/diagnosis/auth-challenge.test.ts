import { parseChallenges } from '../../../utils/diagnosis/rules/auth-challenge';
import { contextFor, entry, findingsOf, fixture, recorded } from './builder';

const simple = (lines: string[]) =>
  parseChallenges(lines).map((c) => ({
    scheme: c.scheme,
    params: Object.fromEntries(c.params),
    ...(c.token68 ? { token68: c.token68 } : {}),
  }));

describe('WWW-Authenticate challenges', () => {
  it.each([
    {
      name: 'one Basic challenge',
      lines: ['Basic realm="simple"'],
      expected: [{ scheme: 'Basic', params: { realm: 'simple' } }],
    },
    {
      name: 'two challenges in one line',
      lines: ['Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"'],
      expected: [
        { scheme: 'Newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
        { scheme: 'Basic', params: { realm: 'simple' } },
      ],
    },
    {
      name: 'two header lines',
      lines: ['Bearer realm="api", error="invalid_token"', 'Basic realm="legacy", charset="UTF-8"'],
      expected: [
        { scheme: 'Bearer', params: { realm: 'api', error: 'invalid_token' } },
        { scheme: 'Basic', params: { realm: 'legacy', charset: 'UTF-8' } },
      ],
    },
    {
      name: 'a comma inside a quoted value',
      lines: ['Bearer error_description="a, b", scope="read write"'],
      expected: [{ scheme: 'Bearer', params: { error_description: 'a, b', scope: 'read write' } }],
    },
    {
      name: 'a token68 challenge and a bare scheme',
      lines: ['Negotiate YIIBzAYGKwYBBQUCoIIBwDCCAbygDTALBgkqhkiG9xIBAgI=, NTLM'],
      expected: [
        {
          scheme: 'Negotiate',
          params: {},
          token68: 'YIIBzAYGKwYBBQUCoIIBwDCCAbygDTALBgkqhkiG9xIBAgI=',
        },
        { scheme: 'NTLM', params: {} },
      ],
    },
    {
      name: 'spaces around =, names in any case',
      lines: ['Digest Realm = "x", NONCE="abc"'],
      expected: [{ scheme: 'Digest', params: { realm: 'x', nonce: 'abc' } }],
    },
    { name: 'garbage', lines: ['=,,="x"'], expected: [] },
  ])('parses $name', ({ lines, expected }) => {
    expect(simple(lines)).toEqual(expected);
  });
});

describe('401 and 407', () => {
  it.each([
    {
      name: 'Bearer invalid_token with its description',
      status: 401,
      response: [
        [
          'WWW-Authenticate',
          'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
        ],
      ],
      title: 'Bearer credentials rejected: invalid_token (The access token expired)',
      tag: 'invalid_token',
      detail: /expired, revoked, malformed/,
    },
    {
      name: 'insufficient_scope with the scope needed',
      status: 401,
      response: [['www-authenticate', 'Bearer error="insufficient_scope", scope="repo admin"']],
      title: 'Bearer credentials rejected: insufficient_scope',
      tag: 'insufficient_scope',
      detail: /Scope needed: repo admin/,
    },
    {
      name: 'a plain Basic challenge',
      status: 401,
      response: [['WWW-Authenticate', 'Basic realm="Staff only"']],
      title: 'The server asks for Basic authentication (realm “Staff only”)',
      tag: 'needs Basic',
      detail: /sign-in prompt/,
    },
    {
      name: 'two schemes on two lines',
      status: 401,
      response: [
        ['WWW-Authenticate', 'Negotiate'],
        ['WWW-Authenticate', 'NTLM'],
      ],
      title: 'The server asks for Negotiate or NTLM authentication',
      tag: 'needs Negotiate',
      detail: /2 WWW-Authenticate header lines/,
    },
    {
      name: '407 with Proxy-Authenticate',
      status: 407,
      response: [['Proxy-Authenticate', 'Basic realm="corp-proxy"']],
      title: 'The proxy asks for Basic authentication (realm “corp-proxy”)',
      tag: 'needs Basic',
      detail: /Basic realm=“corp-proxy”/,
    },
  ])('$name', ({ status, response, title, tag, detail }) => {
    const [finding, ...rest] = findingsOf(
      'auth-challenge',
      entry({ status, response: response as [string, string][] }),
    );
    expect(rest).toEqual([]);
    expect(finding?.title).toBe(title);
    expect(finding?.tag).toBe(tag);
    expect(finding?.details.join('\n')).toMatch(detail);
  });

  it('says when the header does not parse', () => {
    const [finding] = findingsOf(
      'auth-challenge',
      entry({ status: 401, response: [['WWW-Authenticate', '="x"']] }),
    );
    expect(finding?.title).toMatch(/does not parse as a challenge/);
  });

  it.each([
    { name: '401 without the header (a protocol note instead)', e: entry({ status: 401 }) },
    {
      name: '407 with WWW-Authenticate only',
      e: entry({ status: 407, response: [['WWW-Authenticate', 'Basic']] }),
    },
    {
      name: '200 with a challenge',
      e: entry({ status: 200, response: [['WWW-Authenticate', 'Basic']] }),
    },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('auth-challenge', e)).toEqual([]);
  });

  describe('recorded from Chromium', () => {
    it.each(['auth', 'http2'])(
      'two WWW-Authenticate lines stay two header entries (%s)',
      (name) => {
        const entries = fixture(name);
        const e = recorded(entries, '/s/401-two-challenges');
        expect(
          e.response.headers.filter((h) => h.name.toLowerCase() === 'www-authenticate'),
        ).toHaveLength(2);
        const [finding] = findingsOf('auth-challenge', e, contextFor(e, entries));
        expect(finding?.tag).toBe('invalid_token');
        expect(finding?.details[0]).toMatch(/^Challenge 1: Bearer/);
        expect(finding?.details[1]).toMatch(/^Challenge 2: Basic realm=“legacy”/);
      },
    );
  });
});
