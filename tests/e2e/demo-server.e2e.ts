// The demo server answers each endpoint with the status and headers real servers send.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PLAN } from '../demo/plan';
import { ARTICLE_ETAG } from '../demo/routes';
import { type DemoServer, startDemoServer } from '../demo/server';

let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer(0);
});

afterAll(async () => {
  await server?.close();
});

/** One request, redirects not followed, body read. */
async function call(path: string, init: RequestInit = {}, origin = server.origin) {
  const response = await fetch(new URL(path, origin), { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('each endpoint', () => {
  test('200 JSON', async () => {
    const { status, headers, body } = await call('/api/users/42');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(body)).toMatchObject({ id: 42 });
  });

  test('201 with Location, then 204 for the DELETE', async () => {
    const created = await call('/api/users', { method: 'POST', body: '{"name":"Ada"}' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/users/43');
    const deleted = await call('/api/users/43', { method: 'DELETE' });
    expect(deleted).toMatchObject({ status: 204, body: '' });
  });

  test('a 301 → 302 → 200 chain that keeps the query', async () => {
    const first = await call('/api/redirect/start?run=x');
    expect([first.status, first.headers.get('location')]).toEqual([
      301,
      '/api/redirect/middle?run=x',
    ]);
    const second = await call('/api/redirect/middle?run=x');
    expect([second.status, second.headers.get('location')]).toEqual([
      302,
      '/api/redirect/end?run=x',
    ]);
    expect((await call('/api/redirect/end?run=x')).status).toBe(200);
  });

  test('POST answered by 302 and by 307; the target tells the method it got', async () => {
    const form = { method: 'POST', body: new URLSearchParams({ topic: 'billing' }) };
    const found = await call('/api/forms/legacy', form);
    expect([found.status, found.headers.get('location')]).toEqual([302, '/api/forms/thanks']);
    const temporary = await call('/api/forms/temporary', form);
    expect([temporary.status, temporary.headers.get('location')]).toEqual([
      307,
      '/api/forms/thanks',
    ]);
    expect(JSON.parse((await call('/api/forms/thanks', form)).body)).toEqual({
      received: 'POST',
      form: { topic: 'billing' },
    });
    expect(JSON.parse((await call('/api/forms/thanks')).body)).toMatchObject({ received: 'GET' });
  });

  test('200 with an ETag, then 304 for If-None-Match', async () => {
    const first = await call('/api/articles/7');
    expect([first.status, first.headers.get('etag')]).toEqual([200, ARTICLE_ETAG]);
    const again = await call('/api/articles/7', { headers: { 'If-None-Match': ARTICLE_ETAG } });
    expect(again).toMatchObject({ status: 304, body: '' });
    expect(again.headers.get('etag')).toBe(ARTICLE_ETAG);
  });

  test('401 with a Bearer challenge', async () => {
    const { status, headers } = await call('/api/account');
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe(
      'Bearer realm="demo", error="invalid_token", error_description="The access token expired"',
    );
  });

  test('403, 404, 410 as problem documents', async () => {
    for (const [path, status] of [
      ['/api/admin/settings', 403],
      ['/api/users/9999', 404],
      ['/api/v1/legacy', 410],
    ] as const) {
      const answer = await call(path);
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(JSON.parse(answer.body)).toMatchObject({ status });
    }
  });

  test('405 with Allow; HEAD answered like GET', async () => {
    const { status, headers } = await call('/api/reports/2024', { method: 'DELETE' });
    expect([status, headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    const head = await call('/api/reports/2024', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: '' });
  });

  test('413 with Retry-After', async () => {
    const { status, headers } = await call('/api/uploads', {
      method: 'POST',
      body: new Uint8Array(256 * 1024),
    });
    expect([status, headers.get('retry-after')]).toEqual([413, '3600']);
  });

  test('422 with an application/problem+json body', async () => {
    const { status, headers, body } = await call('/api/orders', { method: 'POST', body: '{}' });
    expect(status).toBe(422);
    expect(headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(body)).toMatchObject({
      status: 422,
      errors: [{ pointer: '#/quantity', detail: 'must be a positive integer' }],
    });
  });

  test('429 with Retry-After and rate-limit headers', async () => {
    const { status, headers } = await call('/api/search');
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('30');
    expect(headers.get('x-ratelimit-limit')).toBe('60');
    expect(headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  test('5xx: 500 with a request id, 502 and 504 from nginx, 503 with Retry-After', async () => {
    const failed = await call('/api/reports/2024/export');
    expect(failed.status).toBe(500);
    expect(failed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    for (const [path, status] of [
      ['/api/upstream/inventory', 502],
      ['/api/upstream/slow-report', 504],
    ] as const) {
      const answer = await call(path);
      expect([answer.status, answer.headers.get('server')]).toEqual([status, 'nginx']);
    }
    const unavailable = await call('/api/status/maintenance');
    expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '120']);
  });

  test('a Cloudflare-looking 522', async () => {
    const { status, headers } = await call('/api/edge/origin-down');
    expect(status).toBe(522);
    expect(headers.get('server')).toBe('cloudflare');
    expect(headers.get('cf-ray')).toMatch(/^[0-9a-f]{16}-[A-Z]{3}$/);
  });

  test('a response carrying X-Request-Id', async () => {
    const { status, headers } = await call('/api/trace');
    expect(status).toBe(200);
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the origins and pages', () => {
  test('the second origin serves the same API without CORS headers', async () => {
    expect(server.crossOrigin).not.toBe(server.origin);
    for (const [path, status] of [
      ['/api/users/42', 200],
      ['/api/reports/2024/export', 500],
    ] as const) {
      const answer = await call(path, { headers: { Origin: server.origin } }, server.crossOrigin);
      expect(answer.status).toBe(status);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  test('the refused origin refuses connections', async () => {
    await expect(fetch(`${server.refusedOrigin}/api/health`)).rejects.toThrow();
  });

  test('the demo page, its single-page-app routes, its script and /second', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>HTTP Status Lens demo</h1>');
    expect(page.body).toContain(server.crossOrigin);
    expect(page.body).toContain(server.refusedOrigin);
    expect((await call('/app/orders?run=x')).body).toBe(page.body);
    const script = await call('/demo.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('window.runDemo = runDemo');
    expect((await call('/second')).body).toContain('<h1>Second page</h1>');
    expect((await call('/nothing-here')).status).toBe(404);
  });

  test('every request of the plan gets the first status the plan expects', async () => {
    const etags = new Map<string, string>();
    for (const step of DEMO_PLAN.filter((s) => s.origin !== 'refused')) {
      const origin = step.origin === 'cross' ? server.crossOrigin : server.origin;
      const headers: Record<string, string> = {};
      const etag = etags.get(step.path);
      if (step.conditional && etag) headers['If-None-Match'] = etag;
      const body =
        step.body?.type === 'json'
          ? JSON.stringify(step.body.value)
          : step.body?.type === 'form'
            ? new URLSearchParams(step.body.value)
            : step.body && new Uint8Array(step.body.size);
      const answer = await call(step.path, { method: step.method, headers, body }, origin);
      const received = answer.headers.get('etag');
      if (received) etags.set(step.path, received);
      expect([step.name, answer.status]).toEqual([step.name, step.statuses[0]]);
    }
  });
});
