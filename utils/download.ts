/**
 * The download adapter: a file saved from an extension page without any permission, through a
 * Blob, `URL.createObjectURL` and an `<a download>` clicked from script. Chromium saves it from
 * an extension tab and from a DevTools panel; Firefox reads the blob while it saves, so the URL
 * is revoked only later (after a minute, or when the page goes away), never right after the
 * click. Built by each page's main.tsx with its `document` and passed down as a prop.
 */

export interface Downloader {
  /** Starts saving `text` as the file `fileName`. */
  save(text: string, fileName: string, mimeType?: string): void;
}

/** How long a blob URL stays valid after its click: long enough for any save to finish. */
export const REVOKE_AFTER_MS = 60_000;

export function createDownloader(doc: Document): Downloader {
  const win = doc.defaultView;
  if (!win) throw new Error('The download adapter needs a document in a window.');
  const pending = new Set<string>();
  const revoke = (url: string) => {
    if (pending.delete(url)) win.URL.revokeObjectURL(url);
  };
  win.addEventListener('pagehide', () => {
    for (const url of [...pending]) revoke(url);
  });
  return {
    save(text, fileName, mimeType = 'application/json') {
      const url = win.URL.createObjectURL(new win.Blob([text], { type: mimeType }));
      pending.add(url);
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      link.style.display = 'none';
      doc.body.append(link);
      link.click();
      link.remove();
      win.setTimeout(() => revoke(url), REVOKE_AFTER_MS);
    },
  };
}
