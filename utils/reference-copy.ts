import type { StatusEntry } from '../data/types';
import { labelOf } from './lookup';
import { codeSpan, escapeMarkdown } from './markdown';

/** The copy formats of the popup: the exact label, and a Markdown snippet for docs. */
export function copyLabel(entry: StatusEntry): string {
  return labelOf(entry);
}

/** "**404 Not Found**: meaning ([RFC 9110 §15.5.5](https://…))" */
export function copyMarkdown(entry: StatusEntry): string {
  const head = `**${escapeMarkdown(labelOf(entry))}**: ${escapeMarkdown(entry.meaning)}`;
  const { title, url } = entry.source;
  if (url && /^https:\/\//.test(url) && !/[\s()<>]/.test(url)) {
    return `${head} ([${escapeMarkdown(title)}](${url}))`;
  }
  return `${head} (${codeSpan(title)})`;
}
