/**
 * Error bodies: an RFC 9457 problem detail (type, title, status, detail, instance and extension
 * members) or the common JSON shapes: `{ "error": "…", "error_description": "…" }` (OAuth),
 * `{ "error": { "code", "message" } }` (Google and others), `{ "message": "…" }`,
 * `{ "errors": [{ "message" | "detail" | "title", … }] }` (GraphQL, JSON:API),
 * `{ "errors": { "field": ["…"] } }` (Rails, Laravel), `{ "detail": "…" | [{ "loc", "msg" }] }`
 * (Django REST framework, FastAPI).
 *
 * The body is read on demand for the selected request only. `bodyReadable` is the guard the
 * caller runs first: a JSON type, a declared size of at most 1 MB, never a base64 (binary) body.
 */
import { clip, formatBytes, ITEMS_MAX } from '../text';
import type { DiagnosisContext, Finding, Rule } from '../types';

/** Bodies larger than this are not read. */
export const BODY_READ_MAX = 1024 * 1024;

export type BodyDecision = { read: true } | { read: false; reason: string };

const JSON_TYPE = /^\s*(application|text)\/([\w.+-]*\+)?json\s*(;|$)/i;

/** Whether a response body should be read and parsed, from what the HAR declares. */
export function bodyReadable(content: {
  mimeType?: unknown;
  size?: unknown;
  encoding?: unknown;
}): BodyDecision {
  const type = typeof content.mimeType === 'string' ? content.mimeType : '';
  if (!JSON_TYPE.test(type))
    return { read: false, reason: `not JSON (${clip(type, 40) || 'no type'})` };
  if (content.encoding === 'base64') return { read: false, reason: 'a base64 (binary) body' };
  const size = typeof content.size === 'number' ? content.size : -1;
  if (size > BODY_READ_MAX)
    return { read: false, reason: `too large to read (${formatBytes(size)})` };
  return { read: true };
}

export interface ProblemDetail {
  kind: 'problem';
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Other members, as "name: value" text. */
  extensions: string[];
}

export interface ErrorShape {
  kind: 'error';
  /** The main message. */
  message?: string;
  /** A machine code ("invalid_grant", "bad_request"). */
  code?: string;
  /** Further messages (field errors), as text. */
  errors: string[];
}

export type ErrorBody = ProblemDetail | ErrorShape;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property, by exact name, else case-insensitively ("Message" from .NET and AWS). */
function member(object: Record<string, Json>, name: string): Json | undefined {
  if (Object.hasOwn(object, name)) return object[name];
  const key = Object.keys(object).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : object[key];
}

function text(value: Json | undefined, max = 300): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : clip(value, max);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A short text of any JSON value, for extension members and field errors. */
function summary(value: Json | undefined, max = 160): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return clip(value, max);
  const json = JSON.stringify(value) ?? '';
  return clip(json, max);
}

function messageOf(value: Json): string | undefined {
  if (typeof value === 'string') return clip(value, 300);
  if (!isObject(value)) return undefined;
  const msg =
    text(member(value, 'message')) ??
    text(member(value, 'msg')) ??
    text(member(value, 'detail')) ??
    text(member(value, 'title')) ??
    text(member(value, 'description')) ??
    text(member(value, 'reason'));
  if (msg === undefined) return summary(value);
  // RFC 9457 §3 names the member with `pointer`; RFC 7807's invalid-params with `name`.
  const where =
    text(member(value, 'pointer'), 60) ??
    text(member(value, 'field'), 60) ??
    text(member(value, 'name'), 60) ??
    text(member(value, 'path'), 60) ??
    (Array.isArray(member(value, 'path')) || Array.isArray(member(value, 'loc'))
      ? summary((member(value, 'path') ?? member(value, 'loc')) as Json, 60)
      : undefined) ??
    (isObject(member(value, 'source'))
      ? text(member(member(value, 'source') as Record<string, Json>, 'pointer'), 60)
      : undefined);
  return where ? `${where}: ${msg}` : msg;
}

function errorList(value: Json | undefined): string[] {
  if (Array.isArray(value)) {
    return value
      .slice(0, ITEMS_MAX)
      .map((item) => messageOf(item) ?? summary(item))
      .filter(Boolean);
  }
  if (isObject(value)) {
    // { "email": ["is invalid"], "name": ["is required"] }
    return Object.keys(value)
      .slice(0, ITEMS_MAX)
      .map((field) => {
        const messages = value[field];
        const list = Array.isArray(messages)
          ? messages.map((m) => summary(m, 100)).join('; ')
          : summary(messages, 100);
        return `${clip(field, 40)}: ${list}`;
      });
  }
  return [];
}

const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance'];

