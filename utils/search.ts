import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import type { StatusEntry } from '../data/types';
import { labelOf } from './lookup';
import { parseQuery } from './search-query';

/**
 * Search over the reference, tuned for how people look codes up. Numbers, prefixes, classes
 * and pasted log lines are resolved before any fuzzy matching, so that "40" never shows 50x;
 * words go to Fuse.js, one pattern per word, each word free to match in any field.
 */
export interface Searcher {
  search(query: string): StatusEntry[];
}

interface Doc {
  entry: StatusEntry;
  label: string;
  phrase: string;
  aliases: string[];
  meaning: string;
  body: string[];
}

const KEYS = [
  { name: 'phrase', weight: 4 },
  { name: 'aliases', weight: 3 },
  { name: 'label', weight: 2 },
  { name: 'meaning', weight: 1 },
  { name: 'body', weight: 0.5 },
];

const FUSE_OPTIONS: IFuseOptions<Doc> = {
  keys: KEYS,
  includeScore: true,
  // A word may match anywhere in a long field (Fuse drops far matches by default).
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9:_]+/g, ' ')
    .trim();

export function createSearcher(entries: readonly StatusEntry[]): Searcher {
  const docs: Doc[] = entries.map((entry) => ({
    entry,
    label: labelOf(entry),
    phrase: entry.phrase,
    aliases: entry.aliases,
    meaning: entry.meaning,
    body: [entry.context, ...entry.causes, ...entry.fixes],
  }));
  let fuse: Fuse<Doc> | undefined;
  const exactNames = new Map<string, number[]>();
  docs.forEach((doc, index) => {
    for (const name of [doc.phrase, doc.label, ...doc.aliases]) {
      const key = norm(name);
      const list = exactNames.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      exactNames.set(key, list);
    }
  });

  function fuzzy(words: string[]): StatusEntry[] {
    fuse ??= new Fuse(docs, FUSE_OPTIONS);
    const query: Expression = {
      $and: words.map((word) => ({
        $or: KEYS.map((key) => ({ [key.name]: word })),
      })),
    };
    return fuse.search(query).map((result) => result.item.entry);
  }

  function byWords(text: string): StatusEntry[] {
    const key = norm(text);
    if (!key) return [];
    const exact = (exactNames.get(key) ?? []).map((index) => docs[index]?.entry as StatusEntry);
    const words = key.split(' ').filter((word) => word.length > 1);
    const matches = words.length > 0 ? fuzzy(words) : [];
    return unique([...exact, ...matches]);
  }

  return {
    search(query: string): StatusEntry[] {
      const parsed = parseQuery(query);
      switch (parsed.kind) {
        case 'all':
          return [...entries];
        case 'codes':
          return entries.filter((entry) => parsed.match(entry.code));
        case 'text': {
          const pinned = parsed.codes.flatMap((code) =>
            entries.filter((entry) => entry.code === code),
          );
          const rest = parsed.text ? byWords(parsed.text) : [];
          return unique([...pinned, ...rest]);
        }
      }
    },
  };
}

function unique(list: StatusEntry[]): StatusEntry[] {
  return [...new Set(list)];
}
