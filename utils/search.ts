import type { IFuseOptions } from 'fuse.js';
// The basic build: plain fuzzy search, no extended query syntax (about 2 KB less, gzipped).
import Fuse from 'fuse.js/basic';
import {
  chromiumNetErrors,
  cloudflareErrorNumbers,
  firefoxNetErrors,
  firefoxProxyErrors,
  signatureSets,
} from '../data/signatures';
import type { StatusEntry } from '../data/types';
import { idOf, labelOf } from './lookup';
import { isNumber, isStopWord, parseQuery, SYNONYMS, wordsOf } from './search-query';

/**
 * Search over the reference, tuned for how people look codes up. Numbers, prefixes, classes and
 * the status of a pasted log line are resolved before any word is compared (search-query.ts), so
 * that "40" never shows 50x. Words are then ranked in tiers:
 * 1. strong matches, ranked as they always were: the exact name or alias, the whole query close
 *    to a name (typos forgiven), every word present; and the messages real software prints for a
 *    code (data/signatures.ts) found whole in the query;
 * 2. when those are few, partial matches below them, by how much of the query's information an
 *    entry covers: rare words and words of names count more than common words and long text.
 * The work is bounded whatever the query's length: a long paste is read once, word by word.
 */
export interface Searcher {
  search(query: string): StatusEntry[];
  /** Builds the word index now (the popup calls it when idle after opening), so that the first
   * word query does not wait for it. Word queries build it themselves when it is not there. */
  prepare(): void;
}

/** Words that name another family in a query: its codes then rank with HTTP's. */
const FAMILY_WORDS = { grpc: ['grpc', 'rpc'], websocket: ['websocket', 'ws', 'close'] } as const;
const FAMILY_NAMES: readonly string[] = Object.values(FAMILY_WORDS).flat();

/** How much a word counts, by where an entry has it. */
const FIELD = { name: 1, signature: 0.6, meaning: 0.55, body: 0.3 } as const;

/** Below this many strong matches, partial matches are added. */
const FEW = 5;
/** Partial matches shown at most, and the least share of the best one's score they need. */
const MAX_PARTIAL = 12;
const PARTIAL_SHARE = 0.45;
/** A query longer than this (words, characters) is not compared whole with names. */
const STRONG_MAX_WORDS = 8;
const STRONG_MAX_CHARS = 80;
/** Distinct words of a query that are scored, and unknown ones looked up with typos forgiven. */
const MAX_SCORED = 200;
const MAX_FUZZY = 24;

/** The old normalisation of exact names and whole queries (kept: exact queries rank as before). */
const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9:_]+/g, ' ')
    .trim();

interface Doc {
  entry: StatusEntry;
  /** Added to a strong match's score: a vendor's meaning after the official one, and another
   * family's code far after HTTP's unless the query names the family ("grpc", "websocket"). */
  penalty: number;
  family?: readonly string[];
  phrase: string;
  aliases: string[];
  /** The phrase and aliases, and the same with a space each side (for whole-word checks). */
  names: string[];
  padded: string[];
  /** Words of the names (phrase, aliases, label), and of the one-line meaning, sorted (a word
   * as often as it is written: a word in several names counts a little more). */
  nameWords: string[];
  meaningWords: string[];
  /** The words of the meaning, context, causes and fixes, normalised, sorted and distinct,
   * for word-prefix checks. */
  body: string[];
}

interface Index {
  docs: Doc[];
  /** Folded word → the entries that have it, with the weight of the best field that has it. */
  postings: Map<string, Map<number, number>>;
  /** Signature messages as folded words, by their first word, then (messages of two words or
   * more) by their second. */
  phrases: Map<string, { one: Phrase[]; two: Map<string, Phrase[]> }>;
  /** Pairs of adjacent folded words in names → entries. */
  nameBigrams: Map<string, number[]>;
  /** Fuse.js over the words of names and messages: where a typed word's typos are looked for. */
  /** The words of names and messages by their first letter (typos keep the first letter), each
   * letter's Fuse.js index built the first time a word of that letter is looked up. */
  vocabulary: Map<string, string[]>;
  fuzzyByInitial: Map<string, Fuse<string>>;
  /** The typos found for a typed word, kept: the next keystroke asks again for most words. */
  typoCache: Map<string, Set<string>>;
  /** Each entry's names (phrase and aliases) by length, and a Fuse.js index per length, built
   * the first time: a whole query with typos is compared with names of about its length. */
  namesByLength: Map<number, NameOfLength[]>;
  /** How many entries name each entry's code among their related codes. */
  related: number[];
  /** The length of the longest name (phrase or alias), normalised. */
  longestName: number;
}

