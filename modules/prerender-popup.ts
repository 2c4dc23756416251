/**
 * Puts the popup's first screen (the rows its list shows, entrypoints/popup/first-screen.ts) into
 * popup.html when the extension is built, so that it paints as soon as the page is parsed instead
 * of after the scripts load and render it; entrypoints/popup/live.tsx then hydrates it and adds
 * the rest of the list. The HTML comes from our own reference data through
 * preact-render-to-string, which escapes all text.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** The element live.tsx hydrates, empty in entrypoints/popup/index.html. */
export const MOUNT = '<div id="app"></div>';

/** `html` with `markup` inside the mount element; fails the build when the mount is missing. */
export function withPrerendered(html: string, markup: string): string {
  if (!html.includes(MOUNT)) throw new Error(`popup.html has no ${MOUNT} to prerender into`);
  return html.replace(MOUNT, () => `<div id="app">${markup}</div>`);
}

export default defineWxtModule((wxt) => {
  const entry = join(wxt.config.root, 'entrypoints/popup/prerender.tsx');
  addViteConfig(wxt, () => ({
    plugins: [
      {
        name: 'status-lens:prerender-popup',
        async transformIndexHtml(html, context) {
          if (!context.filename.replaceAll('\\', '/').endsWith('entrypoints/popup/index.html'))
            return html;
          const module = (await tsImport(pathToFileURL(entry).href, import.meta.url)) as {
            prerenderPopup(): string;
          };
          return withPrerendered(html, module.prerenderPopup());
        },
      },
    ],
  }));
});
