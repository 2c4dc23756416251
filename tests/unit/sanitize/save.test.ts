/**
 * "Save HAR without secrets" (issue 16, part 2): the file saved is what the preview counted, it
 * validates against the published HAR schema, reopens with the same rows and statuses, and
 * holds none of the secrets planted in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entry } from 'har-format';
import { describe, expect, it } from 'vitest';
import { parseHar } from '../../../utils/har/parse';
import { SECRET_PLACES, sanitizeHar } from '../../../utils/sanitize/har';
import { baseNameOfLog, planSave, sanitizedFileName } from '../../../utils/sanitize/save';
import { KEPT, PLANTED, plantedHar } from '../../fixtures/sanitize/planted';
import { harSchemaErrors } from './har-schema';
import { plant } from './plant';
import { SECRET_SHAPES } from './secret-corpus';

const fixture = (path: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8'),
  );

const CHROMIUM_FILES = [
  'panel/demo-load.har',
  ...readdirSync(fileURLToPath(new URL('../../fixtures/diagnosis/', import.meta.url)))
    .filter((name) => name.endsWith('.har'))
    .map((name) => `diagnosis/${name}`),
];

/** Markers in the saved text: as written, and percent-encoded in request.url. */
const markers = (text: string) =>
  text.split('[redacted: ').length - 1 + text.split('%5Bredacted:%20').length - 1;
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Every way a secret could be written in the saved JSON. */
function forms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret).toString('base64'),
  ];
}

