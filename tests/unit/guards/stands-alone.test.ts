import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOutsideReferences } from '../../support/outside-paths';

/**
 * The project stands alone: a fresh clone with nothing beside it passes `npm test`. No tracked
 * file outside `.ci/` (which runs on our CI machines, where the team folder may sit beside the
 * clone) may name a path outside the repository or on one person's machine.
 */
const ROOT = join(__dirname, '../../..');
const hasGit = existsSync(join(ROOT, '.git'));

/** Files that must name such paths: the guard's own examples of what it reports. */
const EXCEPTIONS = new Set(['tests/unit/guards/stands-alone.test.ts']);

function trackedTextFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\0')
    .filter(Boolean)
    .filter((file) => !file.startsWith('.ci/') && !EXCEPTIONS.has(file))
    .filter((file) => file !== 'package-lock.json')
    .filter((file) => !/\.(png|jpe?g|gif|ico|webp|pdf|woff2?|zip|gz)$/i.test(file));
}

describe('findOutsideReferences', () => {
  it('reports a relative path that climbs out of the repository', () => {
    const found = findOutsideReferences('tests/unit/x.test.ts', "read('../../../../shared/a.tsv')");
    expect(found.map((f) => f.why)).toEqual(['climbs out of the repository']);
    // Built from parts, so that this file itself does not name the team folder.
    const teamFolder = ['..', 'shared', 'har-corpus'].join('/');
    expect(findOutsideReferences('README.md', `see ${teamFolder}`)).toHaveLength(1);
  });

  it('accepts relative paths that stay inside, such as components/shared', () => {
    expect(
      findOutsideReferences('components/panel/PanelView.tsx', "from '../shared/LiveMessage'"),
    ).toEqual([]);
    expect(findOutsideReferences('tests/e2e/harness/a.ts', "'../../../wxt.config'")).toEqual([]);
  });

  it('reports user, workspace and temporary folders', () => {
    for (const text of [
      `// See /${'work'}/shared/notes/testing.md`,
      'cd /home/alice/project',
      'open /Users/bob/Downloads/x.har',
      'cp /root/.cache/x .',
      'written to /tmp/status-lens-1234/out',
      'C:\\Users\\carol\\x.har',
      'put it in ~/projects/lens',
    ]) {
      expect(findOutsideReferences('docs/x.md', text), text).toHaveLength(1);
    }
  });

  it('accepts the browsers’ system locations and URL paths', () => {
    for (const text of [
      "process.env.CHROME_PATH ?? '/usr/bin/chromium'",
      '/usr/lib/chromium/chromium',
      "FIREFOX_PATH ?? '/usr/bin/firefox-esr'",
      "const url = 'https://example.com/home/index.html'",
      "let path = stem === '/' ? '/home' : stem;",
    ]) {
      expect(findOutsideReferences('tests/x.ts', text), text).toEqual([]);
    }
  });
});

describe.skipIf(!hasGit)('no tracked file leans on a path outside the repository', () => {
  it('scans the tracked files', () => {
    expect(trackedTextFiles().length).toBeGreaterThan(100);
  });

  it('finds no reference outside the repository', () => {
    const found = trackedTextFiles().flatMap((file) =>
      findOutsideReferences(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(found.map((f) => `${f.file}:${f.line} ${f.text} (${f.why})`)).toEqual([]);
  });
});
