import { describe, expect, it } from 'vitest';
import { parseQuery, statusCodesIn, stem, wordsOf } from '../../../utils/search-query';

const codesOf = (query: string) => {
  const parsed = parseQuery(query);
  if (parsed.kind !== 'codes') throw new Error(`${query} parsed as ${parsed.kind}`);
  return [0, 100, 199, 400, 404, 409, 410, 499, 500, 503].filter(parsed.match);
};
const pinned = (query: string) => {
  const parsed = parseQuery(query);
  return parsed.kind === 'text' ? parsed.codes : [];
};

describe('parseQuery', () => {
  it('an empty query lists everything', () => {
    expect(parseQuery('   ').kind).toBe('all');
  });

  it('resolves exact numbers, prefixes and classes before any word is compared', () => {
    expect(codesOf('404')).toEqual([404]);
    expect(codesOf('40')).toEqual([400, 404, 409]);
    expect(codesOf('4')).toEqual([400, 404, 409, 410, 499]);
    expect(codesOf('4xx')).toEqual([400, 404, 409, 410, 499]);
    expect(codesOf('5XX')).toEqual([500, 503]);
    expect(codesOf('1**')).toEqual([100, 199]);
  });

  it('reads 0, 000 and browser network error names as "no response", shown first', () => {
    expect(codesOf('0')).toEqual([0]);
    expect(codesOf('000')).toEqual([0]);
    expect(pinned('net::ERR_CONNECTION_REFUSED')).toEqual([0]);
    expect(pinned('NS_ERROR_UNKNOWN_HOST')).toEqual([0]);
    expect(pinned('NS_BINDING_ABORTED')).toEqual([0]);
    expect(pinned('net::ERR_HTTP2_PROTOCOL_ERROR 200 on Chrome')).toEqual([0, 200]);
  });

  it.each([
    ['HTTP/1.1 503 Service Unavailable', [503], 'Service Unavailable'],
    ['status=429', [429], ''],
    ['code: 404', [404], ''],
    ['"status": 401', [401], ''],
    ['GET /api/users 499', [499], ''],
    ['upstream 502 then 504', [502, 504], 'upstream then'],
  ])('finds the code in the log line %s', (query, codes, text) => {
    expect(parseQuery(query)).toEqual({ kind: 'text', codes, text });
  });

  it('keeps words as words', () => {
    expect(parseQuery('rate limit')).toEqual({ kind: 'text', codes: [], text: 'rate limit' });
  });
});

describe('statusCodesIn: where logs put a status', () => {
  it.each([
    // After the protocol, also in an access log's request line; not the number in the path.
    ['GET /api/users/404 HTTP/1.1 500', [500]],
    [
      '172.21.0.1 - - [07/May/2020:03:15:12 +0000] "GET / HTTP/1.1" 502 157 "-" "Mozilla/5.0"',
      [502],
    ],
    ['client.go:394, ERROR ,"Dial failed: invalid websocket response: HTTP/1.1 522 Origin', [522]],
    // After a key, in key=value logs and JSON.
    ['method=POST path=/users/sign_in format=html status=422 duration=136.83', [422]],
    ['{"level":"error","proto":"HTTP/2.0","method":"GET","status":502,"err_id":"x"}', [502]],
    ['(type=Internal Server Error, status=500).', [500]],
    ['the server responded with a status of 413 (Request Entity Too Large)', [413]],
    ['error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413', [413]],
    ['error: RPC failed; result=22, HTTP code = 411', [411]],
    ['Error: (HTTP code 500) server error - toomanyrequests', [500]],
    // IIS substatus codes.
    ['HTTP Error 500.30 - ASP.NET Core app failed to start', [500]],
    ['Request ended: http://localhost:50948/HelloWorld with HTTP status 500.30', [500]],
    // After a request line, as consoles and servers print it.
    [
      'uppy.min.js:1 POST http://x.test/upload?delegate=image 413 (Request Entity Too Large)',
      [413],
    ],
    [
      'Completed GET /REDACTED/info/refs?service=git-receive-pack 401 Unauthorized in 8.77ms',
      [401],
    ],
    // A number on its own, with words.
    ['[ 45/100 t= 12.1s node=795b4b6b] 429  {"detail":"Request was throttled."}', [429]],
    ['nginx 444', [444]],
  ])('%s', (line, codes) => {
    expect(statusCodesIn(line).codes).toEqual(codes);
  });

  it.each([
    'requests.exceptions.ConnectionError: (Caused by NewConnectionError: [Errno 101] Network is unreachable)',
    'Error: net::ERR_HTTP2_PROTOCOL_ERROR at SimpleURLLoaderWrapper (electron/js2c/browser_init.js:105:7068)',
    'Error: socket hang up at TLSSocket.onHangUp (_tls_wrap.js:1124:19) at TLSSocket.g (events.js:292:16)',
    'Access to XMLHttpRequest at http://167.254.204.232:9890/vnf from origin',
    '2018/11/23 19:23:19 [error] 6#6: *80090 client intended to send too large body: 4409206 bytes',
    '[error] 332#332: *26135 upstream sent too big header, port 443',
    'Error 1020 Ray ID: 6b993ced1a281004 • 2021-12-06 23:19:14 UTC Access denied',
    'version 1.404, order 14045 failed',
  ])('takes no status from numbers in paths, addresses, ids, times and positions: %s', (line) => {
    expect(statusCodesIn(line).codes).toEqual([]);
  });
});

describe('wordsOf: the words that carry meaning', () => {
  it('folds simple word forms together', () => {
    expect(['redirects', 'redirected', 'redirecting', 'redirect'].map(stem)).toEqual(
      Array(4).fill('redirect'),
    );
    expect(stem('denied')).toBe(stem('deny'));
    expect(stem('retries')).toBe('retry');
  });

  it('leaves out stop words and log noise: times, addresses, URLs, paths, ids, keys', () => {
    expect(
      wordsOf(
        '2019/09/30 13:09:05 [error] 62789#0: *19 upstream sent too big header, client: 127.0.0.1, request: "GET /product/torun-bangle-2/?debug HTTP/2.0", upstream: "fastcgi://unix:/x.sock:"',
      ),
    ).toEqual([
      'error',
      '62789',
      '19',
      'upstream',
      'sent',
      'too',
      'big',
      'header',
      'client',
      'request',
      'get',
      'http',
      'upstream',
    ]);
    expect(
      wordsOf(
        'request_id=7c9ad137-4e08-4089-8d50-f09d8b7654ab fwd="167.89.121.247" desc="Request timeout"',
      ),
    ).toEqual(['request', 'timeout']);
    expect(
      wordsOf('f47ac10b-58cc-4372-a567-0e02b2c3d479 sha256:9f86d081884c7d659a2feaa0c55ad015a3bf'),
    ).toEqual(['sha256']);
  });

  it('keeps browser error names whole, with or without net::', () => {
    expect(wordsOf('GET https://x/ net::ERR_CONNECTION_REFUSED')).toEqual([
      'get',
      'err_connection_refused',
    ]);
    expect(wordsOf('ERR_CONNECTION_REFUSED')).toEqual(['err_connection_refused']);
  });
});
