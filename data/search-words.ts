/**
 * The words the search reads specially, as data: words that say nothing about a status, and
 * everyday words for what the reference names otherwise (folded forms, as the search folds
 * words: utils/search-query.ts). Our own lists.
 */

/** Words that say nothing about a status: grammar, and the framing of log lines. */
export const STOP_WORDS = `a an and are as at be been but by can could did do does for from had has have he her his how i
  if in into is it its me my of on or our she so than that the their them then there these they
  this those to us was we were what when where which while who why will with would you your
  am pm utc gmt jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun
  please help anyone getting got any some also just here via www com org net io html php
  info debug warn warning notice level msg ts log logger stack trace null undefined true false`;

/**
 * Everyday words for what the reference names otherwise, as folded words: a query's word also
 * counts as these, a little less than the reference's own word would.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  slow: ['timeout', 'tim'],
  hang: ['timeout'],
  hung: ['timeout'],
  idle: ['timeout', 'expir'],
  took: ['timeout'],
  down: ['unavailabl', 'outag'],
  offlin: ['unavailabl', 'down'],
  outag: ['unavailabl'],
  restart: ['unavailabl', 'maintenanc'],
  overload: ['unavailabl', 'overload'],
  busy: ['unavailabl'],
  deny: ['forbidden', 'unauthoriz'],
  right: ['permission'],
  lack: ['permission'],
  folder: ['directory'],
  ban: ['forbidden', 'block'],
  bann: ['forbidden', 'block'],
  big: ['larg'],
  huge: ['larg'],
  quota: ['limit'],
  throttl: ['rate', 'limit'],
  logout: ['session', 'login'],
  signin: ['login'],
  credential: ['authentication'],
  crash: ['internal', 'unavailabl'],
  ssl: ['tls'],
  tls: ['ssl'],
  cert: ['certificat'],
  resolv: ['dns'],
  refus: ['refus', 'connection'],
};
