/**
 * An application-level failure in words: the row's tag, the label the summary groups by, and
 * the finding that leads the detail pane (and the copy formats). Codes are explained from
 * data/ (gRPC codes, GraphQL servers' codes, JSON-RPC ranges), with the HTTP status that
 * would have said the same.
 */
import { type AppErrorCode, GRAPHQL_CODES, JSON_RPC_CODES } from '../../data/app-error-codes';
import { GRPC_CODES, type GrpcCode } from '../../data/grpc-codes';
import { boundLines, clip, TAG_MAX, TITLE_MAX } from '../diagnosis/text';
import type { Finding } from '../diagnosis/types';
import { labelOf, primaryEntry } from '../lookup';
import type { AppFailure } from './types';

const PROTOCOL_NAMES: Record<AppFailure['protocol'], string> = {
  graphql: 'GraphQL',
  grpc: 'gRPC',
  connect: 'Connect',
  'json-rpc': 'JSON-RPC',
};

const codeKey = (code: string) => code.toLowerCase().replace(/-/g, '_');
const graphqlCodes = new Map(GRAPHQL_CODES.map((entry) => [codeKey(entry.code), entry]));
const grpcByNumber = new Map(GRPC_CODES.map((entry) => [String(entry.code), entry]));
const grpcByConnect = new Map(GRPC_CODES.map((entry) => [entry.connect, entry]));

export function graphqlCode(code: string): AppErrorCode | undefined {
  return graphqlCodes.get(codeKey(code));
}

/** The gRPC code a failure names: by number (gRPC) or by Connect's name. */
export function grpcCodeOf(failure: AppFailure): GrpcCode | undefined {
  if (failure.protocol === 'grpc') return grpcByNumber.get(failure.code);
  if (failure.protocol === 'connect') return grpcByConnect.get(failure.code);
  return undefined;
}

export function jsonRpcRange(code: string) {
  const number = Number(code);
  if (!/^-?\d{1,12}$/.test(code)) return undefined;
  return JSON_RPC_CODES.find((range) => number >= range.from && number <= range.to);
}

function httpLabel(status: number): string {
  const entry = primaryEntry(status);
  return entry ? labelOf(entry) : String(status);
}

/** "GraphQL UNAUTHENTICATED", "gRPC 14 UNAVAILABLE", "Connect unauthenticated",
 * "JSON-RPC -32601 Method not found", "GraphQL error": few words, for rows and summaries. */
export function appLabel(failure: AppFailure): string {
  const name = PROTOCOL_NAMES[failure.protocol];
  if (failure.protocol === 'grpc') {
    const known = grpcCodeOf(failure);
    return known ? `${name} ${known.code} ${known.name}` : `${name} status ${failure.code}`;
  }
  if (failure.protocol === 'json-rpc') {
    const range = jsonRpcRange(failure.code);
    return [name, failure.code, range?.name].filter(Boolean).join(' ');
  }
  return failure.code ? `${name} ${failure.code}` : `${name} error`;
}

const quoted = (message: string) => (message ? `“${message}”` : 'no message');

function errorLine(failure: AppFailure, index: number): string {
  const error = failure.errors[index];
  if (!error) return '';
  const parts = [quoted(error.message)];
  if (error.path) parts.push(`at ${error.path}`);
  if (error.code && failure.protocol === 'graphql') parts.push(`code ${error.code}`);
  const head = failure.errors.length > 1 ? `Error ${index + 1}: ` : 'Message: ';
  return head + parts.join(', ');
}

/** What each distinct code means, and what HTTP would have said. */
function codeLines(failure: AppFailure): string[] {
  const lines: string[] = [];
  if (failure.protocol === 'graphql') {
    const seen = new Set<string>();
    for (const error of failure.errors) {
      const known = error.code ? graphqlCode(error.code) : undefined;
      if (!known || seen.has(known.code)) continue;
      seen.add(known.code);
      lines.push(
        `${error.code} (${known.servers}): ${known.meaning} An HTTP API would have answered ${httpLabel(known.http)}.`,
      );
    }
    return lines;
  }
  if (failure.protocol === 'json-rpc') {
    const range = jsonRpcRange(failure.code);
    if (range) {
      lines.push(
        `JSON-RPC ${failure.code} (${range.name}): ${range.meaning} An HTTP API would have answered ${httpLabel(range.http)}.`,
      );
    } else {
      lines.push(
        `JSON-RPC ${failure.code || '(no code)'} is outside the ranges the specification reserves: the application defines it.`,
      );
    }
    return lines;
  }
  const known = grpcCodeOf(failure);
  if (known) {
    lines.push(`${known.name} (gRPC code ${known.code}): ${known.meaning}`);
    lines.push(`What to do: ${known.fix}`);
    lines.push(`google.rpc.Code pairs it with HTTP ${httpLabel(known.http)}.`);
  }
  return lines;
}

/** What the failure's (first known) code means, in one line; empty when no code is known. */
export function appMeaning(failure: AppFailure): string {
  if (failure.protocol === 'graphql') {
    for (const error of failure.errors) {
      const known = error.code ? graphqlCode(error.code) : undefined;
      if (known) return known.meaning;
    }
    return '';
  }
  if (failure.protocol === 'json-rpc') return jsonRpcRange(failure.code)?.meaning ?? '';
  return grpcCodeOf(failure)?.meaning ?? '';
}

/** The finding that leads the detail pane; `status` is the response's HTTP status. */
export function appFinding(failure: AppFailure, status: number): Finding {
  const name = PROTOCOL_NAMES[failure.protocol];
  const first = failure.errors[0];
  const httpFailed = status >= 400;
  const title = httpFailed
    ? `${name} error in this failed response: ${appLabel(failure).slice(name.length + 1)}${first?.message ? `, ${quoted(first.message)}` : ''}`
    : `The ${name} call failed behind HTTP ${status}: ${appLabel(failure).slice(name.length + 1)}${first?.message ? `, ${quoted(first.message)}` : ''}`;
  const details: string[] = [];
  for (let i = 0; i < failure.errors.length; i++) details.push(errorLine(failure, i));
  if (failure.errorCount > failure.errors.length) {
    details.push(`${failure.errorCount - failure.errors.length} more errors not shown.`);
  }
  details.push(...codeLines(failure));
  if (failure.batch) {
    details.push(
      `A batch: ${failure.batch.failed} of its ${failure.batch.total} responses reported errors.`,
    );
  }
  if (failure.partial) {
    details.push(
      'Partial success: data is not null, so the other fields resolved; those at the error paths are null.',
    );
  }
  if (failure.where !== 'body') details.push(`Found in the ${failure.where}.`);
  details.push(
    httpFailed
      ? 'Counted once, as this HTTP failure.'
      : 'The HTTP exchange worked, so DevTools shows it as a success; the failure is in what the server answered. Counted as an application failure.',
  );
  return {
    rule: 'app-failure',
    severity: 'error',
    tag: clip(appLabel(failure), TAG_MAX),
    title: clip(title, TITLE_MAX),
    details: boundLines(details),
  };
}
