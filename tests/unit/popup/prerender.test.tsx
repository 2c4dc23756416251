// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { hydrate, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyEntry } from '../../../data/reference';
import { FIRST_SCREEN_ROWS } from '../../../entrypoints/popup/first-screen';
import { prerenderPopup } from '../../../entrypoints/popup/prerender';
import { popupView } from '../../../entrypoints/popup/view';
import { MOUNT, withInlineStyle, withPrerendered } from '../../../modules/prerender-popup';
import { labelOf } from '../../../utils/lookup';

const io = () => ({ copyText: vi.fn(async () => true), closePopup: vi.fn() });

/** A popup page as the build makes it: the prerendered screen inside the mount element. */
function prerenderedPage(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'app';
  // Our own build-time markup, parsed as the browser parses popup.html.
  const parsed = new DOMParser().parseFromString(prerenderPopup(), 'text/html');
  root.append(...parsed.body.childNodes);
  document.body.append(root);
  return root;
}

const optionsIn = (root: HTMLElement) => [...root.querySelectorAll('[role="option"]')];

afterEach(() => {
  for (const root of document.querySelectorAll('#app')) {
    render(null, root);
    root.remove();
  }
});

describe('the prerendered popup', () => {
  it('holds the first screen only: its rows in order, the count of the whole list, the field focused', () => {
    const html = prerenderPopup();
    const root = document.createElement('div');
    root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    expect(FIRST_SCREEN_ROWS).toBe(8);
    expect(optionsIn(root).map((o) => o.querySelector('.result-label')?.textContent)).toEqual(
      everyEntry.slice(0, FIRST_SCREEN_ROWS).map(labelOf),
    );
    expect(root.querySelector('.count')?.textContent).toBe(
      `Showing ${everyEntry.length} of ${everyEntry.length} codes`,
    );
    // Each row says its place among all the results, not among the rows drawn.
    expect(optionsIn(root)[0]?.getAttribute('aria-setsize')).toBe(String(everyEntry.length));
    expect(optionsIn(root)[FIRST_SCREEN_ROWS - 1]?.getAttribute('aria-posinset')).toBe(
      String(FIRST_SCREEN_ROWS),
    );
    const input = root.querySelector('input[role="combobox"]');
    expect(input?.hasAttribute('autofocus')).toBe(true);
    expect(root.querySelector('script')).toBeNull();
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('is the first screen a fresh render makes: hydrating keeps its nodes, more are added', async () => {
    const root = prerenderedPage();
    const before = optionsIn(root);
    const list = root.querySelector('[role="listbox"]');
    const input = root.querySelector('input');
    hydrate(popupView(io()), root);
    expect(optionsIn(root)).toHaveLength(FIRST_SCREEN_ROWS);
    optionsIn(root).forEach((option, index) => {
      expect(option).toBe(before[index]);
    });
    // Once painted, the list draws more rows into the same element, below the same nodes.
    await waitFor(() => expect(optionsIn(root).length).toBeGreaterThan(FIRST_SCREEN_ROWS));
    expect(root.querySelector('[role="listbox"]')).toBe(list);
    before.forEach((option, index) => {
      expect(optionsIn(root)[index]).toBe(option);
    });
    expect(root.querySelector('input')).toBe(input);

    // And it is live: typing searches.
    fireEvent.input(input as HTMLInputElement, { target: { value: '429' } });
    await waitFor(() => expect(optionsIn(root)[0]?.textContent).toMatch(/^429 Too Many Requests/));
  });

  it('searches what was typed before it went live', async () => {
    const root = prerenderedPage();
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = 'rate limit';
    hydrate(popupView(io()), root);
    await waitFor(() => expect(optionsIn(root)[0]?.textContent).toMatch(/^429 Too Many Requests/));
    expect(input.value).toBe('rate limit');
  });
});

describe('withPrerendered', () => {
  const page = `<body>\n    ${MOUNT}\n  </body>`;

  it('puts the markup inside the mount element, as it is', () => {
    expect(withPrerendered(page, '<p>a $& $1 b</p>')).toBe(
      '<body>\n    <div id="app"><p>a $& $1 b</p></div>\n  </body>',
    );
  });

  it('fails the build when popup.html has no mount element', () => {
    expect(() => withPrerendered('<body></body>', '<p>x</p>')).toThrow(/no <div id="app">/);
  });
});

describe('withInlineStyle', () => {
  const page = '<head><link rel="stylesheet" crossorigin href="/assets/popup-a1.css"></head>';
  it('puts the style sheet in place of its link', () => {
    expect(withInlineStyle(page, '/assets/popup-a1.css', 'a{color:red}')).toBe(
      '<head><style>a{color:red}</style></head>',
    );
  });
  it('fails the build when the link is missing or the sheet could close the element', () => {
    expect(() => withInlineStyle(page, '/assets/popup-b2.css', 'a{}')).toThrow(/does not link/);
    expect(() => withInlineStyle(page, '/assets/popup-a1.css', 'a{}</style><b>')).toThrow(
      /cannot be inlined/,
    );
  });
});
