/**
 * What is a secret: names that carry secrets, names that are kept for bug reports, and the
 * shapes of values that are credentials whatever they are called. Data and small predicates
 * only; sanitize.ts applies them. Token formats as the providers document them (GitHub, GitLab,
 * AWS, Google, Azure, Stripe, Slack, Discord, Telegram, Twilio, SendGrid, Mailgun, npm, PyPI,
 * Docker Hub, Shopify, OpenAI, Anthropic, Hugging Face); JWT per RFC 7519, JWE per RFC 7516.
 *
 * Which rule wins:
 * 1. A secret-like name (Authorization, Cookie, X-Api-Key, ?token=, "password":) always hides
 *    its value, whatever it looks like.
 * 2. A name kept for bug reports (X-Request-Id, traceparent, ETag, CF-Ray, a vendor's request
 *    id, Date, Content-Length…) keeps its value, unless the value is a credential beyond doubt
 *    (a JWT, a provider's token prefix, a private key): those never pass.
 * 3. Under any other name, and in free text, a value is hidden when its shape says credential:
 *    the above, long hex or base64 runs, and a UUID or hex value in a token position (a query,
 *    cookie, form or JSON value, or the word after "session", "token" and their kin in text).
 *    Path segments are hidden only in token positions (webhook and bot URLs) or when they are
 *    credentials beyond doubt, so that ids and content hashes in paths stay readable.
 */

/** Names are compared lower-cased, with "-", "." and " " read as "_". */
export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/[-. ]/g, '_');
}

const SECRET_NAMES = new Set([
  'authorization',
  'proxy_authorization',
  'cookie',
  'set_cookie',
  'dpop',
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'auth',
  'code',
  'code_verifier',
  'key',
  'client_secret',
  'secret',
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'pin',
  'otp',
  'session',
  'sessionid',
  'session_id',
  'sid',
  'sess',
  'phpsessid',
  'jsessionid',
  'totp',
  'hotp',
  'mfa_code',
  'verification_code',
  'one_time_code',
  'otp_code',
  'signature',
  'sig',
  'hmac',
  'jwt',
  'ticket',
  'assertion',
  'samlresponse',
  'samlrequest',
  'policy',
  'key_pair_id',
  'hdnea',
  'hdnts',
  '__token__',
  'x_amz_signature',
  'x_amz_credential',
  'x_amz_security_token',
  'x_goog_signature',
  'x_goog_credential',
  'subscription_key',
  'appid',
  'app_id',
  'app_secret',
  'private_key',
  'privatekey',
  'credentials',
]);

/** Parts of a name that make it secret: x-auth-key, x-functions-key, my_api_token… */
const SECRET_NAME_PARTS = [
  'token',
  'secret',
  'password',
  'passwd',
  'apikey',
  'api_key',
  'auth_key',
  'access_key',
  'private_key',
  'subscription_key',
  'functions_key',
  'credential',
  'session',
  'sessid',
  'authorization',
  'jwt',
  'csrf',
  'xsrf',
  'signature',
  'assertion',
];

/** Names whose values people need in a bug report: request and trace ids, cache validators,
 * dates and sizes. Kept by rule 2. */
const KEEP_NAMES = new Set([
  'x_request_id',
  'request_id',
  'requestid',
  'trace_id',
  'traceid',
  'span_id',
  'spanid',
  'x_correlation_id',
  'correlation_id',
  'traceparent',
  'tracestate',
  'b3',
  'x_b3_traceid',
  'x_b3_spanid',
  'x_b3_parentspanid',
  'sentry_trace',
  'baggage',
  'x_cloud_trace_context',
  'x_amzn_requestid',
  'x_amzn_trace_id',
  'x_amz_request_id',
  'x_amz_id_2',
  'x_amz_cf_id',
  'x_ms_request_id',
  'x_ms_correlation_request_id',
  'x_github_request_id',
  'cf_ray',
  'x_served_by',
  'x_cache',
  'x_varnish',
  'request_context',
  'etag',
  'if_none_match',
  'if_match',
  'last_modified',
  'if_modified_since',
  'date',
  'expires',
  'age',
  'content_length',
  'content_type',
  'content_encoding',
  'cache_control',
  'accept',
  'accept_language',
  'accept_encoding',
  'user_agent',
  'vary',
  'server',
  'via',
  'integrity',
  'v',
  'version',
  'page',
  'per_page',
  'limit',
  'offset',
]);

