/**
 * Secret shapes for the sanitizer's leak tests (issue 16): what providers' credentials, signed
 * URLs, session cookies and passwords look like, one realistic but FAKE value per shape.
 *
 * Every value is built when this module loads, from a tiny seeded generator keyed by the shape's
 * id: deterministic (no Math.random, no clock), the right prefix, alphabet and length, and no
 * literal in this file is a working credential or looks like one to a secret scanner.
 *
 * Data only: the tests decide how to plant a value in each carrier and how to look for it.
 */

export interface SecretShape {
  /** Short id, unique: 'github-classic-pat'. */
  id: string;
  /** What it is, for test names: 'GitHub personal access token (classic)'. */
  name: string;
  /** The kind the sanitizer should report: 'jwt' | 'token' | 'api-key' | 'password' | 'cookie' |
   * 'signature' | 'session' | 'basic-auth' | 'webhook' | 'private-key'. */
  kind: string;
  /** A realistic but FAKE value: right prefix, charset and length as the provider documents it. */
  value: string;
  /**
   * Where such a value is usually carried, to plant it there first:
   * - 'header:<Name>': the header's value (for Authorization and Proxy-Authorization, after the
   *   scheme in `scheme`, 'Bearer' when that is absent);
   * - 'cookie:<name>', 'query:<name>', 'form:<name>', 'json:<key>': the value under that name;
   * - 'path': one segment of the request URL's path;
   * - 'userinfo': the userinfo of the request URL (`https://<value>@host/`);
   * - 'text': free text, such as an error body or an incident note ("Authorization: Bearer <v>");
   * - 'url:<template>': the request URL itself, the value put as is where `{value}` stands (only
   *   for values that real URLs carry unencoded: webhook paths, signed-URL parameters).
   */
  carriers: string[];
  /** For 'header:Authorization' and 'header:Proxy-Authorization': the scheme before the value
   * when it is not 'Bearer' ('Basic', 'Bot', 'SSWS', 'token'); '' when the value stands alone. */
  scheme?: string;
  /** Where the format comes from: the provider's own documentation or source (doc title or
   * repository and path); an RFC or a specification for generic shapes. */
  source: string;
}

// ---------------------------------------------------------------------------------------------
// A tiny seeded generator: FNV-1a turns a label into a seed, mulberry32 draws from it.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = `${UPPER}${LOWER}${DIGITS}`;
const UPPER_ALNUM = `${UPPER}${DIGITS}`;
const LOWER_ALNUM = `${LOWER}${DIGITS}`;
const HEX = '0123456789abcdef';
const HEX_UPPER = '0123456789ABCDEF';
const B64URL = `${ALNUM}-_`;
/** RFC 4648 base32 alphabet, as AWS uses for the 16 characters after AKIA/ASIA. */
const BASE32 = `${UPPER}234567`;

