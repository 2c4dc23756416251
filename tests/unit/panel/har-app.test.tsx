// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/har/App';
import { HAR_MAX_BYTES } from '../../../utils/har/parse';
import { createDiagnose } from '../../../utils/requests/diagnose-record';
import type { Diagnose } from '../../../utils/requests/diagnosis-slot';
import { entry, fixtureText } from './builders';
import { giveListAViewport } from './panel-harness';

function renderPage(diagnose?: Diagnose) {
  giveListAViewport();
  const copied: string[] = [];
  const saved: { text: string; fileName: string }[] = [];
  const view = render(
    <App
      clipboard={{ write: async (text) => Boolean(copied.push(text)) }}
      downloader={{ save: (text, fileName) => saved.push({ text, fileName }) }}
      diagnoseFor={diagnose ? () => diagnose : undefined}
    />,
  );
  const input = view.container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const open = (file: File) => fireEvent.change(input, { target: { files: [file] } });
  const rows = () => [...view.container.querySelectorAll('[role="option"]')];
  return { ...view, open, rows, copied, saved };
}

const file = (text: string, name = 'session.har') =>
  new File([text], name, { type: 'application/json' });

describe('the HAR page', () => {
  it('invites to open a file, stating the limit', () => {
    renderPage();
    expect(screen.getByRole('heading', { name: 'Open a HAR file' })).toBeTruthy();
    expect(screen.getByText(/up to 50 MB/)).toBeTruthy();
  });

  it('shows the last file chosen, even when an earlier one finishes reading later', async () => {
    const page = renderPage();
    let finishSlow: (text: string) => void = () => {};
    const slow = file('', 'slow.har');
    Object.defineProperty(slow, 'size', { value: 10 });
    slow.text = () => new Promise<string>((resolve) => (finishSlow = resolve));
    const fast = file(
      JSON.stringify({ log: { entries: [entry({ url: 'https://a.example/fast' })] } }),
      'fast.har',
    );
    page.open(slow);
    page.open(fast);
    await waitFor(() => expect(page.rows()).toHaveLength(1));
    finishSlow(JSON.stringify({ log: { entries: [entry({}), entry({}), entry({})] } }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.rows()).toHaveLength(1);
    expect(screen.getByText(/^1 request from “fast\.har”/)).toBeTruthy();
  });

  it('opens a file at its first request', async () => {
    const page = renderPage();
    const entries = Array.from({ length: 300 }, (_, i) => entry({ url: `https://a.example/${i}` }));
    page.open(file(JSON.stringify({ log: { entries } })));
    await waitFor(() => expect(page.rows().length).toBeGreaterThan(0));
    const list = page.container.querySelector('[role="listbox"]') as HTMLElement;
    expect(list.scrollTop).toBe(0);
    expect(page.rows()[0]?.getAttribute('aria-posinset')).toBe('1');
  });

  it('shows a HAR exported by real Chromium with the same list, filters and detail', async () => {
    const page = renderPage();
    page.open(file(fixtureText('demo-load.har')));
    await waitFor(() => expect(page.rows()).toHaveLength(31));
    expect(
      screen.getByText(/^31 requests from “session\.har”, recorded by WebInspector 537\.36\.$/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Failed only/ }));
    await waitFor(() => expect(page.rows()).toHaveLength(16));
    const notFound = page.rows().find((r) => r.textContent?.includes('/api/users/9999'));
    fireEvent.click(notFound as Element);
    expect(await screen.findByRole('region', { name: /^404 Not Found/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Copy request line/ }));
    await waitFor(() =>
      expect(page.copied).toEqual(['GET /api/users/9999?run=load → 404 Not Found']),
    );
  });

  it('shows the diagnosis: row tags, findings, and error bodies from the HAR’s content', async () => {
    const page = renderPage(createDiagnose({ now: () => Date.parse('2026-11-27T12:00:00Z') }));
    const problem = entry({ url: 'https://shop.example/basket/out-of-stock', status: 422 });
    problem.response.content = {
      size: 60,
      mimeType: 'application/problem+json',
      text: '{"title":"Out of stock","status":422,"detail":"Only 2 left."}',
    };
    const har = JSON.parse(fixtureText('demo-load.har'));
    har.log.entries.push(problem);
    page.open(file(JSON.stringify(har)));
    await waitFor(() => expect(page.rows()).toHaveLength(32));
    const limited = page.rows().find((r) => r.textContent?.includes('/api/search'));
    expect(limited?.querySelector('.tag')?.textContent).toBe('retry in 30 s');
    fireEvent.click(limited as Element);
    const findings = await screen.findByRole('region', { name: 'Findings' });
    expect(findings.textContent).toMatch(/Retry in 30 s \(at \d\d:\d\d:\d\d UTC\)/);
    fireEvent.click(
      page.rows().find((r) => r.textContent?.includes('/basket/out-of-stock')) as Element,
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Findings' }).textContent).toContain(
        'Problem detail: Out of stock (Only 2 left.)',
      ),
    );
  });

  it('says clearly when the file is not JSON', async () => {
    const page = renderPage();
    page.open(file('this is not json', 'notes.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^"notes\.txt" is not a HAR file: it is not valid JSON/);
    expect(page.rows()).toHaveLength(0);
  });

  it('says clearly when the JSON is not a HAR', async () => {
    const page = renderPage();
    page.open(file('{"log": {"pages": []}}'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '"session.har" is JSON but not a HAR file: its "log" has no "entries" list.',
    );
  });

  it('refuses a file over the limit without reading it', async () => {
    const page = renderPage();
    const big = file('{}', 'huge.har');
    Object.defineProperty(big, 'size', { value: HAR_MAX_BYTES + 1024 * 1024 });
    big.text = () => Promise.reject(new Error('must not be read'));
    page.open(big);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'this page opens HAR files up to 50 MB',
    );
  });

  it('shows the good entries of a partly broken HAR and says how many were skipped', async () => {
    const page = renderPage();
    const text = JSON.stringify({ log: { entries: [entry({ status: 404 }), { request: {} }, 7] } });
    page.open(file(text));
    await waitFor(() => expect(page.rows()).toHaveLength(1));
    expect(
      screen.getByText(
        /1 request from “session\.har”, 2 broken entries skipped \(no request URL; not an object\)/,
      ),
    ).toBeTruthy();
  });

  it('opens a dropped file', async () => {
    const page = renderPage();
    const zone = page.container.querySelector('.dropzone') as Element;
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: [file(fixtureText('demo-load.har'))] },
    });
    zone.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    await waitFor(() => expect(page.rows()).toHaveLength(31));
  });

  it('reads a body from the file on demand', async () => {
    const page = renderPage();
    const withBody = entry({ status: 422 });
    withBody.response.content = {
      size: 20,
      mimeType: 'application/problem+json',
      text: '{"title":"Invalid"}',
    };
    page.open(file(JSON.stringify({ log: { entries: [withBody] } })));
    await waitFor(() => expect(page.rows()).toHaveLength(1));
    fireEvent.click(page.rows()[0] as Element);
    fireEvent.click(await screen.findByRole('button', { name: 'Show the response body' }));
    expect(await screen.findByText('{"title":"Invalid"}')).toBeTruthy();
  });
});
