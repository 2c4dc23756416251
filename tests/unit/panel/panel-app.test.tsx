// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { labelOf, primaryEntry } from '../../../utils/lookup';
import { createDiagnose } from '../../../utils/requests/diagnose-record';
import type { Diagnose } from '../../../utils/requests/diagnosis-slot';
import { entry, fixture } from './builders';
import { renderPanel } from './panel-harness';

const history = fixture('demo-load.har').log.entries;
/** The real diagnosis, on a fixed clock. */
const diagnoser = () => createDiagnose({ now: () => Date.parse('2026-11-27T12:00:00Z') });
const session = fixture('demo-session.live.har');
const rowFor = (rows: HTMLElement[], path: string) => {
  const row = rows.find((r) => r.querySelector('.path')?.textContent?.startsWith(path));
  if (!row) throw new Error(`no row for ${path}`);
  return row;
};

describe('the DevTools panel with a fake source playing back Chromium recordings', () => {
  it('lists the requests made before it opened, then those after', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    act(() => panel.fake.request(entry({ url: 'https://a.example/after', status: 503 })));
    await waitFor(() => expect(panel.rows()).toHaveLength(32));
    expect(panel.rows().at(-1)?.textContent).toContain('/after');
  });

  it('shows a row per request: method, path first, host muted, label, meaning, time', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const row = rowFor(panel.rows(), '/api/users/9999');
    expect(row.querySelector('.badge')?.textContent).toBe('404');
    expect(row.querySelector('.badge')?.className).toContain('tone-4xx');
    expect(row.querySelector('.method')?.textContent).toBe('GET');
    expect(row.querySelector('.host')?.textContent).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(row.querySelector('.url')?.getAttribute('title')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/users\/9999\?run=load$/,
    );
    expect(row.querySelector('.label')?.textContent).toBe('404 Not Found');
    expect(row.querySelector('.meaning')?.textContent).toBe(primaryEntry(404)?.meaning);
    expect(row.querySelector('.time')?.textContent).toMatch(/^\d+ ms$/);
  });

  it('reads status 0 as no response, with the browser reason', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const row = rowFor(panel.rows(), '/api/health');
    expect(row.querySelector('.label')?.textContent).toBe('No response (status 0)');
    expect(row.querySelector('.meaning')?.textContent).toBe('net::ERR_CONNECTION_REFUSED');
  });

  it('labels HTTP/2 responses (no status text) from the reference', async () => {
    const panel = renderPanel();
    await screen.findByText('No requests to show');
    act(() => panel.fake.play(session));
    await waitFor(() => expect(panel.rows().length).toBeGreaterThan(0));
    const row = rowFor(panel.rows(), '/h2/missing');
    expect(row.querySelector('.label')?.textContent).toBe(
      labelOf(primaryEntry(404) ?? (undefined as never)),
    );
  });

  it('sums up the failed ones by endpoint and outcome', async () => {
    renderPanel({ history });
    const summary = await screen.findByText(/^31 requests, 16 failed: /);
    expect(summary.textContent).toContain(
      '2× GET /api/reports/:id/export → 500 Internal Server Error',
    );
  });

  it('"Failed only" and the class chips filter the list', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    fireEvent.click(screen.getByRole('checkbox', { name: /Failed only/ }));
    // 4xx, 5xx and no response, and the CORS-refused 200 (failure.ts).
    await waitFor(() => expect(panel.rows()).toHaveLength(16));
    expect(panel.rows().every((r) => r.classList.contains('failed'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^5xx/ }));
    await waitFor(() => expect(panel.rows()).toHaveLength(6));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'upstream' } });
    await waitFor(() => expect(panel.rows()).toHaveLength(2));
    expect(screen.getByText('Showing 2')).toBeTruthy();
  });

  it('explains a 404, a 429 and a 500 in the detail pane', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    for (const [path, code] of [
      ['/api/users/9999', 404],
      ['/api/search', 429],
      ['/api/reports/2024/export', 500],
    ] as const) {
      fireEvent.click(rowFor(panel.rows(), path));
      const detail = await screen.findByRole('region', { name: new RegExp(`^${code} `) });
      const reference = primaryEntry(code);
      expect(within(detail).getByRole('heading', { level: 2 }).textContent).toContain(
        labelOf(reference ?? (undefined as never)),
      );
      expect(detail.textContent).toContain(reference?.meaning);
      expect(detail.textContent).toContain('Common causes');
      expect(detail.textContent).toContain('How to fix it');
    }
    const detail = screen.getByRole('region', { name: /^500 / });
    expect(detail.textContent).toContain('Response headers');
  });

  it('shows the headers that matter: Retry-After on the 429', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    fireEvent.click(rowFor(panel.rows(), '/api/search'));
    const keyHeaders = await screen.findByRole('region', {
      name: 'Headers that matter for this code',
    });
    expect(keyHeaders.textContent).toContain('Retry-After30');
  });

  it('works from the keyboard: arrows select, Enter opens, c copies', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const list = screen.getByRole('listbox');
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await waitFor(() =>
      expect(list.getAttribute('aria-activedescendant')).toBe(panel.rows()[1]?.id),
    );
    expect(panel.rows()[1]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('region', { name: /^200 / })).toBeNull();
    fireEvent.keyDown(list, { key: 'Enter' });
    await screen.findByRole('region', { name: /^200 / });
    fireEvent.keyDown(list, { key: 'c' });
    await waitFor(() => expect(panel.copied).toEqual(['GET /demo.js → 200 OK']));
    fireEvent.keyDown(list, { key: 'l' });
    fireEvent.keyDown(list, { key: 'c', ctrlKey: true });
    await waitFor(() => expect(panel.copied).toEqual(['GET /demo.js → 200 OK', '200 OK']));
    expect(await screen.findByText('Copied the label.')).toBeTruthy();
  });

  it('copies with Caps Lock on and on Cyrillic and Greek layouts', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const list = screen.getByRole('listbox');
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await waitFor(() => expect(panel.rows()[0]?.getAttribute('aria-selected')).toBe('true'));
    const line = 'GET / → 200 OK';
    fireEvent.keyDown(list, { key: 'C', code: 'KeyC' }); // Caps Lock, no Shift
    await waitFor(() => expect(panel.copied).toEqual([line]));
    fireEvent.keyDown(list, { key: 'с', code: 'KeyC' }); // Russian
    await waitFor(() => expect(panel.copied).toEqual([line, line]));
    fireEvent.keyDown(list, { key: 'λ', code: 'KeyL' }); // Greek
    await waitFor(() => expect(panel.copied).toEqual([line, line, '200 OK']));
    // Shift+C and Ctrl+C stay ignored, whatever the layout.
    fireEvent.keyDown(list, { key: 'C', code: 'KeyC', shiftKey: true });
    fireEvent.keyDown(list, { key: 'с', code: 'KeyC', ctrlKey: true });
    fireEvent.keyDown(list, { key: 'l', code: 'KeyL' });
    await waitFor(() => expect(panel.copied).toHaveLength(4));
    expect(panel.copied.at(-1)).toBe('200 OK');
  });

  it('copies from the detail pane’s buttons', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    fireEvent.click(rowFor(panel.rows(), '/api/users/9999'));
    fireEvent.click(await screen.findByRole('button', { name: /Copy markdown note/ }));
    await waitFor(() => expect(panel.copied[0]).toMatch(/^\*\*404 Not Found\*\*: `GET` `http/));
  });

  it('offers to reload when it could not see the page’s requests', async () => {
    const panel = renderPanel({ history: [] });
    expect(await screen.findByText('No requests to show')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(panel.fake.reloads).toBe(1);
  });

  it('tells Firefox users to open the Network panel', async () => {
    renderPanel({
      history: [],
      notice: 'Firefox shows this panel the requests its own Network panel records.',
    });
    expect(await screen.findByText(/its own Network panel records/)).toBeTruthy();
  });

  it('starts a new list on a new page, not on a route change; Preserve log keeps all', async () => {
    const panel = renderPanel();
    await screen.findByText('No requests to show');
    act(() => panel.fake.play(session));
    await waitFor(() => expect(panel.rows()).toHaveLength(4));
    const kept = renderPanel({ preserveLog: true });
    await waitFor(() => expect(kept.store.snapshot().preserveLog).toBe(true));
    act(() => kept.fake.play(session));
    await waitFor(() => expect(kept.store.snapshot().records).toHaveLength(35));
  });

  it('remembers Preserve log and clears on demand', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Preserve log' }));
    expect(panel.saved).toEqual([true]);
    expect(panel.store.snapshot().preserveLog).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(await screen.findByText('No requests to show')).toBeTruthy();
  });

  it('follows DevTools’ theme, and Firefox’s changes', async () => {
    const panel = renderPanel({ history: [], theme: 'dark' });
    const root = panel.container.querySelector('.lens');
    expect(root?.getAttribute('data-theme')).toBe('dark');
    act(() => panel.changeTheme('light'));
    await waitFor(() => expect(root?.getAttribute('data-theme')).toBe('light'));
  });

  it('renders hostile text as text', async () => {
    const panel = renderPanel({ history: [] });
    await screen.findByText('No requests to show');
    const hostile = 'https://evil.example/<img src=x onerror="window.pwned=1">';
    act(() =>
      panel.fake.request(
        entry({
          url: hostile,
          status: 404,
          responseHeaders: [{ name: 'X-Html', value: '<script>1</script>' }],
        }),
      ),
    );
    await waitFor(() => expect(panel.rows()).toHaveLength(1));
    fireEvent.click(panel.rows()[0] as HTMLElement);
    await screen.findByRole('region', { name: /^404 / });
    expect(panel.container.querySelector('img, script')).toBeNull();
    expect(panel.container.textContent).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('gives bad input a clear row and detail, never a blank panel', async () => {
    const panel = renderPanel({ history: [] });
    await screen.findByText('No requests to show');
    act(() => {
      panel.fake.request(entry({ url: 'https://a.example/odd', status: 999 }));
      panel.fake.request(
        entry({
          url: 'https://a.example/huge',
          status: 431,
          requestHeaders: [{ name: 'Cookie', value: 'c'.repeat(5 * 1024 * 1024) }],
        }),
      );
      panel.fake.request({ request: { url: 'https://a.example/broken' } });
    });
    await waitFor(() => expect(panel.rows()).toHaveLength(2));
    expect(rowFor(panel.rows(), '/odd').querySelector('.label')?.textContent).toBe(
      '999 (not an HTTP status)',
    );
    fireEvent.click(rowFor(panel.rows(), '/huge'));
    const detail = await screen.findByRole('region', { name: /^431 / });
    expect(detail.textContent).toContain('(cut: 5,242,880 characters in all)');
    expect(detail.textContent?.length).toBeLessThan(20_000);
  });

  it('reads a body on demand, and says when it is no longer available', async () => {
    const panel = renderPanel({ history: [], store: { handleLimit: 1 } });
    await screen.findByText('No requests to show');
    act(() => {
      panel.fake.request(entry({ url: 'https://a.example/old', status: 404 }), '{"old":1}');
      panel.fake.request(
        entry({ url: 'https://a.example/new', status: 422 }),
        '{"title":"Invalid"}',
      );
    });
    await waitFor(() => expect(panel.rows()).toHaveLength(2));
    fireEvent.click(rowFor(panel.rows(), '/new'));
    fireEvent.click(await screen.findByRole('button', { name: 'Show the response body' }));
    expect((await screen.findByText('{"title":"Invalid"}')).tagName).toBe('PRE');
    fireEvent.click(rowFor(panel.rows(), '/old'));
    await screen.findByRole('region', { name: /^404 / });
    fireEvent.click(screen.getByRole('button', { name: 'Show the response body' }));
    expect(await screen.findByText(/^Body no longer available/)).toBeTruthy();
  });

  it('shows the diagnosis: a tag on the row, the findings and request IDs in the detail', async () => {
    const panel = renderPanel({ history, diagnose: diagnoser() });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const tagOf = (path: string) => rowFor(panel.rows(), path).querySelector('.tag')?.textContent;
    expect(tagOf('/api/search')).toBe('retry in 30 s');
    expect(tagOf('/api/reports/2024?')).toBe('allow GET, HEAD');
    expect(tagOf('/api/account')).toBe('invalid_token');
    expect(tagOf('/api/forms/legacy')).toBe('POST → GET');
    expect(tagOf('/api/redirect/end')).toBe('via 2 redirects');
    expect(tagOf('/api/health')).toBe('refused');
    expect(tagOf('/api/users/42')).toBeUndefined();
    fireEvent.click(rowFor(panel.rows(), '/api/search'));
    const findings = await screen.findByRole('region', { name: 'Findings' });
    const items = within(findings).getAllByRole('listitem');
    expect(items[0]?.querySelector('.finding-title')?.textContent).toMatch(
      /^Warning Retry in 30 s \(at \d\d:\d\d:\d\d UTC\)$/,
    );
    expect(findings.textContent).toContain('Retry-After: 30 (seconds, counted from when');
    expect(findings.textContent).toContain('X-RateLimit-Remaining');

    fireEvent.click(rowFor(panel.rows(), '/api/reports/2024/export'));
    const ids = await screen.findByRole('region', { name: 'Request IDs' });
    expect(ids.querySelector('dt')?.textContent).toBe('Request ID (X-Request-Id)');
    expect(ids.querySelector('dd')?.textContent).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads a JSON error body when its request is opened, and shows the problem detail', async () => {
    const panel = renderPanel({ history: [], diagnose: diagnoser() });
    await screen.findByText('No requests to show');
    const problem = {
      type: 'https://shop.example/probs/out-of-stock',
      title: 'Out of stock',
      status: 422,
      detail: 'Only 2 left.',
      instance: '/orders/7',
    };
    act(() => {
      panel.fake.request(
        entry({ url: 'https://shop.example/orders', status: 422 }),
        JSON.stringify(problem),
      );
      panel.fake.request(
        entry({ url: 'https://shop.example/page', status: 500, mimeType: 'text/html' }),
        '<p>oops</p>',
      );
    });
    await waitFor(() => expect(panel.rows()).toHaveLength(2));
    fireEvent.click(rowFor(panel.rows(), '/orders'));
    const findings = await screen.findByRole('region', { name: 'Findings' });
    await waitFor(() =>
      expect(findings.textContent).toContain('Problem detail: Out of stock (Only 2 left.)'),
    );
    for (const line of [
      'type: https://shop.example/probs/out-of-stock',
      'status: 422',
      'instance: /orders/7',
    ]) {
      expect(within(findings).getByText(line).tagName).toBe('LI');
    }
    // The body it read is the one the body section shows: read once, not twice.
    expect(screen.getByText(JSON.stringify(problem)).tagName).toBe('PRE');
    // An HTML error page is not read for the diagnosis.
    fireEvent.click(rowFor(panel.rows(), '/page'));
    await screen.findByRole('region', { name: /^500 / });
    expect(screen.getByRole('button', { name: 'Show the response body' })).toBeTruthy();
  });

  it('says why a JSON error body is not read', async () => {
    const panel = renderPanel({ history: [], diagnose: diagnoser() });
    await screen.findByText('No requests to show');
    const big = entry({ url: 'https://shop.example/export', status: 500 });
    big.response.content.size = 3 * 1024 * 1024;
    act(() => panel.fake.request(big, '{"message":"never read"}'));
    await waitFor(() => expect(panel.rows()).toHaveLength(1));
    fireEvent.click(panel.rows()[0] as HTMLElement);
    const findings = await screen.findByRole('region', { name: 'Findings' });
    expect(findings.textContent).toContain(
      'The JSON error body was not read: too large to read (3.0 MB).',
    );
    expect(screen.getByRole('button', { name: 'Show the response body' })).toBeTruthy();
  });

  it('copies the incident note from its button and with i', async () => {
    const panel = renderPanel({ history, diagnose: diagnoser() });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    fireEvent.click(rowFor(panel.rows(), '/api/search'));
    fireEvent.click(await screen.findByRole('button', { name: /Copy incident note/ }));
    await waitFor(() => expect(panel.copied).toHaveLength(1));
    const note = panel.copied[0] ?? '';
    expect(note.split('\n')[0]).toBe('### Incident: 429 Too Many Requests');
    expect(note).toContain('- **Warning**: Retry in 30 s \\(at ');
    expect(note).toContain('- Response: `Retry-After: 30`');
    expect(await screen.findByText('Copied the incident note.')).toBeTruthy();
    const list = screen.getByRole('listbox');
    list.focus();
    fireEvent.keyDown(list, { key: 'i' });
    await waitFor(() => expect(panel.copied).toEqual([note, note]));
  });

  it('diagnoses only the rows in view, and the full findings only for the opened request', async () => {
    const calls = { tag: 0, diagnose: 0 };
    const real = diagnoser();
    const counting: Diagnose = {
      ...real,
      tag: (record, records) => {
        calls.tag += 1;
        return real.tag(record, records);
      },
      diagnose: (record, records, body) => {
        calls.diagnose += 1;
        return real.diagnose(record, records, body);
      },
    };
    const panel = renderPanel({ history: [], diagnose: counting });
    await screen.findByText('No requests to show');
    act(() => {
      for (let i = 0; i < 50_000; i++)
        panel.fake.request(entry({ url: `https://a.example/r/${i}`, status: 200 + (i % 400) }));
    });
    // The list's size, as its rows tell assistive technology (the list's name has no count).
    await waitFor(() => expect(panel.rows().at(-1)?.getAttribute('aria-setsize')).toBe('50000'));
    const rendered = panel.rows().length;
    expect(rendered).toBeLessThanOrEqual(100);
    // One call per row in view and render, never one per request.
    expect(calls.tag).toBeLessThan(rendered * 5);
    expect(calls.diagnose).toBe(0);
    fireEvent.click(panel.rows().at(-1) as HTMLElement);
    await screen.findByRole('region', { name: /^599 / });
    expect(calls.diagnose).toBeGreaterThan(0);
  });

  it('keeps at most 100 rows in the DOM for 50,000 requests', async () => {
    const panel = renderPanel({ history: [] });
    await screen.findByText('No requests to show');
    act(() => {
      for (let i = 0; i < 50_000; i++)
        panel.fake.request(entry({ url: `https://a.example/r/${i}`, status: 200 + (i % 400) }));
    });
    await waitFor(() =>
      expect(panel.container.querySelector('.summary-text')?.textContent).toMatch(
        /^50,000 requests, /,
      ),
    );
    expect(panel.rows().length).toBeGreaterThan(0);
    expect(panel.rows().length).toBeLessThanOrEqual(100);
    expect(panel.rows().at(-1)?.getAttribute('aria-setsize')).toBe('50000');
  });
});
