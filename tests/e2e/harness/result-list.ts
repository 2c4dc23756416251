import type { Page } from 'puppeteer-core';

/**
 * The text of every result of the popup's (or the reference page's) list, in order. The list
 * draws rows as it is scrolled (components/popup/ResultList.tsx), so this scrolls it to its end
 * until it holds as many rows as it says there are (aria-setsize), then back to the top.
 */
export async function allOptionTexts(page: Page): Promise<string[]> {
  for (let i = 0; i < 60; i++) {
    const done = await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('[role="listbox"]');
      const rows = list?.querySelectorAll('[role="option"]') ?? [];
      const total = Number(rows[0]?.getAttribute('aria-setsize') ?? 0);
      if (!list || rows.length >= total) return true;
      list.scrollTop = list.scrollHeight;
      return false;
    });
    if (done) break;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  return page.$$eval('[role="option"]', (options) => {
    const total = Number(options[0]?.getAttribute('aria-setsize') ?? 0);
    if (options.length < total) throw new Error(`${options.length} of ${total} rows drawn`);
    options[0]?.parentElement?.scrollTo(0, 0);
    return options.map((o) => o.textContent ?? '');
  });
}
