import { describe, expect, it } from 'vitest';
import { reference } from '../../../data/reference';
import {
  chromiumNetErrors,
  cloudflareErrorNumbers,
  firefoxNetErrors,
  firefoxProxyErrors,
  signatureSets,
} from '../../../data/signatures';
import { idOf } from '../../../utils/lookup';
import { createSearcher } from '../../../utils/search';

const ids = new Set(reference.map(idOf));
const searcher = createSearcher(reference);
const top = (query: string, n = 3) => searcher.search(query).slice(0, n).map(idOf);

describe('signatures', () => {
  it('name only entries that exist, and say where each set comes from', () => {
    const keys = [
      ...signatureSets.flatMap((set) => Object.keys(set.messages)),
      ...Object.keys(firefoxProxyErrors),
      ...Object.keys(cloudflareErrorNumbers),
    ];
    expect(keys.filter((key) => !ids.has(key))).toEqual([]);
    for (const set of signatureSets) expect(set.source.length).toBeGreaterThan(20);
  });

  it('are messages, not prose: short, none empty, none repeated within an entry', () => {
    for (const set of signatureSets) {
      for (const [id, messages] of Object.entries(set.messages)) {
        expect(messages.length, id).toBeGreaterThan(0);
        expect(new Set(messages).size, id).toBe(messages.length);
        for (const message of messages) expect(message.length, message).toBeLessThanOrEqual(160);
      }
    }
  });

  it('list the browsers’ network error names compactly, each once', () => {
    const chromium = chromiumNetErrors.trim().split(/\s+/);
    expect(chromium.length).toBeGreaterThan(200);
    expect(new Set(chromium).size).toBe(chromium.length);
    expect(chromium.every((name) => /^[A-Z0-9_]+$/.test(name))).toBe(true);
    const firefox = firefoxNetErrors.trim().split(/\s+/);
    expect(firefox.every((name) => /^NS_(?:ERROR|BINDING)_[A-Z0-9_]+$/.test(name))).toBe(true);
  });

  it('give each Cloudflare 1xxx number one status', () => {
    const numbers = Object.values(cloudflareErrorNumbers).flat();
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((n) => n >= 1000 && n <= 1999)).toBe(true);
  });

  it('lead to their entries: each message, searched as it is printed, finds its entry in the top three', () => {
    const missed: string[] = [];
    for (const set of signatureSets) {
      for (const [id, messages] of Object.entries(set.messages)) {
        for (const message of messages)
          if (!top(message).includes(id)) missed.push(`${message} → ${id}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('find "no response" for every browser network error name, and the proxy statuses', () => {
    for (const name of chromiumNetErrors.trim().split(/\s+/)) {
      expect(top(`net::ERR_${name}`, 1), name).toEqual(['0']);
      expect(top(`ERR_${name}`), name).toContain('0');
    }
    expect(top('NS_ERROR_PROXY_BAD_GATEWAY', 1)).toEqual(['502']);
    expect(top('NS_ERROR_NET_RESET', 1)).toEqual(['0']);
  });
});
