import { contextFor, entry, findingsOf, fixture, recorded } from './builder';

describe('405 and Allow', () => {
  it.each([
    {
      name: 'one header line',
      method: 'DELETE',
      response: [['Allow', 'GET, HEAD']],
      title: 'Method DELETE not allowed; Allow: GET, HEAD',
      tag: 'allow GET, HEAD',
    },
    {
      name: 'two header lines, any case, duplicates merged',
      method: 'put',
      response: [
        ['allow', 'get, head'],
        ['ALLOW', 'POST, GET'],
      ],
      title: 'Method PUT not allowed; Allow: GET, HEAD, POST',
      tag: 'allow GET, HEAD, POST',
    },
    {
      name: 'many methods: the tag shows three',
      method: 'PATCH',
      response: [['Allow', 'GET, HEAD, POST, PUT, OPTIONS']],
      title: 'Method PATCH not allowed; Allow: GET, HEAD, POST, PUT, OPTIONS',
      tag: 'allow GET, HEAD, POST, …',
    },
    {
      name: 'an empty Allow',
      method: 'GET',
      response: [['Allow', '']],
      title: 'Allow is empty: no method is allowed on this resource',
      tag: 'no method allowed',
    },
  ])('$name', ({ method, response, title, tag }) => {
    const e = entry({ status: 405, method, response: response as [string, string][] });
    const [finding, ...rest] = findingsOf('allow', e);
    expect(rest).toEqual([]);
    expect(finding?.title).toBe(title);
    expect(finding?.tag).toBe(tag);
  });

  it('notes an Allow that lists the method it refused', () => {
    const e = entry({ status: 405, method: 'POST', response: [['Allow', 'GET, POST']] });
    expect(findingsOf('allow', e)[0]?.details.join(' ')).toMatch(/contradicts its own 405/);
  });

  it.each([
    { name: 'a 405 without Allow (a protocol note instead)', e: entry({ status: 405 }) },
    { name: 'Allow on a 200 (OPTIONS)', e: entry({ status: 200, response: [['Allow', 'GET']] }) },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('allow', e)).toEqual([]);
  });

  it('recorded: DELETE refused with Allow: GET, HEAD', () => {
    const entries = fixture('auth');
    const e = recorded(entries, '/s/405-allow');
    expect(findingsOf('allow', e, contextFor(e, entries))[0]?.tag).toBe('allow GET, HEAD');
  });
});