interface Phrase {
  doc: number;
  words: string[];
}

interface NameOfLength {
  doc: number;
  name: string;
  /** How many times each character occurs in the name (see `letterCounts`). */
  counts: Uint8Array;
}

/** How many times each character occurs: a–z, 0–9, then one slot for anything else. */
function letterCounts(text: string): Uint8Array {
  const counts = new Uint8Array(37);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const slot = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36;
    counts[slot] = Math.min(255, (counts[slot] as number) + 1);
  }
  return counts;
}

/** Characters of the query that the name lacks (each counted as often as it is missing). Every
 * one costs Fuse.js's Bitap at least one error, so a name that lacks more than the errors the
 * threshold allows cannot match: such names are left out before Fuse.js is asked, which gives
 * the same results for a fraction of the work. */
function missing(query: Uint8Array, name: Uint8Array): number {
  let count = 0;
  for (let k = 0; k < 37; k++) {
    const more = (query[k] as number) - (name[k] as number);
    if (more > 0) count += more;
  }
  return count;
}

/** Typos forgiven in a word of this length (none under five letters). */
const typos = (word: string) => (word.length < 5 ? 0 : word.length < 9 ? 1 : 2);

/** Fuse.js for one typed word against the known words: a close spelling anywhere in the word
 * (Bitap), then kept only when its length is within the typos allowed and it starts with the
 * same letter, so that "unauthorised", "forbiden" and "gatway" are forgiven and a short word is
 * never found inside a long one. */
const FUZZY_WORDS = { includeScore: true, ignoreLocation: true, threshold: 0.3 } as const;
/** Fuse.js for a whole query against the names: a quarter of it may be mistyped. */
const FUZZY_NAME_ERRORS = 0.25;
const FUZZY_NAMES: IFuseOptions<NameOfLength> = {
  includeScore: true,
  ignoreLocation: true,
  threshold: FUZZY_NAME_ERRORS,
  keys: ['name'],
};