function statuses(text: string): number[] {
  const result = parseHar(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((record) => record.status);
}

describe('the saved file of a HAR with planted secrets', () => {
  for (const dropBodies of [false, true]) {
    describe(dropBodies ? 'without response bodies' : 'with response bodies', () => {
      const plan = planSave(plantedHar(), dropBodies);

      it('holds none of the planted secrets, in any encoding', () => {
        for (const [name, secret] of Object.entries(PLANTED)) {
          for (const form of forms(secret)) {
            expect(plan.text.includes(form), `${name} as ${form}`).toBe(false);
          }
        }
      });

      it('has as many markers as the preview counts, by kind', () => {
        expect(markers(plan.text)).toBe(total(plan.report.counts));
        expect(plan.report.counts.cookies).toBeGreaterThanOrEqual(3);
        expect(plan.report.counts['authorization headers']).toBe(1);
        expect(plan.report.counts['query values']).toBe(2);
        expect(plan.report.counts['body fields']).toBeGreaterThanOrEqual(dropBodies ? 1 : 3);
      });

      it('keeps the ids a bug report needs, and every status', () => {
        expect(plan.text).toContain(KEPT.requestId);
        expect(plan.text).toContain(KEPT.traceparent);
        expect(statuses(plan.text)).toEqual(statuses(JSON.stringify(plantedHar())));
        expect(plan.entries).toBe(31);
      });

      it('validates against the published HAR schema', () => {
        expect(harSchemaErrors(JSON.parse(plan.text))).toEqual([]);
      });

      it('is saved the same when saved again (nothing left to remove)', () => {
        const again = planSave(JSON.parse(plan.text), dropBodies);
        expect(again.text).toBe(plan.text);
        expect(total(again.report.counts)).toBe(0);
      });
    });
  }

  it('leaves every response body out when asked, and says how many', () => {
    const withBodies = planSave(plantedHar(), false);
    const without = planSave(plantedHar(), true);
    const texts = (text: string) =>
      (JSON.parse(text).log.entries as { response: { content: { text?: string } } }[]).filter(
        (entry) => entry.response.content.text !== undefined,
      ).length;
    expect(texts(withBodies.text)).toBe(2);
    expect(texts(without.text)).toBe(0);
    expect(without.report.bodiesDropped).toBe(2);
    expect(without.text).not.toContain('"encoding"');
    // Sizes stay: only the text goes.
    expect(without.text).toContain('"size"');
  });

  it('shows a few examples, redacted', () => {
    const { report } = planSave(plantedHar(), false);
    expect(report.examples.length).toBeGreaterThan(0);
    expect(report.examples.length).toBeLessThanOrEqual(6);
    for (const example of report.examples) expect(example).toContain('[redacted: ');
    expect(report.examples.join('\n')).not.toContain(PLANTED.bearer);
  });
});

describe('real Chromium exports, sanitized', () => {
  for (const path of CHROMIUM_FILES) {
    it(`${path}: validates, reopens with the same rows and statuses, counts every marker`, () => {
      const raw = fixture(path);
      const plan = planSave(raw, false);
      expect(harSchemaErrors(JSON.parse(plan.text))).toEqual([]);
      expect(statuses(plan.text)).toEqual(statuses(JSON.stringify(raw)));
      expect(markers(plan.text)).toBe(total(plan.report.counts));
    });
  }

  it('needs the one documented change: Chromium writes an empty serverIPAddress', () => {
    const raw = fixture('panel/demo-load.har');
    expect(harSchemaErrors(raw).some((line) => line.includes('serverIPAddress'))).toBe(true);
    const saved = JSON.parse(planSave(raw, false).text);
    const empty = (har: { log: { entries: { serverIPAddress?: string }[] } }) =>
      har.log.entries.filter((entry) => entry.serverIPAddress === '').length;
    expect(empty(raw)).toBe(3);
    expect(empty(saved)).toBe(0);
    expect(saved.log.entries[0].serverIPAddress).toBe('127.0.0.1');
  });

  it('keeps timings, sizes and header names as they were', () => {
    const raw = fixture('panel/demo-load.har');
    const saved = JSON.parse(planSave(raw, false).text);
    raw.log.entries.forEach((entry: Entry, index: number) => {
      const out = saved.log.entries[index];
      expect(out.timings).toEqual(entry.timings);
      expect(out.time).toBe(entry.time);
      expect(out.response.bodySize).toBe(entry.response.bodySize);
      expect(out.response.content.size).toBe(entry.response.content.size);
      const names = (list: { name: string }[]) => list.map((h) => h.name);
      expect(names(out.request.headers)).toEqual(names(entry.request.headers));
      expect(names(out.response.headers)).toEqual(names(entry.response.headers));
    });
  });
});

describe('the counts match the markers for every secret of the corpus, in every place', () => {
  const kinds = ['text', 'header:Authorization', 'cookie:sid', 'query:token', 'form:password'];
  for (const shape of SECRET_SHAPES) {
    it(shape.id, () => {
      // A passphrase of several words is not planted in free text (see leaks.test.ts).
      const places = kinds.filter((kind) => kind !== 'text' || !/\s/.test(shape.value));
      for (const carrier of new Set([...shape.carriers, ...places, 'json:token'])) {
        for (const encoding of ['', 'base64']) {
          const entry = plant(shape, carrier);
          if (encoding && typeof entry.response.content.text === 'string') {
            entry.response.content.text = Buffer.from(entry.response.content.text).toString(
              'base64',
            );
            entry.response.content.encoding = 'base64';
          }
          const { har, report } = sanitizeHar({ log: { entries: [entry] } });
          const text = JSON.stringify(har);
          expect(markers(text), `${carrier} ${encoding}`).toBe(total(report.counts));
          expect(text.includes(shape.value), `${carrier} ${encoding}`).toBe(false);
        }
      }
    });
  }
});

describe('the file name', () => {
  it('says the file is sanitized, and is safe in any file system', () => {
    expect(sanitizedFileName('demo-load.har')).toBe('demo-load-sanitized.har');
    expect(sanitizedFileName('capture.JSON')).toBe('capture-sanitized.har');
    expect(sanitizedFileName('a b/c:d?.har')).toBe('a-b-c-d-sanitized.har');
    expect(sanitizedFileName('')).toBe('requests-sanitized.har');
    expect(sanitizedFileName('../..')).toBe('requests-sanitized.har');
  });

  it('in the panel, is the host of the first request', () => {
    expect(baseNameOfLog(fixture('panel/demo-load.har'))).toBe('127.0.0.1');
    expect(baseNameOfLog({ log: { entries: [] } })).toBe('requests');
    expect(baseNameOfLog(null)).toBe('requests');
  });
});

it('the preview lists every kind the report counts', () => {
  expect(Object.keys(planSave(plantedHar(), false).report.counts).sort()).toEqual(
    [...SECRET_PLACES].sort(),
  );
});
