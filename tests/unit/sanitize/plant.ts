/**
 * Plants a secret of the corpus (secret-corpus.ts) in one HAR entry, where `carrier` says: the
 * leak tests and the "Save HAR without secrets" tests build their entries the same way.
 */
import type { Entry } from 'har-format';
import type { SecretShape } from './secret-corpus';

export function baseEntry(): Entry {
  return {
    startedDateTime: '2026-11-29T10:00:00.000Z',
    time: 42,
    request: {
      method: 'POST',
      url: 'https://api.example.com/v1/items?page=2',
      httpVersion: 'HTTP/1.1',
      headers: [{ name: 'Accept', value: 'application/json' }],
      queryString: [{ name: 'page', value: '2' }],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: 401,
      statusText: 'Unauthorized',
      httpVersion: 'HTTP/1.1',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      cookies: [],
      content: { size: 20, mimeType: 'application/json', text: '{"error":"denied"}' },
      redirectURL: '',
      headersSize: -1,
      bodySize: 20,
    },
    cache: {},
    timings: { send: 1, wait: 40, receive: 1 },
  };
}

/** The entry with `shape` planted where `carrier` says. */
export function plant(shape: SecretShape, carrier: string): Entry {
  const entry = baseEntry();
  const v = shape.value;
  const [kind, name = ''] = carrier.split(/:(.*)/s);
  const req = entry.request;
  switch (kind) {
    case 'header': {
      const lower = name.toLowerCase();
      const scheme = shape.scheme ?? 'Bearer';
      const value =
        lower === 'authorization' || lower === 'proxy-authorization'
          ? scheme
            ? `${scheme} ${v}`
            : v
          : v;
      req.headers.push({ name, value });
      entry.response.headers.push({ name, value });
      break;
    }
    case 'cookie':
      req.headers.push({ name: 'Cookie', value: `theme=dark; ${name}=${v}` });
      req.cookies.push({ name, value: v });
      entry.response.headers.push({ name: 'Set-Cookie', value: `${name}=${v}; Path=/; HttpOnly` });
      entry.response.cookies.push({ name, value: v });
      break;
    case 'query':
      req.url = `https://api.example.com/v1/items?page=2&${name}=${encodeURIComponent(v)}#${name}=${encodeURIComponent(v)}`;
      req.queryString.push({ name, value: v });
      break;
    case 'form':
      // har-format types postData as text or params; Chromium writes both for forms.
      req.postData = {
        mimeType: 'application/x-www-form-urlencoded',
        text: `user=ada&${name}=${encodeURIComponent(v)}`,
        params: [
          { name: 'user', value: 'ada' },
          { name, value: v },
        ],
      } as unknown as Entry['request']['postData'];
      break;
    case 'json': {
      const body = JSON.stringify({ user: 'ada', nested: { [name]: v } });
      req.postData = { mimeType: 'application/json', text: body };
      entry.response.content = { size: body.length, mimeType: 'application/json', text: body };
      break;
    }
    case 'path':
      req.url = `https://api.example.com/v1/${v}/items`;
      break;
    case 'userinfo':
      req.url = `https://${v}@git.example.com/org/repo.git`;
      break;
    case 'url':
      req.url = name.replace('{value}', v);
      break;
    default: {
      // Free text: an error body, the browser's reason, a WebSocket message.
      const text = `Request failed. Authorization: Bearer ${v} was rejected (token ${v}).`;
      entry.response.content = { size: text.length, mimeType: 'text/plain', text };
      (entry.response as unknown as Record<string, unknown>)._error = `proxy said: token ${v}`;
      (entry as unknown as Record<string, unknown>)._webSocketMessages = [
        { type: 'send', time: 1, opcode: 1, data: JSON.stringify({ token: v }) },
      ];
    }
  }
  return entry;
}
