/**
 * Checks of the diagnosis folder itself: one rule per file, every rule registered with
 * `diagnose` under its own id, every rule tested, every fixture used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rules } from '../../../utils/diagnosis';

const root = new URL('../../../', import.meta.url);
const list = (path: string) => readdirSync(new URL(path, root));
const ruleFiles = list('utils/diagnosis/rules/').filter((f) => f.endsWith('.ts'));
const testFiles = new Set(list('tests/unit/diagnosis/'));

describe('the diagnosis folder', () => {
  it('registers one rule per rule file, under the file’s name', () => {
    expect(rules.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
  });

  it.each(ruleFiles)('%s has a test file', (file) => {
    expect(testFiles.has(file.replace(/\.ts$/, '.test.ts'))).toBe(true);
  });

  it.each(ruleFiles)('%s starts with a comment saying what it detects', (file) => {
    const text = readFileSync(new URL(`utils/diagnosis/rules/${file}`, root), 'utf8');
    expect(text.startsWith('/**')).toBe(true);
  });

  it.each(ruleFiles)('%s never builds HTML or reads the wall clock', (file) => {
    const text = readFileSync(new URL(`utils/diagnosis/rules/${file}`, root), 'utf8');
    expect(text).not.toMatch(
      /innerHTML|dangerouslySetInnerHTML|Date\.now\(|new Date\(\)|performance\.now/,
    );
  });

  it.each(list('tests/fixtures/diagnosis/').filter((f) => f.endsWith('.har')))(
    'fixture %s is used by a test',
    (fixture) => {
      const name = fixture.replace(/\.har$/, '');
      const used = [...testFiles].some((file) =>
        readFileSync(new URL(`tests/unit/diagnosis/${file}`, root), 'utf8').includes(
          `fixture('${name}')`,
        ),
      );
      expect(used).toBe(true);
    },
  );
});
