import { parseContentRange } from '../../../utils/diagnosis/rules/range';
import { contextFor, entry, findingsOf, fixture, recorded } from './builder';

describe('206 and 416', () => {
  it.each([
    {
      name: '206 with Range and Content-Range',
      status: 206,
      request: [['Range', 'bytes=0-99']],
      response: [['Content-Range', 'bytes 0-99/1000']],
      title: 'Partial content: bytes 0–99 of 1,000 (100 B)',
      tag: 'bytes 0-99/1000',
      severity: 'info',
    },
    {
      name: '206 of an unknown total',
      status: 206,
      request: [['range', 'bytes=1048576-']],
      response: [['content-range', 'bytes 1048576-2097151/*']],
      title: 'Partial content: bytes 1,048,576–2,097,151 of an unknown total (1.0 MB)',
      tag: 'bytes 1048576-2097151/*',
      severity: 'info',
    },
    {
      name: '206 multipart',
      status: 206,
      request: [['Range', 'bytes=0-9,20-29']],
      response: [['Content-Type', 'multipart/byteranges; boundary=x']],
      title: 'Partial content: several ranges in one multipart/byteranges body',
      tag: 'several ranges',
      severity: 'info',
    },
    {
      name: '206 without Content-Range',
      status: 206,
      request: [['Range', 'bytes=0-9']],
      response: [],
      title: '206 without Content-Range: the client cannot tell which bytes it got',
      tag: undefined,
      severity: 'warning',
    },
    {
      name: '206 with a last byte beyond the length',
      status: 206,
      request: [],
      response: [['Content-Range', 'bytes 0-1000/1000']],
      title: 'Partial content: bytes 0–1,000 of 1,000 (1001 B)',
      tag: 'bytes 0-1000/1000',
      severity: 'warning',
    },
    {
      name: '416 with the complete length',
      status: 416,
      request: [['Range', 'bytes=5000-']],
      response: [['Content-Range', 'bytes */1000']],
      title: 'Range not satisfiable: asked for bytes=5000-, but the resource is 1,000 bytes',
      tag: 'range beyond 1000 B',
      severity: 'warning',
    },
    {
      name: '416 without Content-Range',
      status: 416,
      request: [['Range', 'bytes=5000-']],
      response: [],
      title: 'Range not satisfiable: asked for bytes=5000-',
      tag: 'range not satisfiable',
      severity: 'warning',
    },
  ])('$name', ({ status, request, response, title, tag, severity }) => {
    const e = entry({
      status,
      request: request as [string, string][],
      response: response as [string, string][],
    });
    const [finding, ...rest] = findingsOf('range', e);
    expect(rest).toEqual([]);
    expect(finding?.title).toBe(title);
    expect(finding?.tag).toBe(tag);
    expect(finding?.severity).toBe(severity);
  });

  it.each([200, 204])('nothing for %s with range headers', (status) => {
    const e = entry({
      status,
      request: [['Range', 'bytes=0-1']],
      response: [['Content-Range', 'bytes 0-1/2']],
    });
    expect(findingsOf('range', e)).toEqual([]);
  });

  it.each([
    ['bytes 0-99/1000', { kind: 'range', first: 0, last: 99, complete: 1000 }],
    ['bytes 5-9/*', { kind: 'range', first: 5, last: 9, complete: undefined }],
    ['bytes */1000', { kind: 'unsatisfied', complete: 1000 }],
    ['bytes 9-5/10', undefined],
    ['items 0-1/2', undefined],
    ['bytes 0-99', undefined],
  ])('parses Content-Range %j', (value, expected) => {
    expect(parseContentRange(value)).toEqual(expected);
  });

  it.each([
    ['/s/206-range', 'bytes 0-99/1000'],
    ['/s/416-range', 'range beyond 1000 B'],
  ])('recorded: %s', (path, tag) => {
    const entries = fixture('conditional');
    const e = recorded(entries, path);
    expect(findingsOf('range', e, contextFor(e, entries))[0]?.tag).toBe(tag);
  });
});
