/**
 * The port between the panel and where requests come from. The DevTools panel's adapter
 * (entrypoints/devtools-panel/network-source.ts) implements it over `browser.devtools`; tests
 * hand in a fake that plays back HAR fixtures. Entries are raw HAR entries (`unknown`: they are
 * checked by normalizeEntry); the handle is whatever the source needs to read a body later.
 */
import type { RawBody } from './app-reader';
import type { ResponseBody } from './body';

export interface SourcedEntry<Handle> {
  entry: unknown;
  handle?: Handle;
}

export interface SourceEvents<Handle> {
  /** A request finished after the panel opened. */
  request(item: SourcedEntry<Handle>): void;
  /** The inspected page navigated: a new page or a single-page app's route change. */
  navigated(url: string): void;
}

/** What the browser lists now, as a HAR to save ("Save HAR without secrets"). */
export interface ExportedHar {
  /** `{ log }` as plain JSON: the browser's own entries, uncut, with their bodies in
   * `response.content.text` when they were asked for. */
  har: unknown;
  /** Bodies asked for but left out: unreadable, or over the size budget for bodies. */
  bodiesLeftOut: number;
}

export interface NetworkSource<Handle> {
  /** What the browser recorded before the panel opened. */
  history(): Promise<SourcedEntry<Handle>[]>;
  /** Starts listening; the returned function stops. */
  subscribe(events: SourceEvents<Handle>): () => void;
  readBody(handle: Handle): Promise<ResponseBody>;
  /** The body as the browser hands it over (text, or base64 with its encoding), or null when it
   * has none any more: what the application-failure reader parses (app-reader.ts). A source
   * without it reads no body on its own. */
  readRaw?(handle: Handle): Promise<RawBody | null>;
  /** Reloads the inspected page. */
  reload(): void;
  /** A fresh export of everything the browser lists (never the panel's cut records), with the
   * response bodies when `withBodies`. */
  exportLog(withBodies: boolean): Promise<ExportedHar>;
}
