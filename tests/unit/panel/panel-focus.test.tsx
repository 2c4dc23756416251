// @vitest-environment happy-dom
// Where the focus goes when what held it goes away, and what the live regions say: the panel's
// App with a fake source (the HAR page shares the same view).
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entry, fixture } from './builders';
import { renderPanel } from './panel-harness';

const history = fixture('demo-load.har').log.entries;
const message = () => document.querySelector('[role="status"].live-message');

/** Opens the detail of the row for `path` and puts the focus on a button inside the pane. */
async function focusInDetail(panel: ReturnType<typeof renderPanel>, path: string) {
  const row = panel
    .rows()
    .find((r) => r.querySelector('.path')?.textContent?.startsWith(path)) as HTMLElement;
  fireEvent.click(row);
  const pane = await screen.findByRole('region', { name: /^\d{3} / });
  const button = pane.querySelector('button') as HTMLButtonElement;
  button.focus();
  expect(document.activeElement).toBe(button);
  return pane;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the focus when the selected request goes away', () => {
  it('goes to the empty state, never the body, when Clear empties the list', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const live = message();
    await focusInDetail(panel, '/api/users/9999');
    act(() => panel.store.clear());
    await screen.findByText('No requests to show');
    const emptyView = document.querySelector('.empty-view') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(emptyView));
    expect(emptyView.tabIndex).toBe(-1);
    expect(message()?.textContent).toBe('The selected request is gone; the list is empty.');
    // The same live region as before, not a new one inserted with its text.
    expect(message()).toBe(live);
  });

  it('goes to the list when the request is dropped and others remain', async () => {
    const panel = renderPanel({ history: [], store: { cap: 3 } });
    await screen.findByText('No requests to show');
    act(() => {
      for (const path of ['a', 'b', 'c'])
        panel.fake.request(entry({ url: `https://a.example/${path}`, status: 404 }));
    });
    await waitFor(() => expect(panel.rows()).toHaveLength(3));
    const pane = await focusInDetail(panel, '/a');
    // A fourth request: the store keeps three, so /a, shown in the pane, is dropped.
    act(() => panel.fake.request(entry({ url: 'https://a.example/d', status: 200 })));
    await waitFor(() => expect(pane.isConnected).toBe(false));
    const list = screen.getByRole('listbox');
    await waitFor(() => expect(document.activeElement).toBe(list));
    expect(message()?.textContent).toBe('The selected request is gone; focus is on the list.');
  });

  it('goes to the list when a new page starts with the focus in the pane', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const pane = await focusInDetail(panel, '/api/search');
    // A new page: the navigation, then its document's request; the list starts again with it.
    act(() => {
      panel.fake.navigated('https://shop.example/next');
      panel.fake.request(
        entry({
          url: 'https://shop.example/next',
          resourceType: 'document',
          mimeType: 'text/html',
          started: '2030-01-01T00:00:00.000Z',
        }),
      );
    });
    await waitFor(() => expect(panel.rows()).toHaveLength(1));
    await waitFor(() => expect(pane.isConnected).toBe(false));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listbox')));
    expect(message()?.textContent).toBe('The selected request is gone; focus is on the list.');
  });

  it('goes to the list when requests arrive with the focus on the empty state', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const list = screen.getByRole('listbox');
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await waitFor(() => expect(panel.rows()[0]?.getAttribute('aria-selected')).toBe('true'));
    // Clear with the focus on the list: it goes to the empty state, never the body.
    act(() => panel.store.clear());
    await screen.findByText('No requests to show');
    const emptyView = document.querySelector('.empty-view') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(emptyView));
    expect(message()?.textContent).toBe('The selected request is gone; the list is empty.');
    // Requests again: the empty state gives way to the list, and so does the focus.
    act(() => panel.fake.request(entry({ url: 'https://a.example/again', status: 200 })));
    await waitFor(() => expect(panel.rows()).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listbox')));
    expect(message()?.textContent).toBe('Focus is on the list.');
  });

  it('goes to the "no match" message when the list goes with the focus on it', async () => {
    const panel = renderPanel({ history: [] });
    await screen.findByText('No requests to show');
    act(() => {
      panel.fake.request(entry({ url: 'https://a.example/ok', status: 200 }));
      panel.fake.request(entry({ url: 'https://a.example/ok2', status: 204 }));
    });
    await waitFor(() => expect(panel.rows()).toHaveLength(2));
    // "Failed only" is on, with the focus then put back on the list; the two requests that
    // matched are then dropped for two that do not: the list gives way to the message.
    fireEvent.click(screen.getByRole('checkbox', { name: /Failed only/ }));
    await screen.findByText('No request matches these filters.');
    act(() => panel.fake.request(entry({ url: 'https://a.example/bad', status: 500 })));
    await waitFor(() => expect(panel.rows()).toHaveLength(1));
    const list = screen.getByRole('listbox');
    list.focus();
    act(() => panel.store.clear());
    act(() => panel.fake.request(entry({ url: 'https://a.example/fine', status: 200 })));
    const noMatch = await screen.findByText('No request matches these filters.');
    await waitFor(() => expect(document.activeElement).toBe(noMatch));
    expect(noMatch.tabIndex).toBe(-1);
    expect(message()?.textContent).toBe('No request matches these filters.');
  });

  it('leaves the focus in the filter box while a filter is typed that hides the request', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    await focusInDetail(panel, '/api/users/9999');
    const search = screen.getByRole('searchbox');
    search.focus();
    fireEvent.input(search, { target: { value: 'no such request anywhere' } });
    await screen.findByText('No request matches these filters.');
    fireEvent.input(search, { target: { value: '/api/search' } });
    await waitFor(() => expect(panel.rows()).toHaveLength(1));
    expect(document.activeElement).toBe(search);
    expect(message()?.textContent).toBe('');
  });

  it('takes no focus when the page does not have it (the user is in DevTools’ console)', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    await focusInDetail(panel, '/api/users/9999');
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    act(() => panel.store.clear());
    await screen.findByText('No requests to show');
    // Give the effects their turn: a store change, then a render, then the effect.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(document.activeElement).not.toBe(document.querySelector('.empty-view'));
    expect(message()?.textContent).toBe('');
  });
});

