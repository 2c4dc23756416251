// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  it('opens with the whole list shown and the search box focused', () => {
    const { input, options } = setup();
    expect(options()).toHaveLength(reference.length);
    expect(document.activeElement).toBe(input);
    expect(
      screen.getByText(`Showing ${reference.length} of ${reference.length} codes`),
    ).toBeTruthy();
  });

  it('filters by class with counts, combined with the search', async () => {
    const { options, type } = setup();
    const counts = countByClass(reference);
    const chip = screen.getByRole('button', { name: `4xx ${counts['4xx']}` });
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    // The first screen of new results at once, the rest once it is painted.
    expect(options()).toHaveLength(FIRST_SCREEN_ROWS);
    await waitFor(() => expect(options()).toHaveLength(counts['4xx']));
    type('timeout');
    await waitFor(() =>
      expect(screen.getByText(/^Showing \d+ of \d+ codes$/).textContent).toBe(
        `Showing ${options().length} of ${reference.length} codes`,
      ),
    );
    expect(options().every((o) => o.textContent?.startsWith('4'))).toBe(true);
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
