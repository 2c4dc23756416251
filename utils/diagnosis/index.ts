/**
 * Diagnosis: what this response says about itself. Each rule in ./rules reads one HAR entry
 * (and, where it needs them, the entries around it) and returns findings as plain, bounded
 * text. `diagnose` runs them all; `rowTag` picks the few words for the request row.
 *
 *   const findings = diagnose(entry, { now: Date.now, entries });
 *   const tag = rowTag(findings);
 */
import type { Entry } from 'har-format';
import { allow } from './rules/allow';
import { authChallenge } from './rules/auth-challenge';
import { cors } from './rules/cors';
import { errorBody } from './rules/error-body';
import { noResponse } from './rules/no-response';
import { notModified } from './rules/not-modified';
import { protocol } from './rules/protocol';
import { range } from './rules/range';
import { rateLimit } from './rules/rate-limit';
import { redirect } from './rules/redirect';
import { requestLimits } from './rules/request-limits';
import { retryAfter } from './rules/retry-after';
import { whoAnswered } from './rules/who-answered';
import { boundLines, clip, TAG_MAX, TITLE_MAX } from './text';
import type { DiagnosisContext, Finding, Rule, RuleId, Severity } from './types';

/** Every rule, in the order their findings are listed; earlier ones win ties for the row tag. */
export const rules: readonly { id: RuleId; run: Rule }[] = [
  { id: 'cors', run: cors },
  { id: 'no-response', run: noResponse },
  { id: 'redirect', run: redirect },
  { id: 'retry-after', run: retryAfter },
  { id: 'rate-limit', run: rateLimit },
  { id: 'auth-challenge', run: authChallenge },
  { id: 'allow', run: allow },
  { id: 'who-answered', run: whoAnswered },
  { id: 'request-limits', run: requestLimits },
  { id: 'range', run: range },
  { id: 'not-modified', run: notModified },
  { id: 'error-body', run: errorBody },
  { id: 'protocol', run: protocol },
];

/** At most this many findings for one entry. */
const FINDINGS_MAX = 16;

function bound(finding: Finding): Finding {
  const out: Finding = {
    rule: finding.rule,
    severity: finding.severity,
    title: clip(finding.title, TITLE_MAX),
    details: boundLines(finding.details),
  };
  const tag = finding.tag === undefined ? '' : clip(finding.tag, TAG_MAX);
  if (tag) out.tag = tag;
  return out;
}

/** Every finding for one entry, bounded, in rule order. */
export function diagnose(entry: Entry, context: DiagnosisContext): Finding[] {
  if (!entry || typeof entry !== 'object' || !entry.request || !entry.response) return [];
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const finding of rule.run(entry, context)) {
      if (findings.length < FINDINGS_MAX) findings.push(bound(finding));
    }
  }
  return findings;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The row's tag: the tag of the most severe finding that has one; the first such on a tie. */
export function rowTag(findings: readonly Finding[]): string | undefined {
  let best: Finding | undefined;
  for (const finding of findings) {
    if (!finding.tag) continue;
    if (!best || RANK[finding.severity] > RANK[best.severity]) best = finding;
  }
  return best?.tag;
}

export { chromiumError } from './chromium';
export { type IncidentHeader, type IncidentNote, incidentNote } from './incident';
export { type RequestId, requestIds } from './request-ids';
export {
  BODY_READ_MAX,
  type BodyDecision,
  bodyReadable,
  type ErrorBody,
  errorBodyFinding,
  parseErrorBody,
} from './rules/error-body';
export { redirectChain, redirectTarget } from './rules/redirect';
export { formatClockUtc } from './time';
export type {
  BodyText,
  ChromiumEntry,
  ChromiumResponse,
  DiagnosisContext,
  Finding,
  Rule,
  RuleId,
  Severity,
} from './types';
