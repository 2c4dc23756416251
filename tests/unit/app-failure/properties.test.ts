// A body of any shape or size never throws, and what is kept stays bounded: the reader parses
// whatever a hostile page or file sends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_BODY_MAX,
  type BodyKind,
  bodyFailure,
  entryFailure,
} from '../../../utils/app-failure/detect';
import { appFinding } from '../../../utils/app-failure/explain';
import { ERRORS_MAX, MESSAGE_MAX } from '../../../utils/app-failure/types';
import { base64, frame, GRAPHQL_POST, recordOf, withBody } from './build';

const KINDS: BodyKind[] = ['json', 'grpc-web', 'grpc-web-text', 'connect-stream'];

function checkBounded(kind: BodyKind, text: string, encoding: string, status: number): void {
  const failure = bodyFailure(kind, text, encoding, status);
  if (failure === null) return;
  expect(failure.errors.length).toBeLessThanOrEqual(ERRORS_MAX);
  for (const error of failure.errors)
    expect(error.message.length).toBeLessThanOrEqual(MESSAGE_MAX + 1);
  const finding = appFinding(failure, status);
  expect(typeof finding.title).toBe('string');
}

/** GraphQL- and JSON-RPC-like values: the shapes a parser meets, with anything inside. */
const errorish = fc.oneof(
  fc.record(
    { errors: fc.array(fc.anything(), { maxLength: 12 }), data: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.record(
    { jsonrpc: fc.constant('2.0'), error: fc.anything(), id: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.record(
    { code: fc.anything(), message: fc.anything(), details: fc.anything() },
    { requiredKeys: [] },
  ),
);

describe('any body', () => {
  it('never throws for any JSON value, any kind, any status', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), errorish, fc.array(errorish, { maxLength: 30 })),
        fc.constantFrom(...KINDS),
        fc.integer({ min: -1, max: 999 }),
        (value, kind, status) => {
          const text = JSON.stringify(value) ?? 'null';
          checkBounded(kind, text, '', status);
          checkBounded(kind, btoa(unescape(encodeURIComponent(text))), 'base64', status);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws for any bytes, framed or not', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            flag: fc.integer({ min: 0, max: 255 }),
            payload: fc.uint8Array({ maxLength: 64 }),
          }),
          { maxLength: 6 },
        ),
        fc.uint8Array({ maxLength: 16 }),
        fc.constantFrom(...KINDS),
        (frames, tail, kind) => {
          const body = base64(...frames.map((f) => frame(f.flag, f.payload)), tail);
          checkBounded(kind, body, 'base64', 200);
          checkBounded(kind, body, '', 200);
          checkBounded(kind, String.fromCharCode(...tail), '', 200);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws for any string as a whole entry, request or response', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 200 }), (body, request) => {
        const made = withBody(
          { ...GRAPHQL_POST, postData: { mimeType: 'application/json', text: request } },
          body,
        );
        const record = recordOf(made);
        expect(() => entryFailure(record, made)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('a body over the size limit is not parsed at all', () => {
    const huge = `{"errors":[{"message":"x"}]${' '.repeat(APP_BODY_MAX * 2)}}`;
    expect(bodyFailure('json', huge, '', 200)).toBeNull();
    // The same body under the limit is read: the limit, not the shape, left it out.
    expect(bodyFailure('json', '{"errors":[{"message":"x"}]}', '', 200)).not.toBeNull();
  });

  it('deeply nested or huge error lists stay bounded', () => {
    const many = JSON.stringify({
      errors: Array.from({ length: 5000 }, (_, i) => ({
        message: 'm'.repeat(i % 400),
        path: Array(30).fill('a'),
      })),
    });
    const failure = bodyFailure('json', many, '', 200);
    expect(failure?.errorCount).toBe(5000);
    expect(failure?.errors.length).toBe(ERRORS_MAX);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(() => bodyFailure('json', deep, '', 200)).not.toThrow();
  });
});
