// The recorded fixture (tests/fixtures/app/app-failures.har, made by
// tests/support/record-app-fixtures.ts from GraphQL Yoga, Connect for Node and json-rpc-2.0 in
// real Chromium), opened as the HAR page opens a file: each call's failure as the servers wrote it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appLabel } from '../../../utils/app-failure/explain';
import { parseHar } from '../../../utils/har/parse';
import { failureOf } from '../../../utils/requests/failure';
import { summarize } from '../../../utils/requests/summary';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/app/app-failures.har');

function opened() {
  const result = parseHar(readFileSync(FILE, 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.records;
}

describe('the recorded application failures', () => {
  const records = opened();
  const rows = records.map((record) => {
    const path = new URL(record.url).pathname;
    return [
      `${record.method} ${path.length > 30 ? `${path.slice(0, 30)}…` : path} ${record.status}`,
      failureOf(record),
      record.app ? appLabel(record.app) : '',
    ];
  });

  it('finds each kind, and only where the servers reported one', () => {
    expect(rows).toEqual([
      ['GET / 200', null, ''],
      ['POST /graphql 200', 'app', 'GraphQL UNAUTHENTICATED'],
      ['GET /favicon.ico 404', 'http', ''],
      ['POST /graphql 200', 'app', 'GraphQL FORBIDDEN'],
      ['POST /graphql 200', 'app', 'GraphQL UNAUTHENTICATED'],
      ['POST /graphql 200', null, ''],
      ['POST /lens.demo.Greeter/Greet 401', 'http', 'Connect unauthenticated'],
      ['POST /lens.demo.Greeter/Count 200', 'app', 'Connect resource_exhausted'],
      ['POST /lens.demo.Greeter/Greet 200', 'app', 'gRPC 16 UNAUTHENTICATED'],
      ['POST /lens.demo.Greeter/Count 200', 'app', 'gRPC 8 RESOURCE_EXHAUSTED'],
      ['POST /rpc 200', 'app', 'JSON-RPC -32601 Method not found'],
      ['POST /rpc 200', null, ''],
      ['GET /api/users/101 404', 'http', ''],
      ['GET /api/users/102 404', 'http', ''],
      ['GET /api/users/103 404', 'http', ''],
      ['GET /api/orders/3f2b8c1e-9d4a-4e6b… 503', 'http', ''],
      ['GET /api/orders/7a1c9e2f-4b3d-4c8e… 503', 'http', ''],
      ['GET /api/hooks/whsec_9f8e7d6c5b4a3… 401', 'http', ''],
    ]);
  });

  it('keeps what each server said: messages percent-decoded, paths, partial success, batches', () => {
    const app = records.map((record) => record.app);
    expect(app[3]).toMatchObject({ partial: true, errors: [{ path: 'profile.email' }] });
    expect(app[4]).toMatchObject({ batch: { failed: 1, total: 2 } });
    expect(app[8]).toMatchObject({
      where: 'trailer frame',
      errors: [{ message: 'no token given' }],
    });
    expect(app[9]?.errors[0]?.message).toBe('quota used up: try again in a minute');
    expect(app[7]?.where).toBe('end-of-stream message');
  });

  it('counts each failed request once, the application ones apart', () => {
    expect(summarize(records)).toMatchObject({ total: 18, failed: 15, app: 7 });
  });
});
