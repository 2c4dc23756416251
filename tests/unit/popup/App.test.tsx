// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionId } from '../../../components/popup/ResultList';
import { reference } from '../../../data/reference';
import { App } from '../../../entrypoints/popup/App';
import { FIRST_SCREEN_ROWS } from '../../../entrypoints/popup/first-screen';
import { countByClass } from '../../../utils/lookup';
import { createSearcher } from '../../../utils/search';

const searcher = createSearcher(reference);

function setup() {
  const copyText = vi.fn(async (_text: string) => true);
  const closePopup = vi.fn();
  render(
    <App entries={reference} searcher={searcher} copyText={copyText} closePopup={closePopup} />,
  );
  const input = screen.getByRole('combobox');
  const options = () => screen.queryAllByRole('option');
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  const key = (k: string, mods: Record<string, boolean | string> = {}) =>
    fireEvent.keyDown(document.activeElement ?? input, { key: k, ...mods });
  return { input, options, type, key, copyText, closePopup };
}

afterEach(cleanup);

describe('popup', () => {
  it('opens with the whole list counted, its first screen drawn and the search box focused', async () => {
    const { input, options } = setup();
    expect(options()).toHaveLength(FIRST_SCREEN_ROWS);
    expect(document.activeElement).toBe(input);
    expect(
      screen.getByText(`Showing ${reference.length} of ${reference.length} codes`),
    ).toBeTruthy();
    // Two screens more once painted, and more each time the list is scrolled to within a screen
    // of the last row drawn, until every code is there. (The list's geometry is set by hand: this
    // DOM lays nothing out. Rows 50 px, the view 300 px.)
    await waitFor(() => expect(options()).toHaveLength(3 * FIRST_SCREEN_ROWS));
    const list = screen.getByRole('listbox');
    let top = 0;
    Object.defineProperties(list, {
      clientHeight: { configurable: true, value: 300 },
      scrollHeight: { configurable: true, get: () => options().length * 50 },
      scrollTop: { configurable: true, get: () => top },
    });
    top = options().length * 50 - 300 - 301; // more than a screen above the end
    fireEvent.scroll(list);
    expect(options()).toHaveLength(3 * FIRST_SCREEN_ROWS);
    for (let i = 0; i < 20 && options().length < reference.length; i++) {
      top = options().length * 50 - 300 - 299; // less than a screen above it
      const before = options().length;
      fireEvent.scroll(list);
      expect(options()).toHaveLength(Math.min(reference.length, before + 2 * FIRST_SCREEN_ROWS));
    }
    expect(options()).toHaveLength(reference.length);
    expect(options().map((o) => o.getAttribute('aria-posinset'))).toEqual(
      reference.map((_, i) => String(i + 1)),
    );
    expect(screen.getByRole('listbox')).toBe(list);
  });

  it('draws the selected row and a screen below it as the selection moves down', () => {
    const { options, key } = setup();
    const steps = 3 * FIRST_SCREEN_ROWS + 5;
    for (let i = 0; i < steps; i++) key('ArrowDown');
    const selected = options().find((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected?.getAttribute('aria-posinset')).toBe(String(steps + 1));
    expect(options()).toHaveLength(steps + FIRST_SCREEN_ROWS);
  });

  it('filters by class with counts, combined with the search', async () => {
    const { options, type } = setup();
    const counts = countByClass(reference);
    const chip = screen.getByRole('button', { name: `4xx ${counts['4xx']}` });
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    // The first screen of new results at once, more once it is painted; each row knows the count.
    expect(options()).toHaveLength(FIRST_SCREEN_ROWS);
    await waitFor(() =>
      expect(options()).toHaveLength(Math.min(counts['4xx'], 3 * FIRST_SCREEN_ROWS)),
    );
    expect(options()[0]?.getAttribute('aria-setsize')).toBe(String(counts['4xx']));
    type('timeout');
    const timeouts4xx = searcher
      .search('timeout')
      .filter((entry) => entry.code >= 400 && entry.code < 500);
    expect(timeouts4xx.length).toBeGreaterThan(1);
    await waitFor(() =>
      expect(screen.getByText(/^Showing \d+ of \d+ codes$/).textContent).toBe(
        `Showing ${timeouts4xx.length} of ${reference.length} codes`,
      ),
    );
    // Every 4xx match is drawn (fewer than the screens drawn at once), in the search's order.
    await waitFor(() => expect(options()).toHaveLength(timeouts4xx.length));
    expect(options().map((o) => o.id)).toEqual(timeouts4xx.map(optionId));
  });

  it('draws a cleared list as new results: its first screen at once, in a new list element', async () => {
    const { options, type, key } = setup();
    const list = screen.getByRole('listbox');
    type('timeout');
    const found = await waitFor(() => {
      const now = options();
      expect(now.length).toBeGreaterThan(FIRST_SCREEN_ROWS);
      return now.length;
    });
    expect(found).toBeLessThan(reference.length);
    // New results that do not begin with the rows drawn: the old element goes whole.
    const searched = screen.getByRole('listbox');
    expect(searched).not.toBe(list);
    expect(options()).toHaveLength(found);
    key('Escape');
    // Not the whole reference in the keystroke that clears (the rows drawn were the search's).
    expect(options()).toHaveLength(FIRST_SCREEN_ROWS);
    const cleared = screen.getByRole('listbox');
    expect(cleared).not.toBe(searched);
    await waitFor(() => expect(options()).toHaveLength(3 * FIRST_SCREEN_ROWS));
    // More rows are added to the same element.
    expect(screen.getByRole('listbox')).toBe(cleared);
    // Cleared again before a search's rest was drawn: still the first screen only (the whole
    // reference drawn before that search is not what is drawn now).
    type('timeout');
    key('Escape');
    expect(options()).toHaveLength(FIRST_SCREEN_ROWS);
  });

  it('each option begins with its label and holds no button or link', () => {
    const { options, type } = setup();
    type('429');
    expect(options()[0]?.textContent?.startsWith('429 Too Many Requests')).toBe(true);
    for (const option of options()) expect(option.querySelector('button, a')).toBeNull();
  });

  it('moves with arrows, opens with Enter, copies with C and goes back with Escape', async () => {
    const { input, options, type, key, copyText } = setup();
    type('40');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]?.id);
    key('Enter');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toContain('401 Unauthorized');
    key('c');
    await vi.waitFor(() => expect(copyText).toHaveBeenCalledWith('401 Unauthorized'));
    expect(await screen.findByText('Copied label: 401 Unauthorized')).toBeTruthy();
    key('Escape');
    expect(screen.getByRole('combobox')).toBeTruthy();
  });

  it('copies with Caps Lock on and on a Russian layout (the letters’ physical keys)', async () => {
    const { type, key, copyText } = setup();
    type('404');
    key('Enter');
    key('C', { code: 'KeyC' });
    await vi.waitFor(() => expect(copyText).toHaveBeenCalledWith('404 Not Found'));
    key('ь', { code: 'KeyM' });
    await vi.waitFor(() => expect(copyText).toHaveBeenCalledTimes(2));
    expect(copyText.mock.calls[1]?.[0]).toMatch(/^\*\*404 Not Found\*\*/);
    key('С', { code: 'KeyC', shiftKey: true });
    key('Escape');
    key('с', { code: 'KeyC', ctrlKey: true });
    await vi.waitFor(() => expect(copyText).toHaveBeenCalledTimes(3));
    expect(copyText.mock.calls[2]?.[0]).toBe('404 Not Found');
  });

  it('opens a related code in place', () => {
    const { type, key } = setup();
    type('401');
    key('Enter');
    fireEvent.click(screen.getByRole('button', { name: '403 Forbidden' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('403 Forbidden');
  });

  it('Escape clears the query first, then closes', () => {
    const { input, type, key, closePopup } = setup();
    type('rate limit');
    key('Escape');
    expect((input as HTMLInputElement).value).toBe('');
    key('Escape');
    expect(closePopup).toHaveBeenCalledOnce();
  });

  it('says something helpful instead of an empty list', () => {
    const { type, options } = setup();
    type('zqxwvjk');
    expect(options()).toHaveLength(0);
    expect(screen.getByText(/Nothing matches “zqxwvjk”/)).toBeTruthy();
    type('299');
    expect(screen.getByText(/An unrecognised 2xx is treated as 200/)).toBeTruthy();
  });

  it('reports a refused copy', async () => {
    const { type, key, copyText } = setup();
    copyText.mockResolvedValueOnce(false);
    type('404');
    key('c', { ctrlKey: true });
    expect(await screen.findByText(/Copy failed/)).toBeTruthy();
  });

  it('opens the FAQ on the reference page, in a tab', () => {
    setup();
    const link = screen.getByRole('link', { name: 'FAQ' });
    expect(link.getAttribute('href')).toBe('reference.html#faq');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
