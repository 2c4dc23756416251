import { contextFor, entry, findingsOf, fixture, recorded } from './builder';

describe('304 Not Modified', () => {
  it.each([
    {
      name: 'ETag matched If-None-Match',
      request: [['If-None-Match', '"v1"']],
      response: [['ETag', '"v1"']],
      title: 'Not modified: the ETag “"v1"” matched If-None-Match',
      tag: 'ETag match',
    },
    {
      name: 'weak comparison across W/ and a list',
      request: [['if-none-match', '"a", W/"v2"']],
      response: [['etag', '"v2"']],
      title: 'Not modified: the ETag “"v2"” matched If-None-Match',
      tag: 'ETag match',
    },
    {
      name: 'If-None-Match: *',
      request: [['If-None-Match', '*']],
      response: [],
      title: 'Not modified: the ETag “*” matched If-None-Match',
      tag: 'ETag match',
    },
    {
      name: 'an ETag the request did not list',
      request: [['If-None-Match', '"old"']],
      response: [['ETag', '"new"']],
      title: 'Not modified, although the ETag “"new"” is not among If-None-Match’s',
      tag: 'ETag?',
    },
    {
      name: 'If-Modified-Since with Last-Modified',
      request: [['If-Modified-Since', 'Tue, 01 Apr 2025 10:00:00 GMT']],
      response: [['Last-Modified', 'Tue, 01 Apr 2025 10:00:00 GMT']],
      title: 'Not modified since Tue, 01 Apr 2025 10:00:00 GMT',
      tag: 'not modified since',
    },
  ])('$name', ({ request, response, title, tag }) => {
    const e = entry({
      status: 304,
      request: request as [string, string][],
      response: response as [string, string][],
    });
    const [finding, ...rest] = findingsOf('not-modified', e);
    expect(rest).toEqual([]);
    expect(finding?.title).toBe(title);
    expect(finding?.tag).toBe(tag);
  });

  it('If-None-Match wins over If-Modified-Since', () => {
    const e = entry({
      status: 304,
      request: [
        ['If-Modified-Since', 'Tue, 01 Apr 2025 10:00:00 GMT'],
        ['If-None-Match', '"v1"'],
      ],
      response: [['ETag', '"v1"']],
    });
    const [finding] = findingsOf('not-modified', e);
    expect(finding?.tag).toBe('ETag match');
    expect(finding?.details.join(' ')).toMatch(/If-Modified-Since was sent too/);
  });

  it('warns about a 304 to an unconditional request', () => {
    const [finding] = findingsOf('not-modified', entry({ status: 304 }));
    expect(finding?.title).toBe('304 without a conditional request');
    expect(finding?.severity).toBe('warning');
  });

  it.each([200, 412])('nothing for %s', (status) => {
    expect(
      findingsOf('not-modified', entry({ status, request: [['If-None-Match', '"v1"']] })),
    ).toEqual([]);
  });

  it.each([
    ['/s/304-etag', 'ETag match'],
    ['/s/304-last-modified', 'not modified since'],
  ])('recorded: %s', (path, tag) => {
    const entries = fixture('conditional');
    const e = recorded(entries, path);
    expect(findingsOf('not-modified', e, contextFor(e, entries))[0]?.tag).toBe(tag);
  });
});
