/**
 * Puts the popup's first screen (the rows its list shows, entrypoints/popup/first-screen.ts) into
 * popup.html when the extension is built, so that it paints as soon as the page is parsed instead
 * of after the scripts load and render it; entrypoints/popup/live.tsx then hydrates it, and the
 * list draws more rows once it is painted (components/popup/ResultList.tsx). The HTML comes from our own reference data through
 * preact-render-to-string, which escapes all text.
 *
 * Its style sheet goes into popup.html too (a <style>, our own built CSS): the first paint waits
 * for a linked sheet, and loading that file cost the popup one frame of its first paint in the
 * benchmark (16 loads each: 120 ms linked, 112 ms inline, against 96 ms for a blank page).
 * Extension pages' content security policy restricts scripts, not styles.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** The element live.tsx hydrates, empty in entrypoints/popup/index.html. */
export const MOUNT = '<div id="app"></div>';

/** `html` with its one linked style sheet `href` replaced by `css` in a <style>; fails the build
 * when the link is not there. */
export function withInlineStyle(html: string, href: string, css: string): string {
  const link = new RegExp(
    `<link rel="stylesheet"[^>]*href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
  );
  if (!link.test(html)) throw new Error(`popup.html does not link ${href}`);
  if (/<\/style/i.test(css)) throw new Error('The popup style sheet cannot be inlined');
  return html.replace(link, () => `<style>${css}</style>`);
}

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
      {
        name: 'status-lens:inline-popup-style',
        transformIndexHtml: {
          order: 'post',
          handler(html, context) {
            if (!context.filename.replaceAll('\\', '/').endsWith('entrypoints/popup/index.html'))
              return html;
            const sheets = Object.values(context.bundle ?? {}).filter(
              (file) =>
                file.type === 'asset' &&
                file.fileName.endsWith('.css') &&
                html.includes(`/${file.fileName}"`),
            );
            if (sheets.length !== 1 || sheets[0]?.type !== 'asset')
              throw new Error(`popup.html links ${sheets.length} style sheets, not 1`);
            const sheet = sheets[0];
            const inlined = withInlineStyle(html, `/${sheet.fileName}`, String(sheet.source));
            // No page links it any more: the file is not written.
            if (context.bundle) delete context.bundle[sheet.fileName];
            return inlined;
          },
        },
      },
    ],
  }));
});
