import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../utils/diagnosis';
import { parseHar } from '../../../utils/har/parse';
import { toHarEntry } from '../../../utils/har/to-entry';
import { failureOf } from '../../../utils/requests/failure';
import { summarize, summaryText } from '../../../utils/requests/summary';

/** Real exports recorded here (tests/fixtures/exporters/README.md). */
const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../fixtures/exporters', name), 'utf8');

describe('a real Playwright recordHar export', () => {
  const parsed = parseHar(fixture('playwright-recordhar.har'));
  if (!parsed.ok) throw new Error(parsed.message);

  it('is read as Playwright’s, every entry listed', () => {
    expect(parsed.exporter).toMatchObject({ id: 'playwright', tool: 'Playwright' });
    expect(parsed.records).toHaveLength(5);
  });

  it('keeps its -1 and reads the reason from response._failureText', () => {
    const refused = parsed.records.find((r) => r.url.includes(':8091/'));
    expect(refused).toMatchObject({
      status: -1,
      error: 'net::ERR_CONNECTION_REFUSED',
      errorField: 'response._failureText',
    });
    if (!refused) return;
    expect(failureOf(refused)).toBe('no-response');
    const [finding] = diagnose(toHarEntry(refused), { now: () => 0, exporter: parsed.exporter });
    expect(finding?.tag).toBe('refused');
    expect(finding?.details[0]).toBe(
      'Chromium’s reason: net::ERR_CONNECTION_REFUSED (response._failureText, recorded by Playwright 1.65.1)',
    );
  });

  it('counts the 404, the 503 and the refused request as failed', () => {
    expect(summaryText(summarize(parsed.records))).toBe(
      '5 requests, 3 failed: 1× GET /api/health → No response (status -1), 1× GET /api/users/:id → 404 Not Found, 1× GET /api/status/maintenance → 503 Service Unavailable',
    );
  });
});
