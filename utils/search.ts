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
  /** Builds what word queries need now (the popup calls it when idle after opening), so that
   * the first one does not wait for it. Word queries build it themselves when it is not there. */
  prepare(): void;
}

interface Doc {
  entry: StatusEntry;
  label: string;
  phrase: string;
  aliases: string[];
  meaning: string;
  /** Normalised phrase and aliases, for exact matches. */
  names: { phrase: string; aliases: string[] };
  /** Context, causes and fixes, normalised: matched word by word, without fuzziness. */
  body: string;
}

/** Fuzzy matching runs over the short fields only; long text is matched exactly, and cheaply. */
const KEYS = [
  { name: 'phrase', weight: 4 },
  { name: 'aliases', weight: 3 },
  { name: 'label', weight: 2 },
  { name: 'meaning', weight: 1 },
];

/** A document whose long text holds every word ranks after the fuzzy matches on names. */
const BODY_SCORE = 0.6;

/** The short fields that name a code: the whole query is matched against these too. */
const NAME_KEYS = [
  { name: 'phrase', weight: 2 },
  { name: 'aliases', weight: 1.5 },
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

function toDoc(entry: StatusEntry): Doc {
  return {
    entry,
    label: labelOf(entry),
    phrase: entry.phrase,
    aliases: entry.aliases,
    meaning: entry.meaning,
    names: { phrase: norm(entry.phrase), aliases: entry.aliases.map(norm) },
    body: ` ${norm([entry.meaning, entry.context, ...entry.causes, ...entry.fixes].join(' '))} `,
  };
}

export function createSearcher(entries: readonly StatusEntry[]): Searcher {
  // Documents and indexes are built on the first word query, never before the first paint.
  let docs: Doc[] | undefined;
  let words: Fuse<Doc> | undefined;
  let names: Fuse<Doc> | undefined;

  function indexes(): { docs: Doc[]; names: Fuse<Doc>; words: Fuse<Doc> } {
    docs ??= entries.map(toDoc);
    names ??= new Fuse(docs, { ...FUSE_OPTIONS, keys: NAME_KEYS, threshold: 0.3 });
    words ??= new Fuse(docs, FUSE_OPTIONS);
    return { docs, names, words };
  }

  /** Lower score is better: exact names, then the whole query against names, then words. */
  function scored(text: string): StatusEntry[] {
    const key = norm(text);
    if (!key) return [];
    const { docs, names, words } = indexes();
    const scores = new Map<Doc, number>();
    const offer = (doc: Doc, score: number) => {
      const penalty = doc.entry.origin.kind === 'vendor' ? 0.02 : 0;
      scores.set(doc, Math.min(scores.get(doc) ?? 9, score + penalty));
    };
    const terms = key.split(' ').filter((term) => term.length > 1);
    for (const doc of docs) {
      if (doc.names.phrase === key) offer(doc, -2);
      else if (doc.names.aliases.includes(key)) offer(doc, -1);
      else if (terms.length > 0 && terms.every((term) => doc.body.includes(` ${term}`))) {
        offer(doc, BODY_SCORE);
      }
    }
    for (const result of names.search(key)) offer(result.item, (result.score ?? 1) - 0.5);
    if (terms.length > 0) {
      const query: Expression = {
        $and: terms.map((term) => ({ $or: KEYS.map((k) => ({ [k.name]: term })) })),
      };
      for (const result of words.search(query)) offer(result.item, result.score ?? 1);
    }
    return [...scores.entries()].sort((a, b) => a[1] - b[1]).map(([doc]) => doc.entry);
  }

  return {
    prepare() {
      indexes();
    },
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
          const rest = parsed.text ? scored(parsed.text) : [];
          return [...new Set([...pinned, ...rest])];
        }
      }
    },
  };
}