describe('the list’s name and its count', () => {
  it('names the list "Requests", without the count that changes as requests arrive', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const list = screen.getByRole('listbox', { name: 'Requests' });
    expect(list.getAttribute('aria-label')).toBe('Requests');
    act(() => panel.fake.request(entry({ url: 'https://a.example/more', status: 503 })));
    await waitFor(() => expect(panel.rows()).toHaveLength(32));
    expect(list.getAttribute('aria-label')).toBe('Requests');
  });

  it('says the count in one polite status line, once the requests stop', async () => {
    const panel = renderPanel({ history });
    await waitFor(() => expect(panel.rows()).toHaveLength(31));
    const count = document.querySelector('.count-status') as HTMLElement;
    expect(count.getAttribute('role')).toBe('status');
    expect(count.getAttribute('aria-live')).toBe('polite');
    // Nothing said at once: first once nothing changed for a second.
    expect(count.textContent).toBe('');
    await waitFor(() => expect(count.textContent).toBe('31 requests, 16 failed'), {
      timeout: 3000,
    });
    // The only live region that speaks of the count; the other one is for messages.
    const regions = [...document.querySelectorAll('[aria-live], [role="status"]')];
    expect(regions.filter((r) => /\d+ requests?\b/.test(r.textContent ?? ''))).toEqual([count]);
    expect(document.querySelector('.summary')?.closest('[aria-live]')).toBeNull();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'upstream' } });
    await waitFor(() => expect(panel.rows()).toHaveLength(2));
    await waitFor(() => expect(count.textContent).toBe('31 requests, 16 failed, 2 shown'), {
      timeout: 5000,
    });
  });
});