export function isSecretName(name: string): boolean {
  const key = nameKey(name);
  if (key === '') return false;
  return SECRET_NAMES.has(key) || SECRET_NAME_PARTS.some((part) => key.includes(part));
}

export function isKeptName(name: string): boolean {
  return KEEP_NAMES.has(nameKey(name));
}

/** Provider token formats: a name for the marker and the pattern of the whole value. */
const PROVIDERS: readonly [string, RegExp][] = [
  ['GitHub token', /^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{50,})$/],
  ['GitLab token', /^gl(pat|dt|rt|ptt|cbt|oas|ft)-[A-Za-z0-9_-]{20,}$/],
  ['AWS key id', /^(AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}$/],
  ['Google API key', /^AIza[A-Za-z0-9_-]{35}$/],
  ['Google OAuth token', /^(ya29\.[A-Za-z0-9._-]{20,}|1\/\/[A-Za-z0-9_-]{20,})$/],
  ['Stripe key', /^(sk|rk|pk)_(live|test)_[A-Za-z0-9]{16,}$|^whsec_[A-Za-z0-9]{20,}$/],
  ['Slack token', /^xox[abposr]-[A-Za-z0-9-]{10,}$|^xapp-[0-9]-[A-Za-z0-9-]{10,}$/],
  ['SendGrid key', /^SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}$/],
  ['Twilio key', /^(SK|AC)[0-9a-f]{32}$/],
  ['Mailgun key', /^key-[0-9a-f]{32}$/],
  ['Mailchimp key', /^[0-9a-f]{32}-us[0-9]{1,2}$/],
  ['npm token', /^npm_[A-Za-z0-9]{36}$/],
  ['PyPI token', /^pypi-[A-Za-z0-9_-]{50,}$/],
  ['Docker Hub token', /^dckr_pat_[A-Za-z0-9_-]{20,}$/],
  ['Shopify token', /^shp(at|ss|ca|pa)_[a-fA-F0-9]{32}$/],
  ['Anthropic key', /^sk-ant-[A-Za-z0-9_-]{20,}$/],
  ['OpenAI key', /^sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}$/],
  ['Hugging Face token', /^hf_[A-Za-z0-9]{30,}$/],
  ['Telegram bot token', /^[0-9]{8,10}:[A-Za-z0-9_-]{35}$/],
  ['Discord token', /^[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}$/],
  ['Square token', /^(EAAA|sq0atp-|sq0csp-)[A-Za-z0-9_-]{20,}$/],
  ['Atlassian token', /^ATATT[A-Za-z0-9_=-]{20,}$/],
  ['PASETO', /^v[1-4]\.(local|public)\.[A-Za-z0-9_-]{20,}/],
  ['JWT', /^eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/],
  [
    'JWE',
    /^eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$/,
  ],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
];

/** A credential beyond doubt: a provider's token, a JWT, a private key. Its marker name. */
export function credentialKind(value: string): string | null {
  for (const [name, pattern] of PROVIDERS) if (pattern.test(value)) return name;
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{16,}$/i;
const OPAQUE = /^[A-Za-z0-9+/_=~.-]{24,}$/;

/** How opaque a value is: long runs of hex or base64 mixing letter cases and digits. */
function opaque(value: string): boolean {
  if (!OPAQUE.test(value)) return false;
  if (/^[0-9a-f]{32,}$/i.test(value)) return true;
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((c) => c.test(value)).length;
  return value.length >= 40 ? classes >= 2 : classes === 3;
}

/**
 * The shape of a value as a secret, or null: a credential beyond doubt, an opaque run, and (in
 * a token position, `position` true) a UUID or hex id.
 */
/** Subresource-integrity and content digests ("sha384-…"): hashes of public files. */
const DIGEST = /^(sha(1|256|384|512)|md5)[-:][A-Za-z0-9+/=_-]+$/;

export function secretShape(value: string, position: boolean): string | null {
  const credential = credentialKind(value);
  if (credential) return credential;
  if (DIGEST.test(value)) return null;
  if (opaque(value)) return 'opaque';
  if (position && (UUID.test(value) || HEX.test(value))) return 'id';
  return null;
}
