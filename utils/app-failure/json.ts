/**
 * GraphQL and JSON-RPC 2.0 failures, and Connect unary errors, read from a parsed JSON body.
 * Never throws: any shape that is not one of these reads as null.
 */
import { type AppError, type AppFailure, ERRORS_MAX, MESSAGE_MAX } from './types';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function text(value: unknown, max = MESSAGE_MAX): string {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}…` : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function pathOf(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return text(
    value
      .slice(0, 20)
      .filter((part) => typeof part === 'string' || typeof part === 'number')
      .join('.'),
    120,
  );
}

/** One GraphQL error: its message, path, and kind (`extensions.code`, else GitHub's `type`). */
function graphqlError(value: unknown): AppError {
  const error = isObject(value) ? value : {};
  const extensions = isObject(error.extensions) ? error.extensions : {};
  return {
    message: text(error.message),
    code: text(extensions.code, 60) || text(error.type, 60),
    path: pathOf(error.path),
  };
}

/** The errors of one GraphQL response object, or null when it reports none. */
function graphqlItem(value: unknown): { errors: unknown[]; partial: boolean } | null {
  if (!isObject(value) || !Array.isArray(value.errors) || value.errors.length === 0) return null;
  // A GraphQL response holds only data, errors and extensions: anything else is not one.
  for (const key of Object.keys(value)) {
    if (key !== 'data' && key !== 'errors' && key !== 'extensions') return null;
  }
  return { errors: value.errors, partial: 'data' in value && value.data !== null };
}

function collect(items: readonly (unknown[] | null)[]): { errors: AppError[]; count: number } {
  const errors: AppError[] = [];
  let count = 0;
  for (const list of items) {
    if (!list) continue;
    count += list.length;
    for (const item of list) {
      if (errors.length >= ERRORS_MAX) break;
      errors.push(graphqlError(item));
    }
  }
  return { errors, count };
}

/** A GraphQL response (or a batched array of them) with a non-empty `errors` array. */
export function graphqlFailure(json: unknown): AppFailure | null {
  const items = Array.isArray(json) ? json.slice(0, 1000) : [json];
  const found = items.map(graphqlItem);
  const failed = found.filter((item) => item !== null);
  if (failed.length === 0) return null;
  const { errors, count } = collect(failed.map((item) => item.errors));
  const failure: AppFailure = {
    protocol: 'graphql',
    code: errors.find((error) => error.code)?.code ?? '',
    errors,
    errorCount: count,
    partial: failed.some((item) => item.partial),
    where: 'body',
  };
  if (Array.isArray(json)) failure.batch = { failed: failed.length, total: json.length };
  return failure;
}

function jsonRpcError(value: unknown): AppError | null {
  if (!isObject(value) || value.jsonrpc !== '2.0' || !isObject(value.error)) return null;
  const code = value.error.code;
  return {
    message: text(value.error.message),
    code: typeof code === 'number' && Number.isInteger(code) ? String(code) : text(code, 30),
    path: '',
  };
}

/** A JSON-RPC 2.0 response (or a batch) with an `error` object. */
export function jsonRpcFailure(json: unknown): AppFailure | null {
  const items = Array.isArray(json) ? json.slice(0, 1000) : [json];
  const found = items.map(jsonRpcError).filter((error) => error !== null);
  if (found.length === 0) return null;
  const failure: AppFailure = {
    protocol: 'json-rpc',
    code: found[0]?.code ?? '',
    errors: found.slice(0, ERRORS_MAX),
    errorCount: found.length,
    partial: false,
    where: 'body',
  };
  if (Array.isArray(json)) failure.batch = { failed: found.length, total: json.length };
  return failure;
}

/** A Connect error object: `{ code, message, details }` (a unary error body, or the `error` of
 * an end-of-stream message). The code is a lowercase snake_case name. */
export function connectError(value: unknown, where: string): AppFailure | null {
  if (!isObject(value) || typeof value.code !== 'string') return null;
  if (!/^[a-z_]{2,40}$/.test(value.code)) return null;
  for (const key of Object.keys(value)) {
    if (key !== 'code' && key !== 'message' && key !== 'details') return null;
  }
  return {
    protocol: 'connect',
    code: value.code,
    errors: [{ message: text(value.message), code: value.code, path: '' }],
    errorCount: 1,
    partial: false,
    where,
  };
}
