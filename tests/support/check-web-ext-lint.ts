// Checks the JSON report of `web-ext lint --output json` against the allowlist.
// Usage: tsx tests/support/check-web-ext-lint.ts <report.json> [build dir, default .output/firefox-mv3]
// Exits 1, printing each problem, on any error and on any warning or notice that
// tests/support/web-ext-lint-allowlist.ts does not allow; prints a one-line summary.
// web-ext itself exits 1 when the report has errors: run this script after it regardless.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AllowedLintMessage, WEB_EXT_LINT_ALLOWLIST } from './web-ext-lint-allowlist';

type Severity = 'error' | 'warning' | 'notice';

/** One message of the report, as addons-linter writes it. */
export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface LintVerdict {
  problems: { severity: Severity; message: LintMessage }[];
  allowed: { message: LintMessage; entry: AllowedLintMessage }[];
  /** Allowlist entries that matched nothing: candidates for removal. */
  unused: AllowedLintMessage[];
}

/** Parses the report, failing clearly on anything that is not web-ext's JSON output. */
export function parseLintReport(text: string): LintReport {
  if (text.trim() === '') throw new Error('the report is empty: did web-ext lint run?');
  const data: unknown = JSON.parse(text);
  const record = (data ?? {}) as Record<string, unknown>;
  for (const key of ['errors', 'warnings', 'notices']) {
    if (!Array.isArray(record[key])) throw new Error(`the report has no "${key}" array`);
  }
  return data as LintReport;
}

/**
 * Sorts the report into problems and allowed messages. `readSource` returns the text of a file
 * of the build (undefined if it cannot), for entries that pin the flagged code.
 */
export function judgeLintReport(
  report: LintReport,
  allowlist: readonly AllowedLintMessage[],
  readSource: (file: string) => string | undefined,
): LintVerdict {
  const verdict: LintVerdict = { problems: [], allowed: [], unused: [] };
  const used = new Set<AllowedLintMessage>();
  for (const message of report.errors) verdict.problems.push({ severity: 'error', message });
  const others = [
    ...report.warnings.map((message) => ({ severity: 'warning' as const, message })),
    ...report.notices.map((message) => ({ severity: 'notice' as const, message })),
  ];
  for (const item of others) {
    const entry = allowlist.find((candidate) => allows(candidate, item.message, readSource));
    if (entry) {
      used.add(entry);
      verdict.allowed.push({ message: item.message, entry });
    } else {
      verdict.problems.push(item);
    }
  }
  verdict.unused = allowlist.filter((entry) => !used.has(entry));
  return verdict;
}

function allows(
  entry: AllowedLintMessage,
  message: LintMessage,
  readSource: (file: string) => string | undefined,
): boolean {
  if (entry.code !== message.code || !message.file || !entry.file.test(message.file)) return false;
  if (!entry.source) return true;
  return entry.source.test(flaggedSource(message, readSource) ?? '');
}

/** The flagged code: from a few characters before the reported position, about one statement. */
function flaggedSource(
  message: LintMessage,
  readSource: (file: string) => string | undefined,
): string | undefined {
  if (!message.file || message.line === undefined) return undefined;
  const line = readSource(message.file)?.split('\n')[message.line - 1];
  if (line === undefined) return undefined;
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 8), column + 80);
}

function describe(message: LintMessage): string {
  const where = message.file
    ? ` ${message.file}${message.line === undefined ? '' : `:${message.line}:${message.column ?? 0}`}`
    : '';
  return `${message.code}${where}: ${message.message}`;
}

function main(reportPath: string | undefined, buildDir: string): number {
  if (!reportPath) {
    console.error('usage: tsx tests/support/check-web-ext-lint.ts <report.json> [build dir]');
    return 2;
  }
  let report: LintReport;
  try {
    report = parseLintReport(readFileSync(reportPath, 'utf8'));
  } catch (error) {
    console.error(`web-ext lint: cannot read ${reportPath}: ${(error as Error).message}`);
    return 1;
  }
  const verdict = judgeLintReport(report, WEB_EXT_LINT_ALLOWLIST, (file) => {
    try {
      return readFileSync(join(buildDir, file), 'utf8');
    } catch {
      return undefined;
    }
  });
  for (const { severity, message } of verdict.problems) {
    console.error(`${severity} ${describe(message)}`);
    if (message.description) console.error(`  ${message.description}`);
  }
  for (const entry of verdict.unused) {
    console.error(`note: allowlist entry ${entry.code} ${entry.file} matched nothing; remove it?`);
  }
  const counts = `${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`;
  const outcome =
    verdict.problems.length === 0 ? 'ok' : `FAILED (${verdict.problems.length} not allowed)`;
  console.log(
    `web-ext lint: ${outcome}: ${counts}, ${verdict.allowed.length} allowed by the allowlist`,
  );
  return verdict.problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv[2], process.argv[3] ?? '.output/firefox-mv3');
}