/** Reads an error body; undefined when it is not JSON or has no recognisable error shape. */
export function parseErrorBody(body: string, mimeType: string): ErrorBody | undefined {
  if (typeof body !== 'string' || body.length > BODY_READ_MAX) return undefined;
  const type = typeof mimeType === 'string' ? mimeType : '';
  let value: Json;
  try {
    value = JSON.parse(body) as Json;
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) {
    const errors = errorList(value);
    return errors.length > 0
      ? { kind: 'error', message: errors[0], errors: errors.slice(1) }
      : undefined;
  }
  if (!isObject(value)) return undefined;

  const isProblemType = /^\s*application\/problem\+json/i.test(type);
  const looksLikeProblem =
    typeof value.title === 'string' &&
    (typeof value.type === 'string' || typeof value.status === 'number');
  if (isProblemType || looksLikeProblem) {
    const status =
      typeof value.status === 'number' && Number.isInteger(value.status) ? value.status : undefined;
    const problem: ProblemDetail = {
      kind: 'problem',
      type: text(value.type, 200),
      title: text(value.title),
      status,
      detail: text(value.detail, 500),
      instance: text(value.instance, 200),
      extensions: [],
    };
    for (const key of Object.keys(value).slice(0, 40)) {
      if (PROBLEM_MEMBERS.includes(key) || problem.extensions.length >= ITEMS_MAX) continue;
      const field = value[key];
      if (key === 'errors' || key === 'invalid-params' || key === 'invalid_params') {
        for (const line of errorList(field)) problem.extensions.push(`${key}: ${line}`);
      } else {
        problem.extensions.push(`${clip(key, 40)}: ${summary(field)}`);
      }
    }
    if (problem.title || problem.detail || problem.type) return problem;
  }

  const error = member(value, 'error');
  const shape: ErrorShape = { kind: 'error', errors: [] };
  if (typeof error === 'string') {
    // OAuth (RFC 6749 §5.2) and many APIs: { error, error_description } or { error, message }.
    shape.code = clip(error, 80);
    shape.message = text(member(value, 'error_description')) ?? text(member(value, 'message'));
  } else if (isObject(error)) {
    shape.code =
      text(member(error, 'code'), 80) ??
      text(member(error, 'type'), 80) ??
      text(member(error, 'status'), 80);
    shape.message = text(member(error, 'message')) ?? text(member(error, 'description'));
    shape.errors = errorList(member(error, 'errors') ?? member(error, 'details'));
  }
  shape.message ??= text(member(value, 'message')) ?? text(member(value, 'error_message'));
  shape.code ??= text(member(value, 'code'), 80) ?? text(member(value, '__type'), 80);
  const detail = member(value, 'detail');
  if (shape.message === undefined && typeof detail === 'string') shape.message = clip(detail, 300);
  if (Array.isArray(detail)) shape.errors.push(...errorList(detail));
  if (shape.errors.length === 0) shape.errors = errorList(member(value, 'errors'));
  if (shape.message === undefined && shape.errors.length > 0) shape.message = shape.errors.shift();
  if (shape.message === undefined && shape.code === undefined) return undefined;
  return shape;
}

/** The last path segment of a problem type URI ("…/probs/out-of-credit" → "out-of-credit"). */
function problemSlug(type: string | undefined): string | undefined {
  if (!type || type === 'about:blank') return undefined;
  const segment = type.split(/[?#]/)[0]?.split('/').filter(Boolean).pop();
  return segment && segment.length <= 40 && !segment.includes(':') ? segment : undefined;
}

/** The finding for a parsed error body. */
export function errorBodyFinding(body: ErrorBody): Finding {
  if (body.kind === 'problem') {
    const details: string[] = [];
    if (body.type) details.push(`type: ${body.type}`);
    if (body.title) details.push(`title: ${body.title}`);
    if (body.status !== undefined) details.push(`status: ${body.status}`);
    if (body.detail) details.push(`detail: ${body.detail}`);
    if (body.instance) details.push(`instance: ${body.instance}`);
    details.push(...body.extensions);
    const headline = body.title ?? body.detail ?? body.type ?? 'problem';
    return {
      rule: 'error-body',
      severity: 'warning',
      tag: clip(problemSlug(body.type) ?? headline, 28),
      title: `Problem detail: ${clip(headline, 160)}${body.title && body.detail ? ` (${clip(body.detail, 120)})` : ''}`,
      details,
    };
  }
  const headline = body.message ?? body.code ?? 'error';
  const details: string[] = [];
  if (body.code) details.push(`code: ${body.code}`);
  if (body.message) details.push(`message: ${body.message}`);
  details.push(...body.errors);
  return {
    rule: 'error-body',
    severity: 'warning',
    tag: clip(body.code ?? headline, 28),
    title: `The server says: ${clip(headline, 180)}${body.code && body.message ? ` (${clip(body.code, 40)})` : ''}`,
    details,
  };
}

/** The body to read: the context's (read on demand), else the HAR's content text. */
function bodyOf(entry: Parameters<Rule>[0], context: DiagnosisContext) {
  const content = entry.response?.content;
  if (context.body) {
    return {
      text: context.body.text,
      mimeType: context.body.mimeType ?? content?.mimeType,
      encoding: context.body.encoding,
      size: context.body.text.length,
    };
  }
  if (typeof content?.text !== 'string') return undefined;
  return {
    text: content.text,
    mimeType: content.mimeType,
    encoding: content.encoding,
    size: content.size,
  };
}

export const errorBody: Rule = (entry, context) => {
  if (!(entry.response?.status >= 400)) return [];
  const body = bodyOf(entry, context);
  if (!body || !bodyReadable(body).read || body.text.length > BODY_READ_MAX) return [];
  const parsed = parseErrorBody(body.text, String(body.mimeType ?? ''));
  return parsed ? [errorBodyFinding(parsed)] : [];
};