/** The known words a typed word may be a typo of (none for words under five letters). */
function typoWords(index: Index, word: string): Set<string> {
  const known = index.typoCache.get(word);
  if (known) return known;
  const allowed = typos(word);
  const out = new Set<string>();
  if (index.typoCache.size >= 4096) index.typoCache.clear();
  index.typoCache.set(word, out);
  if (allowed === 0 || !/^[a-z]+$/.test(word)) return out;
  const initial = word[0] as string;
  let fuse = index.fuzzyByInitial.get(initial);
  if (!fuse) {
    fuse = new Fuse(index.vocabulary.get(initial) ?? [], FUZZY_WORDS);
    index.fuzzyByInitial.set(initial, fuse);
  }
  for (const { item } of fuse.search(word, { limit: 24 })) {
    if (item !== word && item[0] === word[0] && Math.abs(item.length - word.length) <= allowed) {
      out.add(item);
    }
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every signature message of the data, by entry id. */
function signatures(): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  const add = (id: string, message: string) => {
    const list = byId.get(id);
    if (list) list.push(message);
    else byId.set(id, [message]);
  };
  for (const set of signatureSets) {
    for (const [id, messages] of Object.entries(set.messages)) for (const m of messages) add(id, m);
  }
  for (const name of `${chromiumNetErrors} ${firefoxNetErrors}`.split(/\s+/)) {
    if (name) add('0', name.startsWith('NS_') ? name : `ERR_${name}`);
  }
  for (const [id, name] of Object.entries(firefoxProxyErrors)) add(id, `NS_ERROR_PROXY_${name}`);
  for (const [id, numbers] of Object.entries(cloudflareErrorNumbers)) {
    for (const n of numbers) for (const w of ['error', 'code', 'cloudflare']) add(id, `${w} ${n}`);
  }
  return byId;
}

function buildIndex(entries: readonly StatusEntry[]): Index {
  const sigs = signatures();
  const postings = new Map<string, Map<number, number>>();
  const phrases: Index['phrases'] = new Map();
  const nameBigrams = new Map<string, number[]>();
  const post = (word: string, doc: number, weight: number) => {
    if (isNumber(word)) return;
    const docs = postings.get(word) ?? new Map<number, number>();
    if ((docs.get(doc) ?? 0) < weight) docs.set(doc, weight);
    postings.set(word, docs);
  };
  const docs = entries.map((entry, i): Doc => {
    const vendor =
      entry.origin.kind === 'vendor'
        ? entry.origin.vendor
        : entry.origin.kind === 'protocol'
          ? entry.origin.family
          : '';
    const names = [entry.phrase, ...entry.aliases, vendor];
    for (const name of names) {
      const words = wordsOf(name);
      // A word that is a whole name counts fully; one word of a longer name a little less.
      for (const w of words) post(w, i, FIELD.name * (0.75 + 0.25 / words.length));
      for (let k = 1; k < words.length; k++) {
        push(nameBigrams, `${words[k - 1]} ${words[k]}`, i);
      }
    }
    for (const w of wordsOf(entry.meaning, { prose: true })) post(w, i, FIELD.meaning);
    const bodyText = [entry.context, ...entry.causes, ...entry.fixes].join(' ');
    for (const w of wordsOf(bodyText, { prose: true })) post(w, i, FIELD.body);
    for (const message of sigs.get(idOf(entry)) ?? []) {
      const words = wordsOf(message);
      for (const w of words) post(w, i, FIELD.signature);
      // A message is looked for whole when it has two words or more, or is one name (ECONNRESET);
      // a message that comes down to one common word is only a word among others.
      if (words.length === 0 || (words.length === 1 && /\s/.test(message.trim()))) continue;
      const first = words[0] as string;
      let starting = phrases.get(first);
      if (!starting) {
        starting = { one: [], two: new Map() };
        phrases.set(first, starting);
      }
      if (words.length === 1) starting.one.push({ doc: i, words });
      else push(starting.two, words[1] as string, { doc: i, words });
    }
    return {
      entry,
      penalty: entry.origin.kind === 'vendor' ? 0.02 : entry.origin.kind === 'protocol' ? 3 : 0,
      ...(entry.origin.kind === 'protocol' ? { family: FAMILY_WORDS[entry.origin.family] } : {}),
      phrase: norm(entry.phrase),
      aliases: entry.aliases.map(norm),
      names: [norm(entry.phrase), ...entry.aliases.map(norm)],
      padded: [norm(entry.phrase), ...entry.aliases.map(norm)].map((name) => ` ${name} `),
      nameWords: norm(`${labelOf(entry)} ${entry.aliases.join(' ')}`)
        .split(' ')
        .sort(),
      meaningWords: norm(entry.meaning).split(' ').sort(),
      body: [...new Set(norm(`${entry.meaning} ${bodyText}`).split(' '))].sort(),
    };
  });
  // Typos are forgiven towards the words of names and messages only (Fuse.js finds them).
  const known: string[] = [];
  for (const [word, docsOf] of postings) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) continue;
    if ([...docsOf.values()].some((field) => field >= FIELD.signature)) known.push(word);
  }
  const vocabulary = new Map<string, string[]>();
  for (const word of known) push(vocabulary, word[0] as string, word);
  const namesByLength = new Map<number, NameOfLength[]>();
  for (const [i, doc] of docs.entries()) {
    for (const name of doc.names) {
      push(namesByLength, name.length, { doc: i, name, counts: letterCounts(name) });
    }
  }
  const pointedTo = new Map<number, number>();
  for (const entry of entries) {
    for (const code of entry.related) pointedTo.set(code, (pointedTo.get(code) ?? 0) + 1);
  }
  const related = entries.map((entry) => pointedTo.get(entry.code) ?? 0);
  return {
    docs,
    postings,
    phrases,
    nameBigrams,
    vocabulary,
    fuzzyByInitial: new Map(),
    typoCache: new Map(),
    namesByLength,
    related,
    longestName: Math.max(...namesByLength.keys()),
  };
}

