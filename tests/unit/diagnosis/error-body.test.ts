import {
  bodyReadable,
  errorBodyFinding,
  parseErrorBody,
} from '../../../utils/diagnosis/rules/error-body';
import { context, contextFor, entry, findingsOf, fixture, recorded } from './builder';

const json = (value: unknown) => JSON.stringify(value);

describe('error bodies', () => {
  it.each([
    {
      name: 'RFC 9457 problem detail',
      body: json({
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        status: 403,
        detail: 'Your current balance is 30, but that costs 50.',
        instance: '/account/12345/msgs/abc',
        balance: 30,
        accounts: ['/account/12345', '/account/67890'],
      }),
      type: 'application/problem+json',
      expected: {
        kind: 'problem',
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        status: 403,
        detail: 'Your current balance is 30, but that costs 50.',
        instance: '/account/12345/msgs/abc',
        extensions: ['balance: 30', 'accounts: ["/account/12345","/account/67890"]'],
      },
    },
    {
      name: 'a problem detail with invalid-params, served as plain JSON',
      body: json({
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        'invalid-params': [{ name: 'age', reason: 'must be a positive integer' }],
      }),
      type: 'application/json',
      expected: {
        kind: 'problem',
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        status: undefined,
        detail: undefined,
        instance: undefined,
        extensions: ['invalid-params: age: must be a positive integer'],
      },
    },
    {
      name: 'RFC 9457 §3: errors with a JSON pointer to each member',
      body: json({
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        errors: [
          { detail: 'must be a positive integer', pointer: '#/age' },
          { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
        ],
      }),
      type: 'application/problem+json',
      expected: {
        kind: 'problem',
        type: 'https://example.net/validation-error',
        title: 'Your request is not valid.',
        status: undefined,
        detail: undefined,
        instance: undefined,
        extensions: [
          'errors: #/age: must be a positive integer',
          "errors: #/profile/color: must be 'green', 'red' or 'blue'",
        ],
      },
    },
    {
      name: 'OAuth error',
      body: json({ error: 'invalid_grant', error_description: 'The refresh token expired' }),
      type: 'application/json',
      expected: {
        kind: 'error',
        code: 'invalid_grant',
        message: 'The refresh token expired',
        errors: [],
      },
    },
    {
      name: 'Google-style error object',
      body: json({
        error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' },
      }),
      type: 'application/json; charset=UTF-8',
      expected: {
        kind: 'error',
        code: '404',
        message: 'Requested entity was not found.',
        errors: [],
      },
    },
    {
      name: 'a bare message (.NET / AWS capitalised)',
      body: json({ Message: 'User is not authorized', __type: 'AccessDeniedException' }),
      type: 'application/x-amz-json-1.1+json',
      expected: {
        kind: 'error',
        code: 'AccessDeniedException',
        message: 'User is not authorized',
        errors: [],
      },
    },
    {
      name: 'GraphQL / JSON:API errors array',
      body: json({
        errors: [
          { message: 'email is invalid', path: ['user', 'email'] },
          { detail: 'too short', source: { pointer: '/data/name' } },
        ],
      }),
      type: 'application/vnd.api+json',
      expected: {
        kind: 'error',
        message: '["user","email"]: email is invalid',
        errors: ['/data/name: too short'],
      },
    },
    {
      name: 'Rails-style errors by field',
      body: json({ errors: { email: ['is invalid', 'is taken'], name: ["can't be blank"] } }),
      type: 'application/json',
      expected: {
        kind: 'error',
        message: 'email: is invalid; is taken',
        errors: ["name: can't be blank"],
      },
    },
    {
      name: 'FastAPI validation detail',
      body: json({
        detail: [{ loc: ['body', 'age'], msg: 'field required', type: 'value_error.missing' }],
      }),
      type: 'application/json',
      expected: { kind: 'error', message: '["body","age"]: field required', errors: [] },
    },
    {
      name: 'Django REST framework detail',
      body: json({ detail: 'Authentication credentials were not provided.' }),
      type: 'application/json',
      expected: {
        kind: 'error',
        message: 'Authentication credentials were not provided.',
        errors: [],
      },
    },
    {
      name: 'NestJS',
      body: json({ statusCode: 400, message: 'Bad Request', error: 'Bad Request' }),
      type: 'application/json',
      expected: { kind: 'error', code: 'Bad Request', message: 'Bad Request', errors: [] },
    },
  ])('$name', ({ body, type, expected }) => {
    expect(parseErrorBody(body, type)).toEqual(expected);
  });

  it.each([
    ['not JSON', '<html>oops</html>', 'text/html'],
    ['broken JSON', '{"error":', 'application/json'],
    ['a number', '42', 'application/json'],
    ['an object without error fields', json({ data: [1, 2] }), 'application/json'],
    ['an empty array', '[]', 'application/json'],
    [
      'prototype keys',
      '{"__proto__":{"message":"x"},"constructor":{"message":"y"}}',
      'application/json',
    ],
  ])('nothing for %s', (_name, body, type) => {
    expect(parseErrorBody(body, type)).toBeUndefined();
  });

  it('bounds what it keeps from a hostile body', () => {
    const body = json({
      message: `a\nb${'x'.repeat(10_000)}`,
      errors: Array.from({ length: 500 }, (_, i) => ({ message: `e${i}` })),
    });
    const parsed = parseErrorBody(body, 'application/json');
    expect(parsed?.kind).toBe('error');
    if (parsed?.kind !== 'error') return;
    expect(parsed.message?.length).toBeLessThanOrEqual(300);
    expect(parsed.message).not.toMatch(/\n/);
    expect(parsed.errors.length).toBeLessThanOrEqual(12);
  });

  it.each([
    [{ mimeType: 'application/json', size: 1024 }, { read: true }],
    [{ mimeType: 'application/problem+json; charset=utf-8', size: 1024 * 1024 }, { read: true }],
    [{ mimeType: 'text/json', size: -1 }, { read: true }],
    [
      { mimeType: 'application/json', size: 1024 * 1024 + 1 },
      { read: false, reason: 'too large to read (1.0 MB)' },
    ],
    [
      { mimeType: 'application/json', size: 10, encoding: 'base64' },
      { read: false, reason: 'a base64 (binary) body' },
    ],
    [
      { mimeType: 'text/html', size: 10 },
      { read: false, reason: 'not JSON (text/html)' },
    ],
    [
      { mimeType: 'application/jsonp', size: 10 },
      { read: false, reason: 'not JSON (application/jsonp)' },
    ],
    [{}, { read: false, reason: 'not JSON (no type)' }],
  ])('bodyReadable(%j)', (content, decision) => {
    expect(bodyReadable(content)).toEqual(decision);
  });

  it('the finding of a problem detail', () => {
    const parsed = parseErrorBody(
      json({
        type: 'https://x.example/probs/out-of-credit',
        title: 'No credit',
        detail: 'Balance 30',
      }),
      'application/problem+json',
    );
    const finding = parsed && errorBodyFinding(parsed);
    expect(finding?.title).toBe('Problem detail: No credit (Balance 30)');
    expect(finding?.tag).toBe('out-of-credit');
  });

  it('reads a body handed in by the caller, not a base64 one, not on success', () => {
    const e = entry({ status: 422, content: { mimeType: 'application/json', size: 30 } });
    const body = json({ error: 'invalid_request', message: 'name is required' });
    expect(findingsOf('error-body', e, context({ body: { text: body } }))[0]?.title).toBe(
      'The server says: name is required (invalid_request)',
    );
    expect(
      findingsOf('error-body', e, context({ body: { text: body, encoding: 'base64' } })),
    ).toEqual([]);
    expect(
      findingsOf(
        'error-body',
        entry({ status: 200, content: { mimeType: 'application/json', text: body } }),
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'error-body',
        entry({
          status: 422,
          content: { mimeType: 'application/json', size: 2_000_000, text: body },
        }),
      ),
    ).toEqual([]);
  });

  describe('recorded from Chromium (content as in an exported HAR)', () => {
    const entries = fixture('bodies');
    it.each([
      [
        '/s/422-problem',
        'out-of-credit',
        'Problem detail: You do not have enough credit. (Your current balance is 30, but that costs 50.)',
      ],
      ['/s/400-error-object', 'bad_request', 'The server says: name is required (bad_request)'],
      [
        '/s/400-errors-array',
        'email: email is invalid',
        'The server says: email: email is invalid',
      ],
    ])('%s', (path, tag, title) => {
      const e = recorded(entries, path);
      const [finding] = findingsOf('error-body', e, contextFor(e, entries));
      expect(finding?.tag).toBe(tag);
      expect(finding?.title).toBe(title);
    });
  });
});
