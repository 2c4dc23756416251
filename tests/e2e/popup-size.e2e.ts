// The popup's sizes that do not depend on the machine's speed (issue 13), checked on every test
// run: the reference data chunk, where the search's signatures live, has a budget of its own
// (the popup's own code keeps its 25 KB in budgets.e2e.ts); and the prerendered page holds the
// first screen only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_ROWS } from '../../entrypoints/popup/first-screen';
import { pageBytes } from '../bench/bundle-size';
import { assertBuilt, CHROME_EXTENSION_DIR } from './harness/paths';

const DATA_BUDGET_KB = 60;

describe('the popup’s data and first screen', () => {
  it(`ships at most ${DATA_BUDGET_KB} KB of reference data, signatures included, gzipped`, () => {
    assertBuilt();
    const { data } = pageBytes(CHROME_EXTENSION_DIR, 'popup.html');
    expect(data).toBeGreaterThan(0);
    expect(data / 1024).toBeLessThanOrEqual(DATA_BUDGET_KB);
  });

  it(`prerenders ${FIRST_SCREEN_ROWS} rows into popup.html`, () => {
    const html = readFileSync(join(CHROME_EXTENSION_DIR, 'popup.html'), 'utf8');
    expect(html.match(/role="option"/g)).toHaveLength(FIRST_SCREEN_ROWS);
  });
});