/** How well a typed word matches one of these sorted words: 0 exact, 1 prefix, 2 a typo, -1
 * not; and how many of the words it matches (a word in several names counts a little more). */
function wordMatch(
  term: string,
  sorted: readonly string[],
  typosOf: ReadonlySet<string>,
): { best: number; count: number } {
  const from = firstAtOrAfter(sorted, term);
  let count = firstAtOrAfter(sorted, `${term}\uffff`) - from;
  let best = count === 0 ? -1 : sorted[from] === term ? 0 : 1;
  for (const typo of typosOf) {
    if (typo.startsWith(term)) continue;
    const at = firstAtOrAfter(sorted, typo);
    let k = at;
    while (sorted[k] === typo) k += 1;
    if (k > at) {
      count += k - at;
      if (best < 0) best = 2;
    }
  }
  return { best, count };
}

/** The index of the first word at or after `word` in sorted order. */
function firstAtOrAfter(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a sorted list of words has one that begins with `prefix`. */
function hasWordStarting(sorted: readonly string[], prefix: string): boolean {
  return sorted[firstAtOrAfter(sorted, prefix)]?.startsWith(prefix) ?? false;
}

/** Strong matches, scored as they always were (lower is better). */
function strong(
  index: Index,
  key: string,
  named: ReadonlySet<string>,
  scores: Map<number, number>,
): void {
  // A query longer than a short one is compared only as an exact name or alias: when it is
  // longer than every name too (a paste), there is nothing to compare.
  if (!key || (key.length > STRONG_MAX_CHARS && key.length > index.longestName)) return;
  const terms = key.split(' ').filter((term) => term.length > 1 && !isStopWord(term));
  const short = key.length <= STRONG_MAX_CHARS && terms.length <= STRONG_MAX_WORDS;
  const offer = (i: number, score: number) => {
    const doc = index.docs[i] as Doc;
    const penalty = doc.family?.some((word) => named.has(word)) ? 0 : doc.penalty;
    scores.set(i, Math.min(scores.get(i) ?? 9, score + penalty));
  };
  // The whole query with typos against every name, once (Fuse.js); each term's typos, once.
  const close = new Map<number, number>();
  // Names are short: a query much longer than any is no mistyped name (and Bitap's cost grows
  // with the pattern).
  if (short && key.length >= 5 && key.length <= 36) {
    const counts = letterCounts(key);
    // Bitap splits a pattern over 32 characters into parts and averages their scores: no bound
    // is applied to those.
    const allowed = key.length <= 32 ? Math.floor(key.length * FUZZY_NAME_ERRORS) : key.length;
    for (let length = key.length - 3; length <= key.length + 3; length++) {
      const list = index.namesByLength
        .get(length)
        ?.filter((name) => missing(counts, name.counts) <= allowed);
      if (!list?.length) continue;
      for (const { item, score = 1 } of new Fuse(list, FUZZY_NAMES).search(key, { limit: 20 })) {
        close.set(item.doc, Math.min(close.get(item.doc) ?? 1, score));
      }
    }
  }
  // Typos are looked up for the terms of a short query only: a long one is never compared with
  // the names (a 5 KB paste has hundreds of words, each a Fuse.js search when first met).
  const typosOf = new Map(short ? terms.map((term) => [term, typoWords(index, term)]) : []);
  for (const [i, doc] of index.docs.entries()) {
    if (doc.phrase === key) offer(i, -2);
    else if (doc.aliases.includes(key)) offer(i, -1);
    else if (short) strongByName(doc, i, key, terms, { close: close.get(i), typosOf }, offer);
  }
}

/** The whole query close to a name, or every word of it present. */
function strongByName(
  doc: Doc,
  i: number,
  key: string,
  terms: readonly string[],
  fuzzy: { close: number | undefined; typosOf: ReadonlyMap<string, ReadonlySet<string>> },
  offer: (i: number, score: number) => void,
): void {
  // The whole query against the names: a name it begins or is contained in, or typos.
  let best = 9;
  const padKey = ` ${key} `;
  // A name holds the query, or begins with it, only if some word of the names begins with the
  // query's first word.
  const first = key.slice(0, (key.indexOf(' ') + 1 || key.length + 1) - 1);
  const names = hasWordStarting(doc.nameWords, first) ? doc.names : [];
  for (const [n, name] of names.entries()) {
    if ((doc.padded[n] as string).includes(padKey) || name.startsWith(key)) {
      best = Math.min(best, -0.45 + (name.length - key.length) / 200);
    }
  }
  if (best === 9 && fuzzy.close !== undefined) best = -0.5 + fuzzy.close;
  if (best < 9) {
    offer(i, best);
    return;
  }
  // Every word present: in a name, the one-line meaning (typos in longer words forgiven) or
  // the long text (as a word or its beginning only).
  if (terms.length === 0) return;
  let total = 0;
  for (const term of terms) {
    const typosOf = fuzzy.typosOf.get(term) ?? new Set<string>();
    const inName = wordMatch(term, doc.nameWords, typosOf);
    if (inName.best >= 0) {
      total += ([0.05, 0.12, 0.25][inName.best] as number) - 0.02 * Math.min(inName.count - 1, 3);
      continue;
    }
    const inMeaning = wordMatch(term, doc.meaningWords, typosOf);
    if (inMeaning.best >= 0) {
      total += [0.3, 0.35, 0.45][inMeaning.best] as number;
      continue;
    }
    if (!hasWordStarting(doc.body, term)) return;
    total += 0.6;
  }
  offer(i, total / terms.length);
}

/** Signature messages found whole in the query: the longer the message, the stronger. */
function messages(index: Index, words: readonly string[], scores: Map<number, number>): void {
  const found = (phrases: readonly Phrase[] | undefined, k: number) => {
    for (const { doc, words: phrase } of phrases ?? []) {
      if (phrase.some((w, j) => words[k + j] !== w)) continue;
      const score = -0.6 - Math.min(phrase.length, 8) * 0.04;
      scores.set(doc, Math.min(scores.get(doc) ?? 9, score));
    }
  };
  for (let k = 0; k < words.length; k++) {
    const starting = index.phrases.get(words[k] as string);
    if (!starting) continue;
    found(starting.one, k);
    const after = words[k + 1];
    if (after !== undefined) found(starting.two.get(after), k);
  }
}

/** The known words a typed word may stand for, with how much they count (typos and synonyms
 * count less than the word itself). */
function meanings(index: Index, word: string, fuzzyLeft: { n: number }): [string, number][] {
  const out: [string, number][] = [];
  if (index.postings.has(word)) out.push([word, 1]);
  else if (fuzzyLeft.n > 0 && typos(word) > 0 && /^[a-z]+$/.test(word)) {
    fuzzyLeft.n -= 1;
    for (const known of typoWords(index, word)) out.push([known, 0.7]);
  }
  for (const synonym of Object.hasOwn(SYNONYMS, word) ? (SYNONYMS[word] ?? []) : []) {
    if (index.postings.has(synonym) && !out.some(([w]) => w === synonym)) out.push([synonym, 0.6]);
  }
  return out;
}

/** Partial matches: each entry scored by the share of the query's information it covers. */
function partial(index: Index, words: readonly string[]): Map<number, number> {
  const n = index.docs.length;
  const idf = (word: string) => Math.log(1 + n / (index.postings.get(word)?.size ?? n));
  const scores = new Map<number, number>();
  const fuzzyLeft = { n: MAX_FUZZY };
  let information = 0;
  /** Whether some word of the query is in a name or a message, not only in prose: a word met
   * only in explanations ("sit" in "lorem ipsum dolor sit amet") finds nothing on its own. */
  let meaningful = false;
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.size >= MAX_SCORED) break;
    if (seen.has(word) || isNumber(word)) continue;
    seen.add(word);
    const known = meanings(index, word, fuzzyLeft);
    if (known.length === 0) continue;
    const weight = Math.max(...known.map(([w, share]) => idf(w) * share));
    information += weight;
    const best = new Map<number, number>();
    for (const [w, share] of known) {
      for (const [doc, field] of index.postings.get(w) ?? []) {
        if (field >= FIELD.signature) meaningful = true;
        best.set(doc, Math.max(best.get(doc) ?? 0, idf(w) * share * field));
      }
    }
    for (const [doc, value] of best) scores.set(doc, (scores.get(doc) ?? 0) + value);
  }
  if (information === 0 || !meaningful) return new Map();
  // Two query words side by side in a name say more than the two apart.
  for (let k = 1; k < words.length; k++) {
    for (const doc of index.nameBigrams.get(`${words[k - 1]} ${words[k]}`) ?? []) {
      const bonus = (idf(words[k - 1] as string) + idf(words[k] as string)) * 0.5;
      scores.set(doc, (scores.get(doc) ?? 0) + bonus);
    }
  }
  // Between equal matches, the code more entries point to as related comes first (504 before 599).
  for (const [doc, value] of scores) {
    scores.set(doc, (value / information) * (1 + 0.04 * Math.log1p(index.related[doc] ?? 0)));
  }
  return scores;
}

