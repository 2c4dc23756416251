/**
 * Saying what a record holds as the file wrote it: where a value was shortened (and how long it
 * was), whose words a failure reason is, the server's own reason phrase when it differs from
 * the standard one, and a request whose file left the method empty. Used by the detail pane and
 * every copy format, so that nothing is cut or renamed without saying so.
 */
import type { RequestRecord } from '../har/record';
import type { Annotation } from './annotate';

const n = (value: number) => value.toLocaleString('en-US');

/** "URL shortened: 8,192 of 12,345 characters shown", or '' when nothing was cut. */
export function cutNote(what: string, shown: number, total: number): string {
  return total > shown ? `${what} shortened: ${n(shown)} of ${n(total)} characters shown` : '';
}

/** The record's URL cut note ('' when whole). */
export function urlCutNote(record: Pick<RequestRecord, 'url' | 'urlLength'>): string {
  return cutNote('URL', record.url.length, record.urlLength);
}

/** What to call the recorded failure reason: whose words it is, and where it was found. */
export function reasonHeading(
  record: Pick<RequestRecord, 'errorField' | 'errorSource' | 'error'>,
): string {
  const where = record.errorField ? ` (${record.errorField})` : '';
  if (record.error.startsWith('net::ERR_')) return `Chromium’s reason${where}`;
  if (record.errorSource === 'browser') return `Browser’s reason${where}`;
  if (record.errorSource === 'tool') return `The recording tool’s own error${where}`;
  return `Recorded reason${where}`;
}

/** The server's own reason phrase when it says something else than the standard one; '' when
 * it is empty (HTTP/2 and HTTP/3 send none) or the same. */
export function serverPhrase(
  record: Pick<RequestRecord, 'statusText'>,
  annotation: Annotation,
): string {
  const said = record.statusText.trim();
  if (said === '') return '';
  const standard = annotation.entry?.phrase ?? '';
  return said.toLowerCase() === standard.toLowerCase() ? '' : said;
}

/** The method as shown: the file's own, or a mark that it left it empty. */
export function methodShown(method: string): string {
  return method === '' ? '(no method)' : method;
}
