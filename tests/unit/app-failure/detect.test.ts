// One test per rule of utils/app-failure: GraphQL (batched, partial, GitHub's `type`, the
// GraphQL-over-HTTP media type), gRPC status in headers and in a gRPC-web trailer frame,
// Connect streaming end-of-stream and unary errors, JSON-RPC code ranges.
import { describe, expect, it } from 'vitest';
import { bodyKindOf, entryFailure, requestHeadOf } from '../../../utils/app-failure/detect';
import { appFinding, appLabel } from '../../../utils/app-failure/explain';
import { decodeGrpcMessage } from '../../../utils/app-failure/frames';
import { failureOf } from '../../../utils/requests/failure';
import { summarize } from '../../../utils/requests/summary';
import { base64, frame, GRAPHQL_POST, recordOf, withBody } from './build';

function found(made: ReturnType<typeof withBody>) {
  const record = recordOf(made);
  const app = entryFailure(record, made);
  if (app) record.app = app;
  return { record, app };
}

describe('GraphQL', () => {
  it('finds a non-empty errors array behind a 200, with message, path and extensions.code', () => {
    const { record, app } = found(
      withBody(
        GRAPHQL_POST,
        JSON.stringify({
          errors: [
            {
              message: 'You must be logged in',
              path: ['viewer', 'orders', 0],
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
          data: null,
        }),
      ),
    );
    expect(app).toMatchObject({
      protocol: 'graphql',
      code: 'UNAUTHENTICATED',
      partial: false,
      errors: [
        { message: 'You must be logged in', path: 'viewer.orders.0', code: 'UNAUTHENTICATED' },
      ],
    });
    expect(failureOf(record)).toBe('app');
    expect(appLabel(app as NonNullable<typeof app>)).toBe('GraphQL UNAUTHENTICATED');
    const finding = appFinding(app as NonNullable<typeof app>, 200);
    expect(finding.title).toBe(
      'The GraphQL call failed behind HTTP 200: UNAUTHENTICATED, “You must be logged in”',
    );
    expect(finding.details.join('\n')).toContain(
      'An HTTP API would have answered 401 Unauthorized.',
    );
  });

  it('an empty errors array, or no errors, is no failure', () => {
    expect(found(withBody(GRAPHQL_POST, '{"data":{"a":1},"errors":[]}')).app).toBeNull();
    expect(found(withBody(GRAPHQL_POST, '{"data":{"a":1}}')).app).toBeNull();
  });

  it('notes a partial success when data is not null', () => {
    const { app } = found(
      withBody(
        GRAPHQL_POST,
        '{"data":{"user":{"name":"A","email":null}},"errors":[{"message":"Not allowed","path":["user","email"],"extensions":{"code":"FORBIDDEN"}}]}',
      ),
    );
    expect(app?.partial).toBe(true);
    expect(appFinding(app as NonNullable<typeof app>, 200).details.join('\n')).toMatch(
      /^Partial success/m,
    );
  });

  it('reads each item of a batched array response', () => {
    const { app } = found(
      withBody(
        GRAPHQL_POST,
        JSON.stringify([
          { data: { a: 1 } },
          { errors: [{ message: 'first', extensions: { code: 'BAD_USER_INPUT' } }], data: null },
          { errors: [{ message: 'second' }, { message: 'third' }] },
        ]),
      ),
    );
    expect(app).toMatchObject({
      batch: { failed: 2, total: 3 },
      errorCount: 3,
      code: 'BAD_USER_INPUT',
    });
    expect(app?.errors.map((e) => e.message)).toEqual(['first', 'second', 'third']);
  });

  it("reads GitHub's `type` when there is no extensions.code", () => {
    const { app } = found(
      withBody(
        { ...GRAPHQL_POST, url: 'https://api.github.com/graphql' },
        '{"data":{"repository":null},"errors":[{"type":"NOT_FOUND","path":["repository"],"message":"Could not resolve to a Repository with the name \'x/y\'."}]}',
      ),
    );
    expect(app?.code).toBe('NOT_FOUND');
    expect(appFinding(app as NonNullable<typeof app>, 200).details.join('\n')).toContain(
      '404 Not Found',
    );
  });

  it('application/graphql-response+json with a 4xx is an HTTP failure, counted once', () => {
    const { record, app } = found(
      withBody(
        {
          ...GRAPHQL_POST,
          url: 'https://api.example/api',
          status: 400,
          mimeType: 'application/graphql-response+json',
        },
        '{"errors":[{"message":"Syntax Error: Unexpected Name","extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}',
      ),
    );
    expect(app?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(failureOf(record)).toBe('http');
    const summary = summarize([record]);
    expect([summary.failed, summary.app]).toEqual([1, 0]);
  });

  it('leaves ordinary JSON alone: no GraphQL URL or request shape, or extra top-level keys', () => {
    const rest = withBody(
      { url: 'https://api.example/api/items' },
      '{"errors":[{"message":"looks like GraphQL"}]}',
    );
    expect(found(rest).app).toBeNull();
    expect(bodyKindOf(recordOf(rest), requestHeadOf(rest))).toBeNull();
    expect(
      found(withBody(GRAPHQL_POST, '{"errors":[{"message":"x"}],"status":"bad"}')).app,
    ).toBeNull();
  });

  it('tells a GraphQL call by its request body when the URL does not say so', () => {
    const made = withBody(
      {
        method: 'POST',
        url: 'https://api.example/api',
        postData: {
          mimeType: 'application/json',
          text: '{"operationName":"Me","query":"query Me { me { id } }"}',
        },
      },
      '{"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}',
    );
    expect(found(made).app?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('gRPC-web', () => {
  it('reads grpc-status and a percent-decoded grpc-message from the headers', () => {
    const { record, app } = found(
      withBody(
        {
          method: 'POST',
          url: 'https://api.example/shop.Cart/Get',
          mimeType: 'application/grpc-web+proto',
          responseHeaders: [
            { name: 'content-type', value: 'application/grpc-web+proto' },
            { name: 'grpc-status', value: '16' },
            { name: 'grpc-message', value: 'token%20expired%3A%20caf%C3%A9' },
          ],
        },
        '',
      ),
    );
    expect(app).toMatchObject({ protocol: 'grpc', code: '16', where: 'headers' });
    expect(app?.errors[0]?.message).toBe('token expired: café');
    expect(failureOf(record)).toBe('app');
    expect(appLabel(app as NonNullable<typeof app>)).toBe('gRPC 16 UNAUTHENTICATED');
    expect(appFinding(app as NonNullable<typeof app>, 200).details.join('\n')).toContain(
      'google.rpc.Code pairs it with HTTP 401 Unauthorized.',
    );
  });

  it('grpc-status 0 is no failure', () => {
    const { app } = found(
      withBody(
        {
          url: 'https://api.example/a.B/C',
          mimeType: 'application/grpc-web+proto',
          responseHeaders: [{ name: 'grpc-status', value: '0' }],
        },
        '',
      ),
    );
    expect(app).toBeNull();
  });

  it('reads the trailer frame of a base64 gRPC-web body', () => {
    const body = base64(
      frame(0x00, new Uint8Array([10, 2, 104, 105])),
      frame(0x80, 'grpc-status:14\r\ngrpc-message:backend%20down\r\n'),
    );
    const { app } = found(
      withBody(
        {
          method: 'POST',
          url: 'https://api.example/a.B/C',
          mimeType: 'application/grpc-web+proto',
        },
        body,
        'base64',
      ),
    );
    expect(app).toMatchObject({
      code: '14',
      where: 'trailer frame',
      errors: [{ message: 'backend down' }],
    });
    expect(appFinding(app as NonNullable<typeof app>, 200).details.join('\n')).toContain(
      '503 Service Unavailable',
    );
  });

  it('reads grpc-web-text (the frames base64 in the body, in chunks)', () => {
    const body = base64(frame(0x00, 'hi')) + base64(frame(0x80, 'grpc-status:5\r\n'));
    const { app } = found(
      withBody({ url: 'https://api.example/a.B/C', mimeType: 'application/grpc-web-text' }, body),
    );
    expect(app?.code).toBe('5');
  });

  it('keeps a grpc-message that is not valid percent-encoding as written', () => {
    expect(decodeGrpcMessage('100%')).toBe('100%');
  });
});

describe('Connect', () => {
  it('reads the error of a streaming end-of-stream message', () => {
    const body = base64(
      frame(0x00, '{"sentence":"hello"}'),
      frame(
        0x02,
        '{"error":{"code":"resource_exhausted","message":"quota used up"},"metadata":{}}',
      ),
    );
    const { record, app } = found(
      withBody(
        {
          method: 'POST',
          url: 'https://api.example/eliza.v1.Eliza/Introduce',
          mimeType: 'application/connect+json',
        },
        body,
        'base64',
      ),
    );
    expect(app).toMatchObject({
      protocol: 'connect',
      code: 'resource_exhausted',
      where: 'end-of-stream message',
    });
    expect(failureOf(record)).toBe('app');
    expect(appFinding(app as NonNullable<typeof app>, 200).details.join('\n')).toContain(
      '429 Too Many Requests',
    );
  });

  it('an end-of-stream message without an error is no failure', () => {
    const body = base64(frame(0x02, '{"metadata":{}}'));
    const { app } = found(
      withBody(
        { url: 'https://api.example/a.B/C', mimeType: 'application/connect+json' },
        body,
        'base64',
      ),
    );
    expect(app).toBeNull();
  });

  it('explains a unary error on its HTTP failure without counting it twice', () => {
    const { record, app } = found(
      withBody(
        {
          method: 'POST',
          url: 'https://api.example/eliza.v1.Eliza/Say',
          status: 401,
          requestHeaders: [{ name: 'connect-protocol-version', value: '1' }],
        },
        '{"code":"unauthenticated","message":"no token"}',
      ),
    );
    expect(app).toMatchObject({ protocol: 'connect', code: 'unauthenticated' });
    expect(failureOf(record)).toBe('http');
    expect(summarize([record])).toMatchObject({ failed: 1, app: 0 });
    const finding = appFinding(app as NonNullable<typeof app>, 401);
    expect(finding.title).toBe(
      'Connect error in this failed response: unauthenticated, “no token”',
    );
    expect(finding.details).toContain('Counted once, as this HTTP failure.');
  });
});

describe('JSON-RPC 2.0', () => {
  const rpc = (text: string) =>
    found(
      withBody(
        {
          method: 'POST',
          url: 'https://node.example/',
          postData: {
            mimeType: 'application/json',
            text: '{"jsonrpc":"2.0","method":"eth_call","id":1}',
          },
        },
        text,
      ),
    ).app;

  it('explains the standard codes', () => {
    const app = rpc(
      '{"jsonrpc":"2.0","error":{"code":-32601,"message":"Method not found"},"id":1}',
    );
    expect(app && appLabel(app)).toBe('JSON-RPC -32601 Method not found');
    expect(app && appFinding(app, 200).details.join('\n')).toContain('404 Not Found');
  });

  it('names the server-error range and the codes the application defines', () => {
    expect(rpc('{"jsonrpc":"2.0","error":{"code":-32005,"message":"limit"},"id":1}')?.code).toBe(
      '-32005',
    );
    const server = rpc('{"jsonrpc":"2.0","error":{"code":-32005,"message":"limit"},"id":1}');
    expect(server && appLabel(server)).toBe('JSON-RPC -32005 Server error');
    const own = rpc('{"jsonrpc":"2.0","error":{"code":3,"message":"execution reverted"},"id":1}');
    expect(own && appLabel(own)).toBe('JSON-RPC 3');
    expect(own && appFinding(own, 200).details.join('\n')).toContain('the application defines it');
  });

  it('reads a batch, and a result is no failure', () => {
    expect(rpc('{"jsonrpc":"2.0","result":"0x1","id":1}')).toBeNull();
    const batch = rpc(
      '[{"jsonrpc":"2.0","result":1,"id":1},{"jsonrpc":"2.0","error":{"code":-32602,"message":"bad"},"id":2}]',
    );
    expect(batch).toMatchObject({ batch: { failed: 1, total: 2 }, code: '-32602' });
  });
});