export function createSearcher(entries: readonly StatusEntry[]): Searcher {
  // The index is built on the first word query (or when idle), never before the first paint.
  let index: Index | undefined;
  const built = () => {
    index ??= buildIndex(entries);
    return index;
  };

  function byWords(text: string): StatusEntry[] {
    const idx = built();
    const words = wordsOf(text);
    const key = norm(text);
    // The words of the query that name a family ("grpc", "websocket").
    const padded = ` ${key} `;
    const named = new Set(FAMILY_NAMES.filter((word) => padded.includes(` ${word} `)));
    const strongScores = new Map<number, number>();
    strong(idx, key, named, strongScores);
    messages(idx, words, strongScores);
    // Another family's codes come after every HTTP match unless the query names the family or
    // is one of their names ("deadline exceeded", "abnormal closure"), and never crowd HTTP's out.
    const unnamed = (i: number) => {
      const { family, names } = idx.docs[i] as Doc;
      return !!family && !family.some((word) => named.has(word)) && !names.includes(key);
    };
    const ranked = [...strongScores.entries()].sort((a, b) => a[1] - b[1]).map(([i]) => i);
    if (ranked.filter((i) => !unnamed(i)).length < FEW) {
      const partialScores = [...partial(idx, words).entries()]
        .filter(([i]) => !strongScores.has(i))
        .sort((a, b) => b[1] - a[1]);
      const top = (partialScores.find(([i]) => !unnamed(i)) ?? partialScores[0])?.[1] ?? 0;
      for (const [i, score] of partialScores.slice(0, MAX_PARTIAL)) {
        if (score >= top * PARTIAL_SHARE) ranked.push(i);
      }
    }
    return [...ranked.filter((i) => !unnamed(i)), ...ranked.filter(unnamed)].map(
      (i) => (idx.docs[i] as Doc).entry,
    );
  }

  return {
    prepare() {
      built();
    },
    search(query: string): StatusEntry[] {
      const parsed = parseQuery(query);
      switch (parsed.kind) {
        case 'all':
          return [...entries];
        case 'codes': {
          const http = entries.filter(
            (entry) => entry.origin.kind !== 'protocol' && parsed.match(entry.code),
          );
          const n = parsed.other;
          if (n === undefined) return http;
          // Then each other meaning of the number, labelled by its family, and Cloudflare's
          // error page of that number (a signature of the HTTP code it comes with).
          const pages = Object.keys(cloudflareErrorNumbers).filter((id) =>
            cloudflareErrorNumbers[id]?.includes(n),
          );
          const family = entries.filter(
            (entry) =>
              entry.origin.kind === 'protocol' &&
              entry.code <= n &&
              n <= (entry.upTo ?? entry.code),
          );
          const cloudflare = entries.filter((entry) => pages.includes(idOf(entry)));
          return [...new Set([...http, ...family, ...cloudflare])];
        }
        case 'text': {
          const pinned = parsed.codes.flatMap((code) =>
            entries.filter((entry) => entry.code === code),
          );
          const rest = parsed.text ? byWords(parsed.text) : [];
          return [...new Set([...pinned, ...rest])];
        }
      }
    },
  };
}
