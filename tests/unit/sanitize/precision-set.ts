/**
 * Ordinary values a good sanitizer must NOT redact (issue 16, "Precision"): request and trace
 * ids people quote to a vendor's support, ETags, content hashes in asset URLs, dates, versions,
 * short ids and everyday headers. Many of them have the shape of a secret (32 or 40 hex, a UUID,
 * base64, mixed-case runs): the name they are carried under is what says "keep".
 *
 * The tests count how many of these are over-redacted, and keep that number at zero for the
 * values with `neededByIncidentNote` (request ids and trace ids).
 *
 * Data only, every value written out: all made up in the provider's format, nothing copied from
 * a real response.
 */

export interface KeepValue {
  /** Short id, unique: 'github-request-id'. */
  id: string;
  /** What it is, for test names. */
  name: string;
  /** The value, exactly as it is carried. */
  value: string;
  /**
   * Where it appears: 'header:<Name>', 'query:<name>', 'json:<key>', 'text' (an error page or an
   * incident note), or 'path' (the value is the request URL's path).
   */
  carrier: string;
  /** True for the ids an incident note needs: request ids and trace ids. */
  neededByIncidentNote: boolean;
  /** Where the real format comes from: the provider's documentation, an RFC or a W3C spec. */
  source: string;
}

export const KEEP_VALUES: readonly KeepValue[] = [
  // Request ids that services print for support, by header name.
  {
    id: 'request-id-uuid',
    name: 'X-Request-Id as a UUID',
    value: '7f3c9a2e-5b1d-4e8f-a6c4-2d9b0e1f3a57',
    carrier: 'header:X-Request-Id',
    neededByIncidentNote: true,
    source: 'Heroku Dev Center: HTTP Request IDs (X-Request-ID, a UUID)',
  },
  {
    id: 'request-id-nginx-hex',
    name: 'X-Request-Id from nginx $request_id (32 hex)',
    value: '917096d9ebc3cd0cb29f8a11ae05876f',
    carrier: 'header:X-Request-Id',
    neededByIncidentNote: true,
    source: 'nginx Docs: ngx_http_core_module — $request_id (16 random bytes, in hexadecimal)',
  },
  {
    id: 'request-id-ulid',
    name: 'X-Request-Id as a ULID (26 characters)',
    value: '01JDP4ZK7M8Q3W2T6V9XBNCHGR',
    carrier: 'header:X-Request-Id',
    neededByIncidentNote: true,
    source: 'ulid/spec: README.md (26 characters of Crockford base32)',
  },
  {
    id: 'aws-amzn-request-id',
    name: 'AWS x-amzn-RequestId (API Gateway, Lambda)',
    value: 'e5b0f6a2-8c3d-4f71-9b2e-0a1c7d4e6f38',
    carrier: 'header:x-amzn-RequestId',
    neededByIncidentNote: true,
    source: 'Amazon API Gateway Developer Guide: response headers (x-amzn-RequestId)',
  },
  {
    id: 'aws-s3-request-id',
    name: 'Amazon S3 x-amz-request-id (16 hex)',
    value: '38DAAA9FD2B3CF14',
    carrier: 'header:x-amz-request-id',
    neededByIncidentNote: true,
    source: 'Amazon S3 API Reference: Common response headers (x-amz-request-id)',
  },
  {
    id: 'aws-s3-extended-request-id',
    name: 'Amazon S3 x-amz-id-2 (base64 host id)',
    value: 'Yn9rN4q2UKvj6LBi3suCcgVo+dihD3U2CimZFPPzlyi8jVwDkJwQkKT9MJ6V2sqb9U6LrRGOYy0=',
    carrier: 'header:x-amz-id-2',
    neededByIncidentNote: true,
    source: 'Amazon S3 API Reference: Common response headers (x-amz-id-2)',
  },
  {
    id: 'aws-cloudfront-id',
    name: 'Amazon CloudFront X-Amz-Cf-Id',
    value: 'Br_05a2Yqt2bTjlQCK48kb_ABPI9vMYrcMeDVbaGF23FAhiYNopHIw==',
    carrier: 'header:X-Amz-Cf-Id',
    neededByIncidentNote: true,
    source:
      'Amazon CloudFront Developer Guide: Request and response behavior (X-Amz-Cf-Id identifies the request)',
  },
  {
    id: 'aws-xray-trace-id',
    name: 'AWS X-Ray trace header',
    value: 'Root=1-6749bf80-2315284a1d7ab152eb9788f4;Parent=472e739cd08f6413;Sampled=1',
    carrier: 'header:X-Amzn-Trace-Id',
    neededByIncidentNote: true,
    source:
      'AWS X-Ray Developer Guide: Tracing header (Root=1-<8 hex time>-<24 hex>;Parent=<16 hex>;Sampled=1)',
  },
  {
    id: 'cloudflare-ray',
    name: 'Cloudflare CF-Ray (16 hex and the data center)',
    value: '8ea2f1c93b7d4e05-IAD',
    carrier: 'header:CF-Ray',
    neededByIncidentNote: true,
    source: 'Cloudflare Docs: Cloudflare Ray ID (CF-Ray header, ray id and data center code)',
  },
  {
    id: 'cloudflare-ray-in-error-page',
    name: 'Cloudflare Ray ID printed on an error page',
    value: '8ea2f1c93b7d4e05',
    carrier: 'text',
    neededByIncidentNote: true,
    source: 'Cloudflare Docs: Cloudflare Ray ID ("Cloudflare Ray ID: …" on error pages)',
  },
  {
    id: 'github-request-id',
    name: 'GitHub X-GitHub-Request-Id',
    value: 'C0DE:1A2B:3C4D5E:6F7081:65A1B2C3',
    carrier: 'header:X-GitHub-Request-Id',
    neededByIncidentNote: true,
    source: 'GitHub Docs: Troubleshooting the REST API (X-GitHub-Request-Id for support)',
  },
  {
    id: 'azure-ms-request-id',
    name: 'Azure x-ms-request-id',
    value: '2b9e4c71-0d3a-4f58-9a6e-c1f7b2d8e035',
    carrier: 'header:x-ms-request-id',
    neededByIncidentNote: true,
    source: 'Microsoft Learn: Azure Storage — common REST API response headers (x-ms-request-id)',
  },
  {
    id: 'azure-correlation-request-id',
    name: 'Azure Resource Manager x-ms-correlation-request-id',
    value: 'a4d17e90-6b2c-4f3e-8d15-7c9e0b3a2f64',
    carrier: 'header:x-ms-correlation-request-id',
    neededByIncidentNote: true,
    source:
      'Microsoft Learn: Azure REST API reference — common headers (x-ms-correlation-request-id)',
  },
  {
    id: 'microsoft-graph-request-id',
    name: 'Microsoft Graph request-id in an error body',
    value: '5d8c2f14-93a7-4e0b-b6d1-f2a9c7e4b380',
    carrier: 'json:request-id',
    neededByIncidentNote: true,
    source: 'Microsoft Graph Docs: Error responses (innerError request-id, client-request-id)',
  },
  {
    id: 'stripe-request-id',
    name: 'Stripe Request-Id',
    value: 'req_msWFnm6EtZhMG2',
    carrier: 'header:Request-Id',
    neededByIncidentNote: true,
    source: 'Stripe API Reference: Request IDs (Request-Id response header)',
  },
  {
    id: 'openai-request-id',
    name: 'OpenAI x-request-id (req_ and 32 hex)',
    value: 'req_22e7046bd2177ab327a91f6a653c44bf',
    carrier: 'header:x-request-id',
    neededByIncidentNote: true,
    source: 'OpenAI API Reference: Debugging requests (x-request-id response header)',
  },
  {
    id: 'anthropic-request-id',
    name: 'Anthropic request-id',
    value: 'req_011Chd7PSHFrBAVcN6V52axr',
    carrier: 'header:request-id',
    neededByIncidentNote: true,
    source: 'Anthropic API Docs: Errors — request id (request-id response header)',
  },
  {
    id: 'vercel-id',
    name: 'Vercel x-vercel-id',
    value: 'iad1::iad1::8x7dz-1732886400000-16ab970078b5',
    carrier: 'header:x-vercel-id',
    neededByIncidentNote: true,
    source: 'Vercel Docs: Request headers — x-vercel-id (regions and request id)',
  },
  {
    id: 'fastly-served-by',
    name: 'Fastly X-Served-By (cache node)',
    value: 'cache-iad-kiad7000025-IAD',
    carrier: 'header:X-Served-By',
    neededByIncidentNote: false,
    source:
      'Fastly Docs: HTTP header reference — X-Served-By (cache-{datacenter}{nodeid}-{datacenter})',
  },

  // Trace context: W3C, Google Cloud, Zipkin B3, Sentry, OpenTelemetry ids in logs.
  {
    id: 'w3c-traceparent',
    name: 'W3C traceparent',
    value: '00-5c1e9a7f3b2d4e608a9c1f3e5d7b9a02-7a3f9c1e5b2d4f60-01',
    carrier: 'header:traceparent',
    neededByIncidentNote: true,
    source: 'W3C Trace Context §3.2 traceparent (version-trace-id(32 hex)-parent-id(16 hex)-flags)',
  },
  {
    id: 'w3c-tracestate',
    name: 'W3C tracestate',
    value: 'rojo=7a3f9c1e5b2d4f60,congo=t61rcWkgMzE',
    carrier: 'header:tracestate',
    neededByIncidentNote: false,
    source: 'W3C Trace Context §3.3 tracestate (vendor key=value list)',
  },
  {
    id: 'google-cloud-trace-context',
    name: 'Google Cloud X-Cloud-Trace-Context',
    value: '6e0c63257de34c92bf9efcd03927272e/5846931873205417253;o=1',
    carrier: 'header:X-Cloud-Trace-Context',
    neededByIncidentNote: true,
    source:
      'Google Cloud Trace Docs: Trace context (X-Cloud-Trace-Context: TRACE_ID/SPAN_ID;o=OPTIONS)',
  },
  {
    id: 'b3-single-header',
    name: 'Zipkin b3 single header',
    value: '277ce07c6ffd7c767b0263264604fc1b-e457b5a2e4d86bd1-1-05e3ac9a4f6e3b90',
    carrier: 'header:b3',
    neededByIncidentNote: true,
    source:
      'openzipkin/b3-propagation: README.md (b3: {TraceId}-{SpanId}-{SamplingState}-{ParentSpanId})',
  },
  {
    id: 'b3-trace-id',
    name: 'Zipkin X-B3-TraceId (32 hex)',
    value: '463ac35c9f6413ad48485a3953bb6124',
    carrier: 'header:X-B3-TraceId',
    neededByIncidentNote: true,
    source: 'openzipkin/b3-propagation: README.md (X-B3-TraceId, 16 or 32 lower-hex)',
  },
  {
    id: 'sentry-trace',
    name: 'Sentry sentry-trace header',
    value: '9d2f4a6c8e0b1d3f5a7c9e1b3d5f7a90-b7ad6b7169203331-1',
    carrier: 'header:sentry-trace',
    neededByIncidentNote: true,
    source: 'Sentry Developer Docs: Trace propagation (sentry-trace: trace_id-span_id-sampled)',
  },
  {
    id: 'otel-trace-id-in-json',
    name: 'Trace id in a JSON error body (32 hex)',
    value: 'f7cab1ae7dee63009c0e5acbb400e587',
    carrier: 'json:trace_id',
    neededByIncidentNote: true,
    source: 'OpenTelemetry Specification: Logs data model (TraceId, 16 bytes as 32 hex)',
  },

  // ETags and caching headers.
  {
    id: 'etag-strong-sha1',
    name: 'Strong ETag (40 hex)',
    value: '"33a64df551425fcc55e4d42a148795d9f25f89d4"',
    carrier: 'header:ETag',
    neededByIncidentNote: false,
    source: 'RFC 9110 §8.8.3 ETag (entity-tag = [ weak ] opaque-tag)',
  },
  {
    id: 'etag-weak',
    name: 'Weak ETag',
    value: 'W/"0815"',
    carrier: 'header:ETag',
    neededByIncidentNote: false,
    source: 'RFC 9110 §8.8.3.1 weak validators (W/"…")',
  },
  {
    id: 'etag-s3-md5',
    name: 'Amazon S3 ETag (MD5, 32 hex)',
    value: '"06fb5bf095d5be8ed184b614b59713c5"',
    carrier: 'header:ETag',
    neededByIncidentNote: false,
    source: 'Amazon S3 API Reference: Common response headers (ETag, MD5 of the object)',
  },
  {
    id: 'etag-s3-multipart',
    name: 'Amazon S3 multipart ETag (32 hex and part count)',
    value: '"b5a38c5a06fb5bf095d5be8ed184b614-12"',
    carrier: 'header:ETag',
    neededByIncidentNote: false,
    source: 'Amazon S3 User Guide: Checking object integrity (multipart ETag "<md5>-<parts>")',
  },
  {
    id: 'if-none-match-nginx',
    name: 'If-None-Match with an nginx ETag',
    value: 'W/"6749bf80-14a3"',
    carrier: 'header:If-None-Match',
    neededByIncidentNote: false,
    source: 'nginx Docs: ngx_http_core_module — etag ("<hex mtime>-<hex size>")',
  },
  {
    id: 'cache-control',
    name: 'Cache-Control for a hashed asset',
    value: 'public, max-age=31536000, immutable',
    carrier: 'header:Cache-Control',
    neededByIncidentNote: false,
    source: 'RFC 9111 §5.2 Cache-Control; RFC 8246 (immutable)',
  },

  // Content hashes in asset URLs and integrity metadata.
  {
    id: 'asset-cra',
    name: 'Create React App bundle with a content hash',
    value: '/static/js/main.3f2a9c1b.js',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'Create React App Docs: Production build (static/js/main.[hash].js)',
  },
  {
    id: 'asset-vite',
    name: 'Vite bundle with a base64url content hash',
    value: '/assets/index-DerkUECC.js',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'Vite Docs: Build options — build.rollupOptions output names ([name]-[hash])',
  },
  {
    id: 'asset-next-chunk',
    name: 'Next.js page chunk with a content hash',
    value: '/_next/static/chunks/pages/_app-7b9a4f2c8e1d3a5b.js',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'Next.js Docs: Static assets — /_next/static/chunks, hashed file names',
  },
  {
    id: 'asset-next-build-id',
    name: 'Next.js build id in an asset path (21 mixed-case characters)',
    value: '/_next/static/zHsL65BZBmx__NIy9cM5v/_buildManifest.js',
    carrier: 'path',
    neededByIncidentNote: false,
    source:
      'Next.js Docs: next.config.js generateBuildId (default build id, /_next/static/<buildId>/)',
  },
  {
    id: 'asset-webpack-contenthash',
    name: 'webpack bundle with a 20-hex contenthash',
    value: '/dist/vendors.5f1e3c2b9a8d7e6f4a3b.js',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'webpack Docs: Output — output.filename [contenthash], output.hashDigestLength (20)',
  },
  {
    id: 'asset-sprockets-digest',
    name: 'Rails asset pipeline file with a 64-hex digest',
    value:
      '/assets/application-f7cab1ae7dee63009c0e5acbb400e587cca05a71ddad5190e160677d2690902b.css',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'Rails Guides: The Asset Pipeline — fingerprinting (SHA256 digest in file names)',
  },
  {
    id: 'sri-sha384',
    name: 'Subresource Integrity sha384 value',
    value: 'sha384-tdSTHbvYLcy0St0KJXkds+BV/iCy0qJJjOkpSve4skxif9hUZ/aKgrHHJfafPJVf',
    carrier: 'text',
    neededByIncidentNote: false,
    source: 'W3C Subresource Integrity §3.5 The integrity attribute (sha384-<base64>)',
  },
  {
    id: 'npm-integrity-sha512',
    name: 'npm lockfile integrity (sha512, base64)',
    value:
      'sha512-l9fhl6JgjKS+ylcPyZxpnJfDaHb/1uCIG87J19bWGG5To+9sO/1hQsFFKn0KptmkisbtBPsY8jYV69HOShB6rw==',
    carrier: 'json:integrity',
    neededByIncidentNote: false,
    source: 'npm Docs: package-lock.json — integrity (a Subresource Integrity string)',
  },
  {
    id: 'oci-image-digest',
    name: 'Container image digest (sha256, 64 hex)',
    value: 'sha256:f7cab1ae7dee63009c0e5acbb400e587cca05a71ddad5190e160677d2690902b',
    carrier: 'json:digest',
    neededByIncidentNote: false,
    source: 'opencontainers/image-spec: descriptor.md — Digests (algorithm ":" encoded)',
  },

  // Dates and timestamps.
  {
    id: 'date-iso8601',
    name: 'ISO 8601 timestamp',
    value: '2024-11-29T13:20:00.000Z',
    carrier: 'json:createdAt',
    neededByIncidentNote: false,
    source: 'RFC 3339 §5.6 (date-time)',
  },
  {
    id: 'date-http',
    name: 'HTTP Date header (IMF-fixdate)',
    value: 'Fri, 29 Nov 2024 13:20:00 GMT',
    carrier: 'header:Date',
    neededByIncidentNote: false,
    source: 'RFC 9110 §5.6.7 Date/Time formats (IMF-fixdate, RFC 1123)',
  },
  {
    id: 'epoch-seconds',
    name: 'Unix time in seconds',
    value: '1732886400',
    carrier: 'query:since',
    neededByIncidentNote: false,
    source: 'POSIX.1-2017 §4.16 Seconds Since the Epoch',
  },
  {
    id: 'epoch-milliseconds',
    name: 'Unix time in milliseconds',
    value: '1732886400000',
    carrier: 'json:ts',
    neededByIncidentNote: false,
    source: 'ECMAScript: Time values (milliseconds since the epoch)',
  },

  // Versions and user agents.
  {
    id: 'semver',
    name: 'Version string',
    value: '1.2.3',
    carrier: 'json:version',
    neededByIncidentNote: false,
    source: 'Semantic Versioning 2.0.0',
  },
  {
    id: 'semver-prerelease',
    name: 'Pre-release version with a v prefix',
    value: 'v2.10.0-beta.1',
    carrier: 'query:v',
    neededByIncidentNote: false,
    source: 'Semantic Versioning 2.0.0 §9 (pre-release)',
  },
  {
    id: 'user-agent-chrome',
    name: 'Chrome User-Agent',
    value:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.73 Safari/537.36',
    carrier: 'header:User-Agent',
    neededByIncidentNote: false,
    source: 'Chromium: User-Agent string (RFC 9110 §10.1.5 User-Agent)',
  },

  // Short ids, REST paths and public identifiers.
  {
    id: 'short-numeric-id',
    name: 'Short numeric id in a REST path',
    value: '/api/users/42',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'RFC 3986 §3.3 (path)',
  },
  {
    id: 'page-number',
    name: 'Page number in a query',
    value: '3',
    carrier: 'query:page',
    neededByIncidentNote: false,
    source: 'RFC 3986 §3.4 (query)',
  },
  {
    id: 'git-commit-in-github-url',
    name: 'Git commit id in a GitHub URL path (public, 40 hex)',
    value: '/acme/widgets/commit/9fceb02d0ae598e95dc970b74767f19372d61af8',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'Git Documentation: gitglossary — object name (40-hex SHA-1); GitHub Docs: commit URLs',
  },
  {
    id: 'uuid-order-id',
    name: 'UUID order id in a REST path',
    value: '/api/orders/3f2b8c1e-9d4a-4b7e-8f6c-1a2d3e4f5a6b',
    carrier: 'path',
    neededByIncidentNote: false,
    source: 'RFC 9562 (UUIDs) §5.4; RFC 3986 §3.3 (path)',
  },
  {
    id: 'youtube-video-id',
    name: 'YouTube video id (11 mixed-case characters)',
    value: 'M7lc1UVf-VE',
    carrier: 'query:v',
    neededByIncidentNote: false,
    source: 'YouTube IFrame Player API reference (videoId)',
  },
  {
    id: 'twilio-error-url',
    name: 'Twilio error documentation URL in an error body',
    value: 'https://www.twilio.com/docs/errors/21211',
    carrier: 'json:more_info',
    neededByIncidentNote: false,
    source: 'Twilio Docs: Error and warning dictionary (more_info in REST API errors)',
  },

  // Everyday headers.
  {
    id: 'content-length',
    name: 'Content-Length',
    value: '5120',
    carrier: 'header:Content-Length',
    neededByIncidentNote: false,
    source: 'RFC 9110 §8.6 Content-Length',
  },
  {
    id: 'accept-language',
    name: 'Accept-Language',
    value: 'en-US,en;q=0.9,de;q=0.8',
    carrier: 'header:Accept-Language',
    neededByIncidentNote: false,
    source: 'RFC 9110 §12.5.4 Accept-Language',
  },
  {
    id: 'multipart-boundary',
    name: 'multipart/form-data Content-Type with its boundary',
    value: 'multipart/form-data; boundary=----WebKitFormBoundary3Kj1yBZQwYc2UuBT',
    carrier: 'header:Content-Type',
    neededByIncidentNote: false,
    source: 'RFC 7578 §4.1 (boundary); WHATWG HTML: multipart/form-data encoding algorithm',
  },
  {
    id: 'forwarded-for',
    name: 'X-Forwarded-For with documentation addresses',
    value: '203.0.113.42, 198.51.100.7',
    carrier: 'header:X-Forwarded-For',
    neededByIncidentNote: false,
    source: 'RFC 7239 (Forwarded); RFC 5737 (documentation addresses)',
  },
];
