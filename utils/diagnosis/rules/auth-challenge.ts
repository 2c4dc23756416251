/**
 * 401 and 407: the challenges of WWW-Authenticate / Proxy-Authenticate (RFC 9110 §11.6), with
 * their scheme, realm and, for Bearer (RFC 6750 §3), the OAuth error and its description.
 * Several challenges may share one header line or come on several lines. A missing header is a
 * protocol note (./protocol.ts).
 */
import { headerValues, splitList } from '../headers';
import { clip, ITEMS_MAX, quote } from '../text';
import type { Finding, Rule } from '../types';

export interface Challenge {
  /** As sent ("Bearer"); compare case-insensitively. */
  scheme: string;
  /** Parameter names lowercased; values unquoted. */
  params: Map<string, string>;
  /** The token68 form ("Negotiate YIIB…"), when the challenge has one. */
  token68?: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const TOKEN68 = /^[A-Za-z0-9._~+/-]+=*$/;

/** Splits at commas outside quoted strings, keeping empty parts out; no cap on members. */
function elements(value: string): string[] {
  return splitList(value, Number.POSITIVE_INFINITY);
}

function param(text: string): [string, string] | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const name = text.slice(0, eq).trim();
  if (!TOKEN.test(name)) return undefined;
  let value = text.slice(eq + 1).trim();
  // A token value has at least one character ("abc=" is token68 padding, not a parameter).
  if (value === '') return undefined;
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
    value = value.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return [name.toLowerCase(), value];
}

/** Every challenge of one or more header lines, in order. */
export function parseChallenges(lines: readonly string[]): Challenge[] {
  const challenges: Challenge[] = [];
  for (const line of lines) {
    for (const element of elements(line.slice(0, 8192))) {
      if (challenges.length >= ITEMS_MAX) return challenges;
      const match = /^([^\s=,]+)(?:\s+([\s\S]*))?$/.exec(element);
      const head = match?.[1] ?? '';
      const rest = match?.[2]?.trim();
      const startsChallenge =
        match !== null && TOKEN.test(head) && rest !== undefined && !rest.startsWith('=');
      const isParam = param(element) !== undefined && !startsChallenge;
      const current = challenges[challenges.length - 1];
      if (isParam && current) {
        const [name, value] = param(element) as [string, string];
        if (!current.params.has(name)) current.params.set(name, value);
        continue;
      }
      if (!match || !TOKEN.test(head)) continue;
      const challenge: Challenge = { scheme: head, params: new Map() };
      if (rest) {
        const first = param(rest);
        if (first) challenge.params.set(first[0], first[1]);
        else if (TOKEN68.test(rest)) challenge.token68 = rest;
      }
      challenges.push(challenge);
    }
  }
  return challenges;
}

/** What the OAuth errors of RFC 6750 §3.1 ask the client to do. */
const BEARER_ERRORS: Record<string, string> = {
  invalid_token:
    'The access token is expired, revoked, malformed or for another audience: refresh it or sign in again.',
  invalid_request:
    'The request is malformed: a parameter is missing or repeated, or the token was sent in more than one way.',
  insufficient_scope: 'The token is valid but lacks the scope this resource needs.',
};

function describe(challenge: Challenge): string {
  const parts = [clip(challenge.scheme, 30)];
  for (const [name, value] of [...challenge.params].slice(0, 8))
    parts.push(`${name}=${quote(value, 80)}`);
  if (challenge.token68) parts.push('(token)');
  return parts.join(' ');
}

export const authChallenge: Rule = (entry) => {
  const status = entry.response?.status;
  if (status !== 401 && status !== 407) return [];
  const header = status === 401 ? 'WWW-Authenticate' : 'Proxy-Authenticate';
  const lines = headerValues(entry.response.headers, header);
  if (lines.length === 0) return [];
  const challenges = parseChallenges(lines);
  const who = status === 401 ? 'The server' : 'The proxy';
  if (challenges.length === 0) {
    return [
      {
        rule: 'auth-challenge',
        severity: 'warning',
        title: `${header} ${quote(lines[0] ?? '', 60)} does not parse as a challenge`,
        details: [
          'A challenge starts with a scheme name: "Bearer realm=\\"api\\"", "Basic realm=\\"x\\"".',
        ],
      },
    ];
  }

  const details = challenges.map(
    (c, i) => `${challenges.length > 1 ? `Challenge ${i + 1}: ` : ''}${describe(c)}`,
  );
  if (lines.length > 1) details.push(`${lines.length} ${header} header lines.`);
  const withError = challenges.find((c) => c.params.has('error'));
  let title: string;
  let tag: string;
  if (withError) {
    const error = clip(withError.params.get('error') ?? '', 40);
    const description = withError.params.get('error_description');
    title = `${clip(withError.scheme, 30)} ${status === 401 ? 'credentials' : 'proxy credentials'} rejected: ${error}${description ? ` (${clip(description, 100)})` : ''}`;
    tag = error;
    const advice = BEARER_ERRORS[error.toLowerCase()];
    if (advice) details.push(advice);
    const scope = withError.params.get('scope');
    if (scope) details.push(`Scope needed: ${clip(scope, 120)}.`);
    const uri = withError.params.get('error_uri');
    if (uri) details.push(`More about the error: ${clip(uri, 160)}`);
  } else {
    const schemes = [...new Set(challenges.map((c) => clip(c.scheme, 20)))];
    const realm = challenges.find((c) => c.params.has('realm'))?.params.get('realm');
    title = `${who} asks for ${schemes.join(' or ')} authentication${realm ? ` (realm ${quote(realm, 60)})` : ''}`;
    tag = `needs ${schemes[0]}`;
    if (challenges.some((c) => /^basic$/i.test(c.scheme))) {
      details.push(
        'A Basic challenge on a page’s own request makes the browser show a sign-in prompt.',
      );
    }
  }
  const finding: Finding = { rule: 'auth-challenge', severity: 'warning', tag, title, details };
  return [finding];
};
