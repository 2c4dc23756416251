/**
 * GraphQL traffic for the benchmark: a share of the generated requests turned into GraphQL
 * calls (POST /graphql, a JSON query, a JSON answer of a realistic size, one in five with an
 * `errors` array), and the bodies the fake getContent answers for them. Sizes: 0.5 to 32 KB,
 * most a few KB (product lists, user pages), as GraphQL APIs answer.
 */
import { type ChromiumEntry, seededRandom } from '../har-generator';

/** One GraphQL call in `every` requests. */
export const GRAPHQL_EVERY = 10;
/** One GraphQL answer in this many carries an `errors` array. */
const ERRORS_EVERY = 5;

/** The body each GraphQL request's getContent answers, by request URL (unique per call). */
const bodies = new Map<string, string>();

export function graphqlBodyFor(url: string): string | undefined {
  return bodies.get(url);
}

function answer(random: () => number, size: number, failed: boolean): string {
  const item = (i: number) =>
    `{"id":"gid://shop/Product/${1000 + i}","title":"Product ${i}","price":"${(random() * 100).toFixed(2)}","available":true}`;
  const items: string[] = [];
  let length = 40;
  for (let i = 0; length < size; i++) {
    const next = item(i);
    items.push(next);
    length += next.length + 1;
  }
  const data = `{"products":{"nodes":[${items.join(',')}]}}`;
  return failed
    ? `{"errors":[{"message":"Not allowed to read price","path":["products","nodes",0,"price"],"extensions":{"code":"FORBIDDEN"}}],"data":${data}}`
    : `{"data":${data}}`;
}

/** Turns every GRAPHQL_EVERY-th entry (after the document) into a GraphQL call; returns how
 * many of them answer with errors. */
export function addGraphql(entries: ChromiumEntry[], seed: number): number {
  const random = seededRandom(seed + 99);
  bodies.clear();
  let failures = 0;
  for (let i = GRAPHQL_EVERY; i < entries.length; i += GRAPHQL_EVERY) {
    const entry = entries[i] as ChromiumEntry;
    const url = `https://api.shop.example/graphql?call=${i}`;
    const size = Math.round(500 + random() ** 2 * 32_000);
    const failed = (i / GRAPHQL_EVERY) % ERRORS_EVERY === 0;
    if (failed) failures += 1;
    const text = answer(random, size, failed);
    bodies.set(url, text);
    entry.request.method = 'POST';
    entry.request.url = url;
    entry.request.postData = {
      mimeType: 'application/json',
      text: '{"operationName":"Products","query":"query Products { products(first: 50) { nodes { id title price available } } }"}',
    };
    entry.response.status = 200;
    entry.response.statusText = 'OK';
    entry.response.content = { size: text.length, mimeType: 'application/json' };
    (entry.response as { _error?: string | null })._error = null;
  }
  return failures;
}
