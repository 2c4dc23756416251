// @vitest-environment happy-dom
// "Save HAR without secrets" on the HAR page and in the panel: the preview says what the saved
// file had removed, the option recomputes it, Save hands the download adapter that very text;
// the panel saves from a fresh export (bodies read a few at a time, up to a budget), never from
// its records; the adapter clicks an <a download> and revokes its blob URL only later.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Entry } from 'har-format';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type DevtoolsRequest,
  EXPORT_CONCURRENCY,
  exportHar,
} from '../../../entrypoints/devtools-panel/network-source';
import { App } from '../../../entrypoints/har/App';
import { createDownloader, REVOKE_AFTER_MS } from '../../../utils/download';
import { planSave } from '../../../utils/sanitize/save';
import { PLANTED, plantedHar } from '../../fixtures/sanitize/planted';
import { entry } from './builders';
import { giveListAViewport, renderPanel } from './panel-harness';

afterEach(() => vi.useRealTimers());

function renderHarPage() {
  giveListAViewport();
  const saved: { text: string; fileName: string }[] = [];
  const view = render(
    <App
      clipboard={{ write: async () => true }}
      downloader={{ save: (text, fileName) => saved.push({ text, fileName }) }}
    />,
  );
  const input = view.container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const open = (text: string, name: string) =>
    fireEvent.change(input, { target: { files: [new File([text], name)] } });
  return { ...view, open, saved };
}

const count = (dialog: HTMLElement, place: string) =>
  Number(dialog.querySelector(`[data-place="${place}"] strong`)?.textContent);

describe('Save HAR without secrets, on the HAR page', () => {
  it('is offered only once a file is open', async () => {
    const page = renderHarPage();
    expect(screen.queryByRole('button', { name: 'Save HAR without secrets' })).toBeNull();
    page.open(JSON.stringify(plantedHar()), 'planted.har');
    await screen.findByRole('button', { name: 'Save HAR without secrets' });
  });

  it('previews what will be removed, then saves exactly that, from the file as opened', async () => {
    const page = renderHarPage();
    const har = plantedHar();
    page.open(JSON.stringify(har), 'planted.har');
    fireEvent.click(await screen.findByRole('button', { name: 'Save HAR without secrets' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save HAR without secrets' });
    await within(dialog).findByText(/31 requests will be saved as “planted-sanitized.har”/);
    const expected = planSave(har, false);
    for (const [place, n] of Object.entries(expected.report.counts)) {
      expect(count(dialog, place), place).toBe(n);
    }
    expect(count(dialog, 'authorization headers')).toBe(1);
    expect(dialog.textContent).toContain('[redacted: ');
    expect(dialog.textContent).not.toContain(PLANTED.bearer);
    expect(dialog.textContent).toMatch(/Not removed:.*X-Request-Id and traceparent/);
    expect(dialog.textContent).toContain('Look at the file before you share it.');

    // Leaving the bodies out recomputes the preview.
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Leave out response bodies' }));
    await within(dialog).findByText('2 response bodies left out.');
    const without = planSave(har, true);
    expect(count(dialog, 'body fields')).toBe(without.report.counts['body fields']);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(page.saved).toEqual([{ text: without.text, fileName: 'planted-sanitized.har' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Save HAR without secrets');
  });

  it('closes without saving on Cancel and on Escape', async () => {
    const page = renderHarPage();
    page.open(JSON.stringify(plantedHar()), 'planted.har');
    const button = await screen.findByRole('button', { name: 'Save HAR without secrets' });
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(button);
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(page.saved).toEqual([]);
  });
});

describe('Save HAR without secrets, in the panel', () => {
  it('saves from a fresh export of DevTools, not from its records', async () => {
    const har = plantedHar();
    const panel = renderPanel({ history: har.log.entries });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    // DevTools now lists one more request than the panel's records hold.
    const listed = [...har.log.entries, entry({ status: 418 })];
    panel.fake.list(listed);
    fireEvent.click(screen.getByRole('button', { name: 'Save HAR without secrets' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/32 requests will be saved as “127.0.0.1-sanitized.har”/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const [download] = panel.downloads;
    expect(download?.fileName).toBe('127.0.0.1-sanitized.har');
    expect(download?.text).not.toContain(PLANTED.session);
    expect(JSON.parse(download?.text ?? '').log.entries).toHaveLength(32);
  });
});

describe('the panel’s export (exportHar)', () => {
  type Fake = Record<string, unknown> & DevtoolsRequest;
  function devtoolsEntries(bodies: string[]) {
    let running = 0;
    let most = 0;
    const entries = bodies.map((body, index): Fake => {
      const e = entry({ status: 200 + index }) as unknown as Fake;
      e.getContent = () => {
        running += 1;
        most = Math.max(most, running);
        return new Promise((resolve) =>
          setTimeout(() => {
            running -= 1;
            resolve({ content: body, encoding: index === 0 ? 'base64' : '' });
          }, 1),
        );
      };
      return e;
    });
    return { entries, most: () => most };
  }

  it('hands over plain JSON (no getContent), with the bodies when asked', async () => {
    const { entries, most } = devtoolsEntries(Array.from({ length: 20 }, (_, i) => `body ${i}`));
    const getHAR = () =>
      Promise.resolve({
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        entries,
      });
    const without = await exportHar({ getHAR }, false);
    const log = (without.har as { log: { entries: Entry[] } }).log;
    expect(log.entries).toHaveLength(20);
    expect(
      log.entries.every((e) => !('getContent' in e) && e.response.content.text === undefined),
    ).toBe(true);
    const withBodies = await exportHar({ getHAR }, true);
    const full = (withBodies.har as { log: { entries: Entry[] } }).log.entries;
    expect(full.map((e) => e.response.content.text)).toEqual(entries.map((_, i) => `body ${i}`));
    expect(full[0]?.response.content.encoding).toBe('base64');
    expect(full[1]?.response.content.encoding).toBeUndefined();
    expect(most()).toBeLessThanOrEqual(EXPORT_CONCURRENCY);
    expect(most()).toBeGreaterThan(1);
    expect(JSON.parse(JSON.stringify(withBodies.har))).toEqual(withBodies.har);
  });

  it('leaves the bodies over its budget out, and says how many', async () => {
    const { entries } = devtoolsEntries(['a'.repeat(60), 'b'.repeat(60), 'c'.repeat(30)]);
    const getHAR = (callback?: (log: unknown) => void) => {
      callback?.({ entries });
      return undefined;
    };
    const result = await exportHar({ getHAR }, true, 100);
    const list = (result.har as { log: { version: string; entries: Entry[] } }).log;
    expect(list.version).toBe('1.2');
    const kept = list.entries.filter((e) => e.response.content.text !== undefined);
    expect(kept.length).toBe(2);
    expect(result.bodiesLeftOut).toBe(1);
  });
});

describe('the download adapter', () => {
  it('clicks an <a download> for a blob URL and revokes it only a minute later', () => {
    vi.useFakeTimers();
    const win = document.defaultView as Window & typeof globalThis;
    const create = vi.spyOn(win.URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoke = vi.spyOn(win.URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: { href: string; download: string }[] = [];
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      clicks.push({ href: link.getAttribute('href') ?? '', download: link.download });
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    createDownloader(document).save('{"log":{}}', 'x-sanitized.har');
    document.removeEventListener('click', onClick);
    expect(clicks).toEqual([{ href: 'blob:test/1', download: 'x-sanitized.har' }]);
    const blob = create.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/json');
    expect(document.querySelector('a[download]')).toBeNull();
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
    create.mockRestore();
    revoke.mockRestore();
  });
});
