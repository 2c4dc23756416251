// A test server for application-level failures, built on the servers' own packages (development
// dependencies only): GraphQL Yoga 5 with graphql 16, Connect for Node 2.1 (Connect, gRPC-web),
// json-rpc-2.0, and a few REST routes whose failures the grouped view folds. One page on it
// makes every call from the browser; the end-to-end test and the fixture recorder
// (tests/support/record-app-fixtures.ts) load it in real Chromium.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { create, createFileRegistry } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema, file_google_protobuf_wrappers } from '@bufbuild/protobuf/wkt';
import { Code, ConnectError } from '@connectrpc/connect';
import { connectNodeAdapter } from '@connectrpc/connect-node';
import { createGraphQLError, createSchema, createYoga } from 'graphql-yoga';
import { JSONRPCServer } from 'json-rpc-2.0';

export interface AppApiServer {
  origin: string;
  /** The page that makes every call; its title becomes "done" when they all answered. */
  url: string;
  close(): Promise<void>;
}

/** A webhook path with a token in it: the grouped view redacts it, never folds it. */
export const HOOK_TOKEN = 'whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

const yoga = createYoga({
  graphqlEndpoint: '/graphql',
  batching: true,
  logging: false,
  maskedErrors: true,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Profile { name: String, email: String }
      type Query { me: Profile, profile: Profile, greeting: String }
    `,
    resolvers: {
      Query: {
        me: () => {
          // Yoga's own constructor: a GraphQLError of the graphql instance Yoga uses (a second
          // copy of graphql, ESM beside CJS, would make Yoga mask it as "Unexpected error.").
          throw createGraphQLError('You must be logged in', {
            extensions: { code: 'UNAUTHENTICATED' },
          });
        },
        profile: () => ({ name: 'Ada' }),
        greeting: () => 'hello',
      },
      Profile: {
        email: () => {
          throw createGraphQLError('Not allowed to read email', {
            extensions: { code: 'FORBIDDEN' },
          });
        },
      },
    },
  }),
});

// A service without generated code: its descriptor built here, on google.protobuf.StringValue.
const registry = createFileRegistry(
  create(FileDescriptorProtoSchema, {
    name: 'lens/demo.proto',
    package: 'lens.demo',
    syntax: 'proto3',
    dependency: ['google/protobuf/wrappers.proto'],
    service: [
      {
        name: 'Greeter',
        method: [
          {
            name: 'Greet',
            inputType: '.google.protobuf.StringValue',
            outputType: '.google.protobuf.StringValue',
          },
          {
            name: 'Count',
            inputType: '.google.protobuf.StringValue',
            outputType: '.google.protobuf.StringValue',
            serverStreaming: true,
          },
        ],
      },
    ],
  }),
  (name) => (name === 'google/protobuf/wrappers.proto' ? file_google_protobuf_wrappers : undefined),
);
const greeter = registry.getService('lens.demo.Greeter');
if (!greeter) throw new Error('the demo service descriptor did not build');

const connect = connectNodeAdapter({
  routes(router) {
    router.service(greeter, {
      greet() {
        throw new ConnectError('no token given', Code.Unauthenticated);
      },
      async *count(request: { value: string }) {
        yield { value: `one ${request.value}` };
        throw new ConnectError('quota used up: try again in a minute', Code.ResourceExhausted);
      },
    } as never);
  },
});

const rpc = new JSONRPCServer();
rpc.addMethod('sum', ({ a, b }: { a: number; b: number }) => a + b);

/** Browser-side: every call the page makes, one after the other. Its body text is the test's. */
const PAGE_SCRIPT = `
const frame = (flag, bytes) => {
  const out = new Uint8Array(5 + bytes.length);
  out[0] = flag;
  new DataView(out.buffer).setUint32(1, bytes.length);
  out.set(bytes, 5);
  return out;
};
const hi = new Uint8Array([10, 2, 104, 105]);
const json = { 'content-type': 'application/json' };
const calls = [
  ['graphql-errors', '/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ me { name } }' }) }],
  ['graphql-partial', '/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ profile { name email } greeting }' }) }],
  ['graphql-batch', '/graphql', { method: 'POST', headers: json, body: JSON.stringify([{ query: '{ greeting }' }, { query: '{ me { name } }' }]) }],
  ['graphql-ok', '/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ greeting }' }) }],
  ['connect-unary', '/lens.demo.Greeter/Greet', { method: 'POST', headers: { ...json, 'connect-protocol-version': '1' }, body: '"hi"' }],
  ['connect-stream', '/lens.demo.Greeter/Count', { method: 'POST', headers: { 'content-type': 'application/connect+json', 'connect-protocol-version': '1' }, body: frame(0, new TextEncoder().encode('"hi"')) }],
  ['grpc-web', '/lens.demo.Greeter/Greet', { method: 'POST', headers: { 'content-type': 'application/grpc-web+proto', 'x-grpc-web': '1' }, body: frame(0, hi) }],
  ['grpc-web-stream', '/lens.demo.Greeter/Count', { method: 'POST', headers: { 'content-type': 'application/grpc-web+proto', 'x-grpc-web': '1' }, body: frame(0, hi) }],
  ['json-rpc-error', '/rpc', { method: 'POST', headers: json, body: JSON.stringify({ jsonrpc: '2.0', method: 'no_such_method', params: {}, id: 1 }) }],
  ['json-rpc-ok', '/rpc', { method: 'POST', headers: json, body: JSON.stringify({ jsonrpc: '2.0', method: 'sum', params: { a: 1, b: 2 }, id: 2 }) }],
  ['users-404', '/api/users/101', {}],
  ['users-404', '/api/users/102', {}],
  ['users-404', '/api/users/103', {}],
  ['orders-503', '/api/orders/3f2b8c1e-9d4a-4e6b-8f0a-2c7d5e9b1a36', {}],
  ['orders-503', '/api/orders/7a1c9e2f-4b3d-4c8e-9a6f-1e2d3c4b5a69', {}],
  ['hook-401', '/api/hooks/${HOOK_TOKEN}/deliver', {}],
];
const results = [];
for (const [name, path, init] of calls) {
  try {
    const response = await fetch(path, init);
    await response.arrayBuffer();
    results.push(name + ' ' + response.status);
  } catch (error) {
    results.push(name + ' ' + error.name);
  }
}
document.getElementById('results').textContent = results.join('\\n');
document.title = 'done';
`;

const PAGE = `<!doctype html><meta charset="utf-8"><title>running</title>
<h1>Application failures</h1><pre id="results"></pre>
<script type="module">${PAGE_SCRIPT}</script>`;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === '/') return send(res, 200, 'text/html; charset=utf-8', PAGE);
  if (path.startsWith('/graphql')) return void yoga(req, res);
  if (path.startsWith('/lens.demo.')) return connect(req, res);
  if (path === '/rpc') {
    const answer = await rpc.receiveJSON(await readBody(req));
    return send(res, 200, 'application/json', JSON.stringify(answer));
  }
  if (/^\/api\/users\/\d+$/.test(path)) {
    return send(res, 404, 'application/json', '{"error":"no such user"}');
  }
  if (path.startsWith('/api/orders/')) {
    return send(res, 503, 'application/json', '{"error":"orders database is down"}');
  }
  if (path.startsWith('/api/hooks/')) return send(res, 401, 'text/plain', 'bad signature');
  send(res, 404, 'text/plain; charset=utf-8', `Not found: ${path}`);
}

export async function startAppApiServer(port = 0): Promise<AppApiServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'test server error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