function seedOf(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function generator(label: string): () => number {
  let state = seedOf(label);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters drawn from `alphabet`, the same every time for the same label. */
function fake(label: string, alphabet: string, length: number): string {
  const next = generator(label);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** `count` bytes (as a Latin-1 string), the same every time for the same label. */
function bytes(label: string, count: number): string {
  const next = generator(label);
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCharCode(Math.floor(next() * 256));
  return out;
}

const b64 = (latin1: string): string => btoa(latin1);
const b64url = (latin1: string): string =>
  btoa(latin1).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** CloudFront's URL-safe base64: + becomes -, = becomes _, / becomes ~. */
const b64cloudfront = (latin1: string): string =>
  btoa(latin1).replace(/\+/g, '-').replace(/=/g, '_').replace(/\//g, '~');
const json = (value: unknown): string => JSON.stringify(value);
const digits = (label: string, length: number): string =>
  fake(`${label}/lead`, '123456789', 1) + fake(label, DIGITS, length - 1);
const uuid = (label: string): string => {
  const h = fake(label, HEX, 32);
  const variant = '89ab'[seedOf(`${label}/variant`) % 4];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
};

/** A compact JWS (RFC 7515): base64url(header).base64url(payload).signature of `sigBytes`. */
function jws(label: string, header: object, payload: object, sigBytes: number): string {
  return `${b64url(json(header))}.${b64url(json(payload))}.${b64url(bytes(`${label}/sig`, sigBytes))}`;
}

/** Wraps base64 text at 64 characters, as PEM does (RFC 7468). */
function pem(label: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

// Shared pieces: times (2026-11-27 12:00 UTC, like the other fixtures), a fake AWS key id.
const ISSUED = 1795780800;
const EXPIRES = ISSUED + 3600;
const AWS_KEY_ID = `AKIA${fake('aws-access-key-id', BASE32, 16)}`;
const CLOUDFRONT_KEY_ID = `K${fake('cloudfront-key-pair-id', UPPER_ALNUM, 13)}`;

// ---------------------------------------------------------------------------------------------

export const SECRET_SHAPES: readonly SecretShape[] = [
  // GitHub: prefixed tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_), [A-Za-z0-9_].
  {
    id: 'github-classic-pat',
    name: 'GitHub personal access token (classic)',
    kind: 'token',
    value: `ghp_${fake('github-classic-pat', ALNUM, 36)}`,
    carriers: [
      'header:Authorization',
      'userinfo',
      'url:https://{value}@github.com/acme/widgets.git',
      'json:token',
      'text',
    ],
    source:
      'GitHub Docs: About authentication to GitHub — GitHub’s token formats; GitHub Changelog 2021-03-31: Authentication token format updates are generally available',
  },
  {
    id: 'github-fine-grained-pat',
    name: 'GitHub fine-grained personal access token',
    kind: 'token',
    value: `github_pat_${fake('github-fine-grained-pat/a', ALNUM, 22)}_${fake('github-fine-grained-pat/b', ALNUM, 59)}`,
    carriers: ['header:Authorization', 'userinfo', 'json:token', 'text'],
    source: 'GitHub Docs: About authentication to GitHub — GitHub’s token formats (github_pat_)',
  },
  {
    id: 'github-oauth-token',
    name: 'GitHub OAuth app access token',
    kind: 'token',
    value: `gho_${fake('github-oauth-token', ALNUM, 36)}`,
    carriers: ['header:Authorization', 'json:access_token', 'form:access_token', 'text'],
    scheme: 'token',
    source: 'GitHub Docs: About authentication to GitHub — GitHub’s token formats (gho_)',
  },
  {
    id: 'github-user-to-server-token',
    name: 'GitHub App user access token',
    kind: 'token',
    value: `ghu_${fake('github-user-to-server-token', ALNUM, 36)}`,
    carriers: ['header:Authorization', 'json:access_token', 'text'],
    source: 'GitHub Docs: Refreshing user access tokens (access_token starts with ghu_)',
  },
  {
    id: 'github-installation-token',
    name: 'GitHub App installation access token',
    kind: 'token',
    value: `ghs_${fake('github-installation-token', ALNUM, 36)}`,
    carriers: ['header:Authorization', 'json:token', 'text'],
    source: 'GitHub Docs: About authentication to GitHub — GitHub’s token formats (ghs_)',
  },
  {
    id: 'github-refresh-token',
    name: 'GitHub App refresh token',
    kind: 'token',
    value: `ghr_${fake('github-refresh-token', ALNUM, 76)}`,
    carriers: ['json:refresh_token', 'form:refresh_token', 'text'],
    source: 'GitHub Docs: Refreshing user access tokens (refresh_token starts with ghr_)',
  },

  // GitLab: prefixed tokens (glpat-, gldt-, glrt-), 20 characters of [0-9A-Za-z_-].
  {
    id: 'gitlab-pat',
    name: 'GitLab personal access token',
    kind: 'token',
    value: `glpat-${fake('gitlab-pat', B64URL, 20)}`,
    carriers: [
      'header:PRIVATE-TOKEN',
      'header:Authorization',
      'query:private_token',
      'url:https://oauth2:{value}@gitlab.com/acme/widgets.git',
      'text',
    ],
    source: 'GitLab Docs: GitLab token overview — token prefixes (glpat-)',
  },
  {
    id: 'gitlab-deploy-token',
    name: 'GitLab deploy token',
    kind: 'token',
    value: `gldt-${fake('gitlab-deploy-token', B64URL, 20)}`,
    carriers: ['url:https://gitlab+deploy-token-42:{value}@gitlab.com/acme/widgets.git', 'text'],
    source: 'GitLab Docs: GitLab token overview — token prefixes (gldt-)',
  },
  {
    id: 'gitlab-runner-token',
    name: 'GitLab runner authentication token',
    kind: 'token',
    value: `glrt-${fake('gitlab-runner-token', B64URL, 20)}`,
    carriers: ['json:token', 'form:token', 'text'],
    source: 'GitLab Docs: GitLab token overview — token prefixes (glrt-)',
  },

  // Atlassian and Bitbucket: API tokens (ATATT3…) and Bitbucket app passwords (ATBB…).
  {
    id: 'atlassian-api-token',
    name: 'Atlassian API token (Jira, Confluence, Bitbucket Cloud)',
    kind: 'api-key',
    value: `ATATT3xFfGF0${fake('atlassian-api-token', B64URL, 171)}=${fake('atlassian-api-token/crc', HEX_UPPER, 8)}`,
    carriers: ['json:api_token', 'form:password', 'text'],
    source:
      'Atlassian Support: Manage API tokens for your Atlassian account (prefix and length as Atlassian issues them; not documented)',
  },
  {
    id: 'bitbucket-app-password',
    name: 'Bitbucket app password',
    kind: 'password',
    value: `ATBB${fake('bitbucket-app-password', ALNUM, 24)}${fake('bitbucket-app-password/crc', HEX_UPPER, 8)}`,
    carriers: ['url:https://jdoe:{value}@bitbucket.org/acme/widgets.git', 'form:password', 'text'],
    source:
      'Atlassian Support: Bitbucket Cloud — App passwords (ATBB prefix and 36 characters as issued; not documented)',
  },

  // AWS: access key ids (AKIA long-term, ASIA temporary), secret keys, session tokens, SigV4.
  {
    id: 'aws-access-key-id',
    name: 'AWS access key id (long-term, AKIA)',
    kind: 'api-key',
    value: AWS_KEY_ID,
    carriers: ['json:AccessKeyId', 'query:AWSAccessKeyId', 'text'],
    source:
      'AWS IAM User Guide: IAM identifiers — unique ID prefixes; AWS STS API Reference: GetAccessKeyInfo (AKIA long-term, ASIA temporary)',
  },
  {
    id: 'aws-temporary-access-key-id',
    name: 'AWS temporary access key id (STS, ASIA)',
    kind: 'api-key',
    value: `ASIA${fake('aws-temporary-access-key-id', BASE32, 16)}`,
    carriers: ['json:AccessKeyId', 'text'],
    source: 'AWS STS API Reference: GetAccessKeyInfo (ASIA prefix for temporary credentials)',
  },
  {
    id: 'aws-secret-access-key',
    name: 'AWS secret access key',
    kind: 'api-key',
    value: b64(bytes('aws-secret-access-key', 30)),
    carriers: ['json:SecretAccessKey', 'form:aws_secret_access_key', 'text'],
    source:
      'AWS IAM User Guide: Manage access keys for IAM users (a secret access key is 40 base64 characters)',
  },
  {
    id: 'aws-session-token',
    name: 'AWS STS session token',
    kind: 'token',
    value: `IQoJb3JpZ2luX2Vj${b64(bytes('aws-session-token', 600))}`,
    carriers: [
      'header:X-Amz-Security-Token',
      'query:X-Amz-Security-Token',
      'json:SessionToken',
      'text',
    ],
    source:
      'AWS STS API Reference: Credentials (SessionToken); AWS General Reference: Signature Version 4 — X-Amz-Security-Token',
  },
  {
    id: 'aws-sigv4-signature',
    name: 'AWS Signature Version 4 signature in a presigned URL',
    kind: 'signature',
    value: fake('aws-sigv4-signature', HEX, 64),
    carriers: [
      'query:X-Amz-Signature',
      `url:https://examplebucket.s3.amazonaws.com/reports/2026-11.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${AWS_KEY_ID}%2F20261127%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261127T120000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature={value}`,
      'text',
    ],
    source:
      'Amazon S3 API Reference: Authenticating Requests: Using Query Parameters (AWS Signature Version 4) — X-Amz-Signature, 64 hex',
  },
  {
    id: 'aws-sigv4-credential',
    name: 'AWS Signature Version 4 credential scope (access key id inside)',
    kind: 'api-key',
    value: `${AWS_KEY_ID}/20261127/us-east-1/s3/aws4_request`,
    carriers: ['query:X-Amz-Credential', 'text'],
    source:
      'Amazon S3 API Reference: Authenticating Requests: Using Query Parameters — X-Amz-Credential',
  },

  // Google: API keys (AIza…), OAuth access (ya29.) and refresh (1//) tokens, signed URLs, IAP.
  {
    id: 'google-api-key',
    name: 'Google API key',
    kind: 'api-key',
    value: `AIza${fake('google-api-key', B64URL, 35)}`,
    carriers: [
      'query:key',
      'header:X-Goog-Api-Key',
      'url:https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={value}',
      'json:apiKey',
      'text',
    ],
    source: 'Google Cloud Docs: Manage API keys (keys start with AIza, 39 characters)',
  },
  {
    id: 'google-oauth-access-token',
    name: 'Google OAuth 2.0 access token',
    kind: 'token',
    value: `ya29.a0${fake('google-oauth-access-token', B64URL, 210)}`,
    carriers: ['header:Authorization', 'query:access_token', 'json:access_token', 'text'],
    source:
      'Google Identity: Using OAuth 2.0 to Access Google APIs (opaque access token; ya29. prefix as Google issues it)',
  },
  {
    id: 'google-oauth-refresh-token',
    name: 'Google OAuth 2.0 refresh token',
    kind: 'token',
    value: `1//0${fake('google-oauth-refresh-token', B64URL, 99)}`,
    carriers: ['json:refresh_token', 'form:refresh_token', 'text'],
    source:
      'Google Identity: Using OAuth 2.0 for Web Server Applications — token response (refresh_token "1//…")',
  },
  {
    id: 'gcs-signed-url-signature',
    name: 'Google Cloud Storage V4 signed URL signature',
    kind: 'signature',
    value: fake('gcs-signed-url-signature', HEX, 512),
    carriers: [
      'query:X-Goog-Signature',
      'url:https://storage.googleapis.com/acme-exports/reports/2026-11.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40acme-prod.iam.gserviceaccount.com%2F20261127%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261127T120000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={value}',
    ],
    source:
      'Google Cloud Storage Docs: V4 signing process — X-Goog-Signature (hex-encoded RSA-SHA256 signature)',
  },
  {
    id: 'google-iap-jwt-assertion',
    name: 'Google Cloud IAP signed header JWT (ES256, with kid)',
    kind: 'jwt',
    value: jws(
      'google-iap-jwt-assertion',
      { alg: 'ES256', typ: 'JWT', kid: fake('google-iap-jwt-assertion/kid', B64URL, 6) },
      {
        aud: '/projects/123456789012/global/backendServices/4567890123456789012',
        email: 'jane.doe@example.com',
        exp: ISSUED + 600,
        iat: ISSUED,
        iss: 'https://cloud.google.com/iap',
        sub: 'accounts.google.com:104598432719870123456',
      },
      64,
    ),
    carriers: ['header:X-Goog-IAP-JWT-Assertion', 'text'],
    source:
      'Google Cloud IAP Docs: Securing your app with signed headers (x-goog-iap-jwt-assertion)',
  },

  // Azure: storage SAS and account keys, API Management and Functions keys, Entra ID secrets.
  {
    id: 'azure-sas-signature',
    name: 'Azure Storage shared access signature (sig)',
    kind: 'signature',
    value: b64(bytes('azure-sas-signature', 32)),
    carriers: ['query:sig', 'text'],
    source:
      'Microsoft Learn: Create a service SAS / Service SAS examples (sv, ss, srt, sp, se, st, spr, sig: base64 HMAC-SHA256)',
  },
  {
    id: 'azure-sas-token',
    name: 'Azure Storage SAS token (the whole query string, as the portal gives it)',
    kind: 'signature',
    value: `sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-11-27T13:00:00Z&st=2026-11-27T12:00:00Z&spr=https&sig=${encodeURIComponent(b64(bytes('azure-sas-token', 32)))}`,
    carriers: ['json:sasToken', 'text'],
    source:
      'Microsoft Learn: Create an account SAS (sv, ss, srt, sp, se, st, spr, sig); Grant limited access with SAS',
  },
  {
    id: 'azure-storage-account-key',
    name: 'Azure Storage account key (in a connection string)',
    kind: 'api-key',
    value: b64(bytes('azure-storage-account-key', 64)),
    carriers: ['text', 'json:accountKey'],
    source:
      'Microsoft Learn: Manage storage account access keys; Configure Azure Storage connection strings (AccountKey=…;, 88 base64 characters)',
  },
  {
    id: 'azure-apim-subscription-key',
    name: 'Azure API Management subscription key',
    kind: 'api-key',
    value: fake('azure-apim-subscription-key', HEX, 32),
    carriers: [
      'header:Ocp-Apim-Subscription-Key',
      'query:subscription-key',
      'url:https://contoso.azure-api.net/echo/resource?subscription-key={value}',
      'text',
    ],
    source:
      'Microsoft Learn: Subscriptions in Azure API Management (Ocp-Apim-Subscription-Key header, subscription-key query parameter)',
  },
  {
    id: 'azure-functions-key',
    name: 'Azure Functions function key',
    kind: 'api-key',
    value: `${fake('azure-functions-key/a', B64URL, 40)}AzFu${fake('azure-functions-key/b', B64URL, 10)}==`,
    carriers: [
      'header:x-functions-key',
      'query:code',
      'url:https://contoso-fn.azurewebsites.net/api/HttpTrigger1?code={value}',
      'text',
    ],
    source:
      'Microsoft Learn: Work with access keys in Azure Functions (x-functions-key header or code query parameter)',
  },
  {
    id: 'azure-entra-client-secret',
    name: 'Microsoft Entra ID (Azure AD) application client secret',
    kind: 'api-key',
    value: `${fake('azure-entra-client-secret/a', ALNUM, 3)}8Q~${fake('azure-entra-client-secret/b', `${ALNUM}_~.-`, 34)}`,
    carriers: ['form:client_secret', 'json:clientSecret', 'text'],
    source:
      'Microsoft identity platform: Add credentials — client secrets (the Q~ marker and length as Entra issues them; not documented)',
  },

  // Stripe: secret, restricted and publishable keys, webhook signing secrets.
  {
    id: 'stripe-secret-key',
    name: 'Stripe live secret key',
    kind: 'api-key',
    value: `sk_live_51${fake('stripe-secret-key', ALNUM, 97)}`,
    carriers: [
      'header:Authorization',
      'userinfo',
      'url:https://{value}:@api.stripe.com/v1/charges',
      'json:secret_key',
      'text',
    ],
    source: 'Stripe Docs: API keys (sk_live_, rk_live_, pk_live_ key types)',
  },
  {
    id: 'stripe-restricted-key',
    name: 'Stripe live restricted key',
    kind: 'api-key',
    value: `rk_live_51${fake('stripe-restricted-key', ALNUM, 97)}`,
    carriers: ['header:Authorization', 'json:api_key', 'text'],
    source: 'Stripe Docs: API keys — restricted keys (rk_live_)',
  },
  {
    id: 'stripe-publishable-key',
    name: 'Stripe live publishable key',
    kind: 'api-key',
    value: `pk_live_51${fake('stripe-publishable-key', ALNUM, 97)}`,
    carriers: ['json:publishableKey', 'form:key', 'text'],
    source: 'Stripe Docs: API keys — publishable keys (pk_live_)',
  },
  {
    id: 'stripe-webhook-secret',
    name: 'Stripe webhook signing secret',
    kind: 'webhook',
    value: `whsec_${fake('stripe-webhook-secret', ALNUM, 32)}`,
    carriers: ['json:webhook_secret', 'text'],
    source:
      'Stripe Docs: Receive Stripe events in your webhook endpoint — signing secrets (whsec_)',
  },

  // Square and PayPal: OAuth access tokens and application secrets.
  {
    id: 'square-access-token',
    name: 'Square access token',
    kind: 'token',
    value: `EAAA${fake('square-access-token', B64URL, 60)}`,
    carriers: ['header:Authorization', 'json:access_token', 'text'],
    source:
      'Square Developer Docs: Access tokens and other Square credentials (EAAA…, 64 characters)',
  },
  {
    id: 'square-application-secret',
    name: 'Square OAuth application secret',
    kind: 'api-key',
    value: `sq0csp-${fake('square-application-secret', B64URL, 43)}`,
    carriers: ['form:client_secret', 'json:client_secret', 'text'],
    source: 'Square Developer Docs: Access tokens and other Square credentials (sq0csp- secrets)',
  },
  {
    id: 'paypal-access-token',
    name: 'PayPal REST API access token',
    kind: 'token',
    value: `A21AA${fake('paypal-access-token', B64URL, 92)}`,
    carriers: ['header:Authorization', 'json:access_token', 'text'],
    source: 'PayPal Developer: Get started — Get an access token (A21AA…, 97 characters)',
  },

  // Twilio: account SID (AC…), API key SID (SK…), auth token; SendGrid, Mailgun, Mailchimp, Postmark.
  {
    id: 'twilio-account-sid',
    name: 'Twilio account SID',
    kind: 'api-key',
    value: `AC${fake('twilio-account-sid', HEX, 32)}`,
    carriers: [
      'path',
      'url:https://api.twilio.com/2010-04-01/Accounts/{value}/Messages.json',
      'userinfo',
      'json:account_sid',
    ],
    source:
      'Twilio Docs: What is a String Identifier (SID)? (two-letter prefix, 32 hex; AC account)',
  },
  {
    id: 'twilio-api-key-sid',
    name: 'Twilio API key SID',
    kind: 'api-key',
    value: `SK${fake('twilio-api-key-sid', HEX, 32)}`,
    carriers: ['userinfo', 'json:sid', 'text'],
    source: 'Twilio Docs: API keys overview (SID prefix SK, 32 hex)',
  },
  {
    id: 'twilio-auth-token',
    name: 'Twilio auth token',
    kind: 'api-key',
    value: fake('twilio-auth-token', HEX, 32),
    carriers: ['json:auth_token', 'form:AuthToken', 'text'],
    source: 'Twilio Docs: Auth tokens and how to change them (32 hex)',
  },
  {
    id: 'sendgrid-api-key',
    name: 'Twilio SendGrid API key',
    kind: 'api-key',
    value: `SG.${fake('sendgrid-api-key/a', B64URL, 22)}.${fake('sendgrid-api-key/b', B64URL, 43)}`,
    carriers: ['header:Authorization', 'json:apiKey', 'text'],
    source: 'Twilio SendGrid Docs: API keys (SG.…, 69 characters)',
  },
  {
    id: 'mailgun-api-key',
    name: 'Mailgun private API key (key- format)',
    kind: 'api-key',
    value: `key-${fake('mailgun-api-key', HEX, 32)}`,
    carriers: [
      'url:https://api:{value}@api.mailgun.net/v3/mg.example.com/messages',
      'form:api_key',
      'text',
    ],
    source: 'Mailgun Docs: API authentication (Basic auth, user api; key-… private keys)',
  },
  {
    id: 'mailchimp-api-key',
    name: 'Mailchimp Marketing API key',
    kind: 'api-key',
    value: `${fake('mailchimp-api-key', HEX, 32)}-us12`,
    carriers: ['userinfo', 'query:apikey', 'json:apikey', 'text'],
    source:
      'Mailchimp Marketing API: Quick start — the data center is the part of the API key after the dash (…-us6)',
  },
  {
    id: 'postmark-server-token',
    name: 'Postmark server API token',
    kind: 'api-key',
    value: uuid('postmark-server-token'),
    carriers: ['header:X-Postmark-Server-Token', 'json:ServerToken', 'text'],
    source: 'Postmark Developer Docs: API overview — authentication (X-Postmark-Server-Token)',
  },

  // Slack: bot, user and app-level tokens; incoming webhook URLs.
  {
    id: 'slack-bot-token',
    name: 'Slack bot token',
    kind: 'token',
    value: `xoxb-${digits('slack-bot-token/team', 13)}-${digits('slack-bot-token/bot', 13)}-${fake('slack-bot-token', ALNUM, 24)}`,
    carriers: ['header:Authorization', 'form:token', 'json:token', 'text'],
    source: 'Slack API Docs: Token types — bot tokens (xoxb-)',
  },
  {
    id: 'slack-user-token',
    name: 'Slack user token',
    kind: 'token',
    value: `xoxp-${digits('slack-user-token/a', 13)}-${digits('slack-user-token/b', 13)}-${digits('slack-user-token/c', 13)}-${fake('slack-user-token', HEX, 32)}`,
    carriers: ['header:Authorization', 'form:token', 'query:token', 'text'],
    source: 'Slack API Docs: Token types — user tokens (xoxp-)',
  },
  {
    id: 'slack-app-token',
    name: 'Slack app-level token',
    kind: 'token',
    value: `xapp-1-A${fake('slack-app-token/app', UPPER_ALNUM, 10)}-${digits('slack-app-token/n', 13)}-${fake('slack-app-token', HEX, 64)}`,
    carriers: ['header:Authorization', 'json:token', 'text'],
    source: 'Slack API Docs: Token types — app-level tokens (xapp-)',
  },
  {
    id: 'slack-webhook-url',
    name: 'Slack incoming webhook URL secret',
    kind: 'webhook',
    value: fake('slack-webhook-url', ALNUM, 24),
    carriers: [
      `url:https://hooks.slack.com/services/T${fake('slack-webhook-url/team', UPPER_ALNUM, 10)}/B${fake('slack-webhook-url/hook', UPPER_ALNUM, 10)}/{value}`,
      'path',
      'text',
    ],
    source:
      'Slack API Docs: Sending messages using incoming webhooks (https://hooks.slack.com/services/T…/B…/…)',
  },

  // Discord: bot tokens (base64 user id . timestamp . HMAC) and webhook URLs.
  {
    id: 'discord-bot-token',
    name: 'Discord bot token',
    kind: 'token',
    value: `${b64url(digits('discord-bot-token/id', 19))}.G${fake('discord-bot-token/ts', B64URL, 5)}.${fake('discord-bot-token', B64URL, 38)}`,
    carriers: ['header:Authorization', 'json:token', 'text'],
    scheme: 'Bot',
    source:
      'Discord Developer Docs: Reference — Authentication (Authorization: Bot <base64 user id>.<timestamp>.<HMAC>)',
  },
  {
    id: 'discord-webhook-url',
    name: 'Discord webhook URL token',
    kind: 'webhook',
    value: fake('discord-webhook-url', B64URL, 68),
    carriers: [
      `url:https://discord.com/api/webhooks/${digits('discord-webhook-url/id', 19)}/{value}`,
      'path',
      'text',
    ],
    source:
      'Discord Developer Docs: Webhook resource — Execute Webhook (POST /webhooks/{webhook.id}/{webhook.token})',
  },

  // Telegram: bot tokens, carried in the request path (/bot<token>/METHOD).
  {
    id: 'telegram-bot-token',
    name: 'Telegram bot token',
    kind: 'token',
    value: `${digits('telegram-bot-token/id', 10)}:AA${fake('telegram-bot-token', B64URL, 33)}`,
    carriers: ['url:https://api.telegram.org/bot{value}/sendMessage', 'json:bot_token', 'text'],
    source:
      'Telegram Bot API: Authorizing your bot (<bot id>:<35 characters>; https://api.telegram.org/bot<token>/METHOD_NAME)',
  },

  // Package registries: npm, PyPI, Docker Hub, RubyGems.
  {
    id: 'npm-access-token',
    name: 'npm access token',
    kind: 'token',
    value: `npm_${fake('npm-access-token', ALNUM, 36)}`,
    carriers: ['header:Authorization', 'text', 'json:token'],
    source:
      'npm Docs: About access tokens; GitHub Changelog 2021-09-23: npm has a new access token format (npm_)',
  },
  {
    id: 'pypi-api-token',
    name: 'PyPI API token',
    kind: 'token',
    value: `pypi-AgEIcHlwaS5vcmc${b64url(bytes('pypi-api-token', 136))}`,
    carriers: ['form:password', 'userinfo', 'text'],
    source:
      'PyPI Help: How can I use API tokens to authenticate with PyPI? (pypi- prefix, user __token__)',
  },
  {
    id: 'docker-hub-pat',
    name: 'Docker Hub personal access token',
    kind: 'token',
    value: `dckr_pat_${fake('docker-hub-pat', B64URL, 27)}`,
    carriers: ['json:secret', 'form:password', 'text'],
    source: 'Docker Docs: Docker Hub API — Create access token (secret "dckr_pat_…")',
  },
  {
    id: 'rubygems-api-key',
    name: 'RubyGems.org API key',
    kind: 'api-key',
    value: `rubygems_${fake('rubygems-api-key', HEX, 48)}`,
    carriers: ['header:Authorization', 'text'],
    scheme: '',
    source: 'RubyGems Guides: API key scopes (rubygems_ prefixed keys)',
  },

  // Commerce, vaults and observability: Shopify, HashiCorp Vault, Datadog, Okta.
  {
    id: 'shopify-access-token',
    name: 'Shopify Admin API access token',
    kind: 'token',
    value: `shpat_${fake('shopify-access-token', HEX, 32)}`,
    carriers: ['header:X-Shopify-Access-Token', 'json:access_token', 'text'],
    source:
      'Shopify Dev Docs: About authentication — access tokens (X-Shopify-Access-Token; shpat_ prefix)',
  },
  {
    id: 'shopify-shared-secret',
    name: 'Shopify app shared secret',
    kind: 'api-key',
    value: `shpss_${fake('shopify-shared-secret', HEX, 32)}`,
    carriers: ['form:client_secret', 'json:client_secret', 'text'],
    source: 'Shopify Dev Docs: App credentials — client secret (shpss_ prefix)',
  },
  {
    id: 'vault-service-token',
    name: 'HashiCorp Vault service token',
    kind: 'token',
    value: `hvs.CAESI${fake('vault-service-token', B64URL, 86)}`,
    carriers: ['header:X-Vault-Token', 'json:client_token', 'text'],
    source:
      'HashiCorp Vault Docs: Tokens — token prefixes (hvs. service, hvb. batch, hvr. recovery)',
  },
  {
    id: 'datadog-api-key',
    name: 'Datadog API key',
    kind: 'api-key',
    value: fake('datadog-api-key', HEX, 32),
    carriers: ['header:DD-API-KEY', 'query:api_key', 'json:api_key'],
    source: 'Datadog Docs: API and Application Keys (DD-API-KEY header, 32 hex)',
  },
  {
    id: 'datadog-application-key',
    name: 'Datadog application key',
    kind: 'api-key',
    value: fake('datadog-application-key', HEX, 40),
    carriers: ['header:DD-APPLICATION-KEY', 'query:application_key'],
    source: 'Datadog Docs: API and Application Keys (DD-APPLICATION-KEY header, 40 hex)',
  },
  {
    id: 'okta-api-token',
    name: 'Okta API token',
    kind: 'token',
    value: `00${fake('okta-api-token', B64URL, 40)}`,
    carriers: ['header:Authorization', 'text'],
    scheme: 'SSWS',
    source:
      'Okta Developer: Create an API token (Authorization: SSWS {token}; 00-prefixed 42 characters as issued)',
  },

  // AI providers: OpenAI, Anthropic, Hugging Face.
  {
    id: 'openai-api-key-legacy',
    name: 'OpenAI API key (user key, sk-)',
    kind: 'api-key',
    value: `sk-${fake('openai-api-key-legacy/a', ALNUM, 20)}T3BlbkFJ${fake('openai-api-key-legacy/b', ALNUM, 20)}`,
    carriers: ['header:Authorization', 'json:api_key', 'text'],
    source: 'OpenAI API Reference: Authentication (Authorization: Bearer sk-…)',
  },
  {
    id: 'openai-project-key',
    name: 'OpenAI project API key (sk-proj-)',
    kind: 'api-key',
    value: `sk-proj-${fake('openai-project-key/a', B64URL, 74)}T3BlbkFJ${fake('openai-project-key/b', B64URL, 74)}`,
    carriers: ['header:Authorization', 'json:api_key', 'text'],
    source: 'OpenAI API Reference: Authentication — project API keys (sk-proj-…)',
  },
  {
    id: 'anthropic-api-key',
    name: 'Anthropic API key',
    kind: 'api-key',
    value: `sk-ant-api03-${fake('anthropic-api-key', B64URL, 93)}AA`,
    carriers: ['header:x-api-key', 'json:api_key', 'text'],
    source: 'Anthropic API Docs: Getting started — x-api-key header (sk-ant-api03-… keys)',
  },
  {
    id: 'huggingface-token',
    name: 'Hugging Face user access token',
    kind: 'token',
    value: `hf_${fake('huggingface-token', `${UPPER}${LOWER}`, 34)}`,
    carriers: ['header:Authorization', 'json:token', 'text'],
    source: 'Hugging Face Hub Docs: User access tokens (hf_ prefix)',
  },

  // Cloudflare: API tokens (legacy and scannable cfut_), Global API key (X-Auth-Key).
  {
    id: 'cloudflare-api-token',
    name: 'Cloudflare API token (pre-2026 format)',
    kind: 'token',
    value: fake('cloudflare-api-token', B64URL, 40),
    carriers: ['header:Authorization', 'json:api_token', 'text'],
    source: 'Cloudflare Docs: Token formats — pre-2026 formats (40-character alphanumeric string)',
  },
  {
    id: 'cloudflare-user-api-token',
    name: 'Cloudflare user API token (scannable cfut_ format)',
    kind: 'token',
    value: `cfut_${fake('cloudflare-user-api-token', ALNUM, 40)}${fake('cloudflare-user-api-token/crc', ALNUM, 6)}`,
    carriers: ['header:Authorization', 'json:api_token', 'text'],
    source: 'Cloudflare Docs: Token formats (cfut_[40 characters][checksum])',
  },
  {
    id: 'cloudflare-global-api-key',
    name: 'Cloudflare Global API key',
    kind: 'api-key',
    value: fake('cloudflare-global-api-key', HEX, 37),
    carriers: ['header:X-Auth-Key', 'json:api_key', 'text'],
    source:
      'Cloudflare Docs: Get Global API key (legacy); Token formats — 37–45 character lowercase hex; X-Auth-Email/X-Auth-Key headers',
  },

  // Akamai and CloudFront: signed CDN URLs and cookies.
  {
    id: 'akamai-edgeauth-token',
    name: 'Akamai EdgeAuth token (Auth Token 2.0)',
    kind: 'signature',
    value: `st=${ISSUED}~exp=${EXPIRES}~acl=/vod/*~hmac=${fake('akamai-edgeauth-token', HEX, 64)}`,
    carriers: [
      'query:hdnea',
      'url:https://media.example-cdn.net/vod/master.m3u8?hdnea={value}',
      'cookie:hdnts',
      'text',
    ],
    source:
      'akamai/EdgeAuth-Token-Python: akamai/edgeauth/edgeauth.py (st=…~exp=…~acl=…~hmac=<HMAC-SHA256 hex>, token names hdnts/hdnea)',
  },
  {
    id: 'cloudfront-signature',
    name: 'Amazon CloudFront signed URL signature',
    kind: 'signature',
    value: b64cloudfront(bytes('cloudfront-signature', 256)),
    carriers: [
      'query:Signature',
      `url:https://d111111abcdef8.cloudfront.net/video/intro.mp4?Expires=${EXPIRES}&Signature={value}&Key-Pair-Id=${CLOUDFRONT_KEY_ID}`,
      'cookie:CloudFront-Signature',
    ],
    source:
      'Amazon CloudFront Developer Guide: Create a signed URL using a canned policy (Expires, Signature, Key-Pair-Id; URL-safe base64 with - _ ~)',
  },
  {
    id: 'cloudfront-policy',
    name: 'Amazon CloudFront signed URL custom policy',
    kind: 'signature',
    value: b64cloudfront(
      json({
        Statement: [
          {
            Resource: 'https://d111111abcdef8.cloudfront.net/video/*',
            Condition: { DateLessThan: { 'AWS:EpochTime': EXPIRES } },
          },
        ],
      }),
    ),
    carriers: ['query:Policy', 'cookie:CloudFront-Policy'],
    source: 'Amazon CloudFront Developer Guide: Create a signed URL using a custom policy (Policy)',
  },
  {
    id: 'cloudfront-key-pair-id',
    name: 'Amazon CloudFront public key id in a signed URL',
    kind: 'api-key',
    value: CLOUDFRONT_KEY_ID,
    carriers: ['query:Key-Pair-Id', 'cookie:CloudFront-Key-Pair-Id'],
    source:
      'Amazon CloudFront Developer Guide: Create a signed URL using a canned policy (Key-Pair-Id, e.g. K2JCJMDEHXQW5F)',
  },

  // JWTs and relatives: JWS (HS256, RS256 with kid), JWE, PASETO, DPoP proofs.
  {
    id: 'jwt-hs256',
    name: 'JWT signed with HS256',
    kind: 'jwt',
    value: jws(
      'jwt-hs256',
      { alg: 'HS256', typ: 'JWT' },
      { sub: '1234567890', name: 'Jane Doe', role: 'admin', iat: ISSUED, exp: EXPIRES },
      32,
    ),
    carriers: [
      'header:Authorization',
      'header:X-Authorization',
      'header:X-Amzn-Remapped-Authorization',
      'cookie:access_token',
      'query:token',
      'json:access_token',
      'text',
    ],
    source: 'RFC 7519 (JWT); RFC 7515 (JWS compact serialization)',
  },
  {
    id: 'jwt-rs256-kid',
    name: 'OpenID Connect ID token (RS256, with kid)',
    kind: 'jwt',
    value: jws(
      'jwt-rs256-kid',
      { alg: 'RS256', kid: fake('jwt-rs256-kid/kid', HEX, 40), typ: 'JWT' },
      {
        iss: 'https://accounts.example.com',
        aud: 'web-client-7f3a',
        sub: '248289761001',
        email: 'jane.doe@example.com',
        nonce: fake('jwt-rs256-kid/nonce', B64URL, 22),
        iat: ISSUED,
        exp: EXPIRES,
      },
      256,
    ),
    carriers: ['header:Authorization', 'form:id_token', 'json:id_token', 'text'],
    source: 'RFC 7519 (JWT); OpenID Connect Core 1.0 §2 (ID Token); RFC 7515 §4.1.4 (kid)',
  },
  {
    id: 'jwe-compact',
    name: 'JWE in compact serialization (RSA-OAEP-256, A256GCM)',
    kind: 'jwt',
    value: [
      b64url(json({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'enc-2026-11' })),
      b64url(bytes('jwe-compact/key', 256)),
      b64url(bytes('jwe-compact/iv', 12)),
      b64url(bytes('jwe-compact/ciphertext', 180)),
      b64url(bytes('jwe-compact/tag', 16)),
    ].join('.'),
    carriers: ['header:Authorization', 'json:token', 'text'],
    source: 'RFC 7516 (JWE) §7.1 compact serialization',
  },
  {
    id: 'paseto-v4-public',
    name: 'PASETO v4.public token',
    kind: 'token',
    value: `v4.public.${b64url(
      json({ sub: 'user-42', iat: '2026-11-27T12:00:00+00:00', exp: '2026-11-27T13:00:00+00:00' }) +
        bytes('paseto-v4-public/sig', 64),
    )}`,
    carriers: ['header:Authorization', 'json:token', 'text'],
    source:
      'paseto-standard/paseto-spec: docs/01-Protocol-Versions/Version4.md (v4.public.<base64url(message || signature)>)',
  },
  {
    id: 'dpop-proof',
    name: 'DPoP proof JWT',
    kind: 'jwt',
    value: jws(
      'dpop-proof',
      {
        typ: 'dpop+jwt',
        alg: 'ES256',
        jwk: {
          kty: 'EC',
          crv: 'P-256',
          x: b64url(bytes('dpop-proof/x', 32)),
          y: b64url(bytes('dpop-proof/y', 32)),
        },
      },
      {
        jti: uuid('dpop-proof/jti'),
        htm: 'POST',
        htu: 'https://api.example.com/v1/payments',
        iat: ISSUED,
      },
      64,
    ),
    carriers: ['header:DPoP', 'text'],
    source: 'RFC 9449 (OAuth 2.0 Demonstrating Proof of Possession) §4 DPoP proof JWT',
  },

  // OAuth and SAML in flight: authorization codes, PKCE verifiers, client secrets, assertions.
  {
    id: 'oauth-authorization-code',
    name: 'OAuth 2.0 authorization code',
    kind: 'token',
    value: fake('oauth-authorization-code', B64URL, 43),
    carriers: [
      'query:code',
      'url:https://app.example.com/oauth/callback?code={value}&state=af0ifjsldkj',
      'form:code',
      'json:code',
    ],
    source: 'RFC 6749 (OAuth 2.0) §4.1.2 authorization response (code)',
  },
  {
    id: 'pkce-code-verifier',
    name: 'PKCE code verifier',
    kind: 'token',
    value: fake('pkce-code-verifier', `${ALNUM}-._~`, 64),
    carriers: ['form:code_verifier', 'json:code_verifier'],
    source: 'RFC 7636 (PKCE) §4.1 code_verifier: 43–128 characters of [A-Z a-z 0-9 - . _ ~]',
  },
  {
    id: 'oauth-client-secret',
    name: 'OAuth 2.0 client secret',
    kind: 'api-key',
    value: fake('oauth-client-secret', B64URL, 48),
    carriers: ['form:client_secret', 'json:client_secret', 'text'],
    source: 'RFC 6749 (OAuth 2.0) §2.3.1 client password (client_secret)',
  },
  {
    id: 'saml-response',
    name: 'SAML 2.0 Response (base64 XML) in an HTTP-POST binding form',
    kind: 'token',
    value: b64(
      '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ' +
        'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ' +
        `ID="_${fake('saml-response/id', HEX, 40)}" Version="2.0" IssueInstant="2026-11-27T12:00:00Z" ` +
        'Destination="https://app.example.com/saml/acs" ' +
        `InResponseTo="_${fake('saml-response/req', HEX, 40)}">` +
        '<saml:Issuer>https://idp.example.com/metadata</saml:Issuer>' +
        '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>' +
        `<saml:Assertion ID="_${fake('saml-response/assertion', HEX, 40)}" Version="2.0" IssueInstant="2026-11-27T12:00:00Z">` +
        '<saml:Issuer>https://idp.example.com/metadata</saml:Issuer>' +
        '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>' +
        '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>' +
        '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>' +
        `<ds:Reference URI="#_${fake('saml-response/assertion', HEX, 40)}"><ds:DigestValue>${b64(bytes('saml-response/digest', 32))}</ds:DigestValue></ds:Reference>` +
        `</ds:SignedInfo><ds:SignatureValue>${b64(bytes('saml-response/sig', 256))}</ds:SignatureValue></ds:Signature>` +
        '<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@example.com</saml:NameID></saml:Subject>' +
        '<saml:Conditions NotBefore="2026-11-27T11:59:30Z" NotOnOrAfter="2026-11-27T12:05:00Z">' +
        '<saml:AudienceRestriction><saml:Audience>https://app.example.com</saml:Audience></saml:AudienceRestriction></saml:Conditions>' +
        `<saml:AuthnStatement AuthnInstant="2026-11-27T12:00:00Z" SessionIndex="_${fake('saml-response/session', HEX, 32)}"/>` +
        '</saml:Assertion></samlp:Response>',
    ),
    carriers: ['form:SAMLResponse', 'text'],
    source:
      'OASIS SAML 2.0 Bindings (saml-bindings-2.0-os) §3.5 HTTP POST Binding (SAMLResponse form control, base64)',
  },

  // Session cookies of the common web frameworks.
  {
    id: 'php-session-id',
    name: 'PHP session id (PHPSESSID)',
    kind: 'session',
    value: fake('php-session-id', `${DIGITS}abcdefghijklmnopqrstuv`, 26),
    carriers: [
      'cookie:PHPSESSID',
      'query:PHPSESSID',
      'url:https://forum.example.com/index.php?PHPSESSID={value}',
    ],
    source:
      'PHP Manual: Session runtime configuration (session.sid_length, session.sid_bits_per_character; php.ini-production: 26 and 5)',
  },
  {
    id: 'express-connect-sid',
    name: 'Express session cookie (connect.sid, signed)',
    kind: 'session',
    value: `s%3A${fake('express-connect-sid', B64URL, 32)}.${b64(
      bytes('express-connect-sid/sig', 32),
    )
      .replace(/=+$/, '')
      .replace(/\+/g, '%2B')
      .replace(/\//g, '%2F')}`,
    carriers: ['cookie:connect.sid', 'text'],
    source:
      'expressjs/session: index.js (connect.sid, value "s:" + id signed by cookie-signature, id from uid-safe(24))',
  },
  {
    id: 'java-jsessionid',
    name: 'Java servlet session id (JSESSIONID, Tomcat)',
    kind: 'session',
    value: fake('java-jsessionid', HEX_UPPER, 32),
    carriers: [
      'cookie:JSESSIONID',
      // In a path it rides as ";jsessionid=" (the url: carrier); a bare segment of 32 hex
      // is not told apart from a content hash, and is not planted as one.
      'url:https://shop.example.com/cart;jsessionid={value}',
      'text',
    ],
    source:
      'apache/tomcat: java/org/apache/catalina/util/StandardSessionIdGenerator.java (16 random bytes as 32 upper-case hex)',
  },
  {
    id: 'aspnet-session-id',
    name: 'ASP.NET session id (ASP.NET_SessionId)',
    kind: 'session',
    value: fake('aspnet-session-id', `${LOWER}012345`, 24),
    carriers: ['cookie:ASP.NET_SessionId', 'text'],
    source: 'Microsoft Learn: SessionIDManager class (24 characters: lowercase a–z and 0–5)',
  },
  {
    id: 'rails-session-cookie-signed',
    name: 'Rails session cookie (base64 data -- hex digest)',
    kind: 'session',
    value: `${b64(`${b64(bytes('rails-session-cookie-signed/data', 120))}--${b64(bytes('rails-session-cookie-signed/iv', 16))}`)}--${fake('rails-session-cookie-signed', HEX, 40)}`,
    carriers: ['cookie:_store_session', 'text'],
    source:
      'rails/rails: activesupport/lib/active_support/message_verifier.rb (Rails 4.x–5.1 cookies "#{data}--#{hexdigest}")',
  },
  {
    id: 'rails-session-cookie-encrypted',
    name: 'Rails 5.2+ encrypted session cookie (AES-256-GCM)',
    kind: 'session',
    value: `${b64(bytes('rails-session-cookie-encrypted/data', 150))}--${b64(bytes('rails-session-cookie-encrypted/iv', 12))}--${b64(bytes('rails-session-cookie-encrypted/tag', 16))}`,
    carriers: ['cookie:_store_session', 'text'],
    source:
      'rails/rails: activesupport/lib/active_support/message_encryptor.rb (aes-256-gcm: "#{data}--#{iv}--#{auth_tag}")',
  },
  {
    id: 'django-session-id',
    name: 'Django session id (sessionid)',
    kind: 'session',
    value: fake('django-session-id', LOWER_ALNUM, 32),
    carriers: ['cookie:sessionid', 'text'],
    source:
      'django/django: django/contrib/sessions/backends/base.py (_get_new_session_key: 32 characters of a–z 0–9)',
  },
  {
    id: 'laravel-session',
    name: 'Laravel encrypted session cookie (laravel_session)',
    kind: 'session',
    value: b64(
      json({
        iv: b64(bytes('laravel-session/iv', 16)),
        value: b64(bytes('laravel-session/value', 96)),
        mac: fake('laravel-session/mac', HEX, 64),
        tag: '',
      }),
    ).replace(/=/g, '%3D'),
    carriers: ['cookie:laravel_session', 'cookie:XSRF-TOKEN'],
    source:
      'laravel/framework: src/Illuminate/Encryption/Encrypter.php (base64 of JSON {iv, value, mac, tag})',
  },
  {
    id: 'next-auth-session-token',
    name: 'NextAuth.js session token (JWE, dir + A256GCM)',
    kind: 'session',
    value: [
      b64url(json({ alg: 'dir', enc: 'A256GCM' })),
      '',
      b64url(bytes('next-auth-session-token/iv', 12)),
      b64url(bytes('next-auth-session-token/ciphertext', 240)),
      b64url(bytes('next-auth-session-token/tag', 16)),
    ].join('.'),
    carriers: ['cookie:__Secure-next-auth.session-token', 'cookie:next-auth.session-token', 'text'],
    source:
      'nextauthjs/next-auth: packages/next-auth/src/core/lib/cookie.ts (__Secure-next-auth.session-token) and src/jwt/index.ts (JWE dir/A256GCM)',
  },
  {
    id: 'uuid-session-id',
    name: 'Session id shaped as a lowercase UUID',
    kind: 'session',
    value: uuid('uuid-session-id'),
    carriers: ['cookie:session_id', 'json:session', 'text'],
    source: 'RFC 9562 (UUIDs) §5.4 version 4',
  },

  // CSRF tokens: Rails, Django, Laravel, NextAuth.js.
  {
    id: 'rails-authenticity-token',
    name: 'Rails CSRF authenticity token',
    kind: 'token',
    value: b64url(bytes('rails-authenticity-token', 64)),
    carriers: ['form:authenticity_token', 'header:X-CSRF-Token'],
    source:
      'rails/rails: actionpack/lib/action_controller/metal/request_forgery_protection.rb (masked 64-byte token, URL-safe base64)',
  },
  {
    id: 'django-csrf-cookie',
    name: 'Django CSRF cookie (csrftoken)',
    kind: 'cookie',
    value: fake('django-csrf-cookie', ALNUM, 32),
    carriers: ['cookie:csrftoken'],
    source:
      'django/django: django/middleware/csrf.py (CSRF_SECRET_LENGTH = 32, letters and digits)',
  },
  {
    id: 'django-csrf-token',
    name: 'Django CSRF form token (csrfmiddlewaretoken)',
    kind: 'token',
    value: fake('django-csrf-token', ALNUM, 64),
    carriers: ['form:csrfmiddlewaretoken', 'header:X-CSRFToken'],
    source: 'django/django: django/middleware/csrf.py (CSRF_TOKEN_LENGTH = 64, masked)',
  },
  {
    id: 'laravel-csrf-token',
    name: 'Laravel CSRF token (_token)',
    kind: 'token',
    value: fake('laravel-csrf-token', ALNUM, 40),
    carriers: ['form:_token', 'header:X-CSRF-TOKEN'],
    source:
      'laravel/framework: src/Illuminate/Session/Store.php (regenerateToken: Str::random(40))',
  },
  {
    id: 'next-auth-csrf-cookie',
    name: 'NextAuth.js CSRF cookie (token|hash)',
    kind: 'cookie',
    value: `${fake('next-auth-csrf-cookie/token', HEX, 64)}%7C${fake('next-auth-csrf-cookie/hash', HEX, 64)}`,
    carriers: ['cookie:__Host-next-auth.csrf-token'],
    source:
      'nextauthjs/next-auth: packages/next-auth/src/core/lib/csrf-token.ts (token "|" hash, both 64 hex)',
  },

  // Basic auth, URL userinfo, passwords and one-time codes.
  {
    id: 'basic-auth-credentials',
    name: 'HTTP Basic credentials user:password',
    kind: 'basic-auth',
    value: `deploy-bot:${fake('basic-auth-credentials', ALNUM, 20)}`,
    carriers: ['userinfo', 'url:https://{value}@registry.example.com/v2/', 'text'],
    source: 'RFC 7617 (Basic authentication) §2; RFC 3986 §3.2.1 (userinfo)',
  },
  {
    id: 'basic-auth-header',
    name: 'HTTP Basic credentials, base64 in an Authorization header',
    kind: 'basic-auth',
    value: b64(`jane.doe@example.com:${fake('basic-auth-header', ALNUM, 16)}`),
    carriers: ['header:Authorization', 'header:Proxy-Authorization', 'text'],
    scheme: 'Basic',
    source: 'RFC 7617 (Basic authentication) §2 (base64 of user-id ":" password)',
  },
  {
    id: 'password-json',
    name: 'Password in a JSON body ("password":"hunter2")',
    kind: 'password',
    value: 'hunter2',
    carriers: ['json:password', 'form:password', 'text'],
    source: 'Issue 16 leak list ("password":"hunter2"); OWASP Authentication Cheat Sheet',
  },
  {
    id: 'password-passwd',
    name: 'Password under "passwd"',
    kind: 'password',
    value: `Tr0ub4dor&${fake('password-passwd', DIGITS, 2)}`,
    carriers: ['json:passwd', 'form:passwd', 'query:passwd'],
    source: 'Common form field names (passwd); OWASP Authentication Cheat Sheet',
  },
  {
    id: 'password-pwd',
    name: 'Password under "pwd" (WordPress login form)',
    kind: 'password',
    value: 'correct horse battery staple',
    carriers: ['form:pwd', 'json:pwd'],
    source: 'WordPress/wordpress-develop: src/wp-login.php (login form fields log and pwd)',
  },
  {
    id: 'one-time-code',
    name: 'One-time code (TOTP, 6 digits)',
    kind: 'password',
    value: digits('one-time-code', 6),
    carriers: ['json:otp', 'form:totp', 'json:verification_code'],
    source: 'RFC 6238 (TOTP) §4, 6-digit codes per RFC 4226 §5.3',
  },

  // Private keys, as they may appear in an error body or a JSON config.
  {
    id: 'pem-private-key',
    name: 'PEM private key block (PKCS #8)',
    kind: 'private-key',
    // 1217 DER bytes, as an RSA-2048 key in PKCS #8 has: the usual header, then filler.
    value: pem(
      'PRIVATE KEY',
      b64(
        atob('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIB') + bytes('pem-private-key', 1181),
      ),
    ),
    carriers: ['text', 'json:private_key'],
    source: 'RFC 7468 (textual encodings) §10 "PRIVATE KEY" (PKCS #8)',
  },
  {
    id: 'pem-rsa-private-key',
    name: 'PEM RSA private key block (PKCS #1)',
    kind: 'private-key',
    // 1192 DER bytes, as an RSA-2048 key in PKCS #1 has: the usual header, then filler.
    value: pem(
      'RSA PRIVATE KEY',
      b64(atob('MIIEpAIBAAKCAQEA') + bytes('pem-rsa-private-key', 1180)),
    ),
    carriers: ['text', 'json:private_key'],
    source: 'RFC 8017 (PKCS #1) Appendix A.1.2 RSAPrivateKey; RFC 7468 §2 (PEM armour)',
  },

  // Shapes that only their look gives away: hex keys, HMACs, UUID keys, opaque bearer tokens.
  {
    id: 'hex-appid',
    name: 'API key passed as appid (32 hex, OpenWeather)',
    kind: 'api-key',
    value: fake('hex-appid', HEX, 32),
    carriers: [
      'query:appid',
      'url:https://api.openweathermap.org/data/2.5/weather?q=London&appid={value}',
    ],
    source: 'OpenWeather Docs: Current weather data API (appid: your unique API key)',
  },
  {
    id: 'hmac-sha256-hex',
    name: 'HMAC-SHA256 signature, 64 hex (webhook signatures)',
    kind: 'signature',
    value: fake('hmac-sha256-hex', HEX, 64),
    carriers: [
      'header:X-Hub-Signature-256',
      'header:X-Slack-Signature',
      'query:signature',
      'json:signature',
      'text',
    ],
    source:
      'GitHub Docs: Validating webhook deliveries (X-Hub-Signature-256: sha256=<hex>); Slack API Docs: Verifying requests from Slack (v0=<hex>)',
  },
  {
    id: 'uuid-api-key',
    name: 'API key shaped as a lowercase UUID',
    kind: 'api-key',
    value: uuid('uuid-api-key'),
    carriers: ['header:X-API-Key', 'query:api_key', 'json:apiKey'],
    source: 'RFC 9562 (UUIDs) §5.4; Heroku Dev Center: Heroku CLI authentication (UUID API keys)',
  },
  {
    id: 'hex40-opaque-token',
    name: 'Opaque token, 40 lowercase hex, under an unlisted name',
    kind: 'token',
    value: fake('hex40-opaque-token', HEX, 40),
    carriers: ['query:t', 'header:X-Client-Token', 'text'],
    source: 'Issue 16 leak list (all-lowercase hex under a name not on our list)',
  },
  {
    id: 'opaque-bearer-token',
    name: 'Opaque OAuth bearer access token (base64url)',
    kind: 'token',
    value: fake('opaque-bearer-token', B64URL, 43),
    carriers: ['header:Authorization', 'json:access_token', 'query:access_token', 'text'],
    source: 'RFC 6750 (Bearer token usage) §2.1 b64token; RFC 6749 §5.1',
  },
  {
    id: 'json-token-mixed-case',
    name: 'Token glued to its key by JSON punctuation ({"token":"AbCdEf…"})',
    kind: 'token',
    value: `AbCdEf${fake('json-token-mixed-case', DIGITS, 10)}GhIjKlMn`,
    carriers: ['json:token', 'text'],
    source: 'Issue 16 leak list ({"token":"AbCdEf1234567890GhIjKlMn"})',
  },
  {
    id: 'short-dotted-bearer',
    name: 'Short dotted bearer value in an error message',
    kind: 'token',
    value: `${fake('short-dotted-bearer/a', LOWER_ALNUM, 6)}.${fake('short-dotted-bearer/b', LOWER_ALNUM, 6)}`,
    carriers: ['text', 'header:Authorization'],
    source: 'Issue 16 leak list ("Invalid token: Bearer abc123.def456")',
  },
];
