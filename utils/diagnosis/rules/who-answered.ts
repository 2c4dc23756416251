/**
 * Who answered: an error made by a CDN, a load balancer or a proxy rather than by the
 * application. Cloudflare (cf-ray, `server: cloudflare`) with its 52x codes and the ray ID;
 * AWS Application Load Balancers (`server: awselb/2.0`) with 460, 463, 464, 561 and their own
 * 502, 503 and 504; CloudFront (`x-cache: Error from cloudfront`); nginx's own error pages.
 * Sources: Cloudflare's "Troubleshooting Cloudflare 5XX errors"; AWS "Troubleshoot your
 * Application Load Balancers" (HTTP error codes); nginx's ngx_http_special_response.c.
 */
import type { Entry } from 'har-format';
import { headerValue } from '../headers';
import { clip } from '../text';
import type { DiagnosisContext, Finding, Rule } from '../types';

interface Meaning {
  tag: string;
  title: string;
  hint: string;
}

const cloudflare: Record<number, Meaning> = {
  520: {
    tag: 'unknown origin error',
    title: 'Cloudflare got an empty, unknown or unexpected response from the origin server',
    hint: 'The origin crashed, reset the connection or sent headers Cloudflare cannot read (too large?).',
  },
  521: {
    tag: 'origin down',
    title: 'Cloudflare could not connect: the origin server refused the connection',
    hint: 'Is the origin running, and does its firewall allow Cloudflare’s IP ranges?',
  },
  522: {
    tag: 'origin timed out',
    title: 'Cloudflare timed out connecting to the origin server',
    hint: 'The origin is overloaded, down, or a firewall drops Cloudflare’s packets.',
  },
  523: {
    tag: 'origin unreachable',
    title:
      'Cloudflare could not reach the origin server (no route, or a wrong origin address in DNS)',
    hint: 'Check the origin’s DNS records in Cloudflare and its network.',
  },
  524: {
    tag: 'origin too slow',
    title:
      'The origin accepted the connection but sent no HTTP response within Cloudflare’s timeout (100 s)',
    hint: 'Make the request faster, or run long work in the background and poll.',
  },
  525: {
    tag: 'origin TLS failed',
    title: 'The TLS handshake between Cloudflare and the origin server failed',
    hint: 'Check the origin’s TLS setup (SNI, ciphers) for the SSL mode used.',
  },
  526: {
    tag: 'origin cert invalid',
    title:
      'The origin server’s certificate is invalid (Cloudflare checks it in Full (strict) mode)',
    hint: 'Renew or fix the origin certificate, or use a Cloudflare Origin CA certificate.',
  },
  527: {
    tag: 'Railgun error',
    title: 'Cloudflare’s Railgun connection to the origin failed (Railgun is retired)',
    hint: 'Check the Railgun listener, or stop using Railgun.',
  },
  530: {
    tag: 'origin DNS/tunnel',
    title:
      'Cloudflare could not resolve or reach the origin (a 1xxx error, e.g. 1016 origin DNS or 1033 tunnel)',
    hint: 'The page’s body names the 1xxx error; check the origin’s DNS record or the tunnel.',
  },
};

const alb: Record<number, Meaning> = {
  460: {
    tag: 'ALB: client closed',
    title: 'The AWS load balancer saw the client close the connection before the target answered',
    hint: 'The client timed out first: raise its timeout or make the target faster.',
  },
  463: {
    tag: 'ALB: X-Forwarded-For',
    title: 'The AWS load balancer got an X-Forwarded-For header with more than 30 addresses',
    hint: 'A proxy loop or a chain of proxies appending to X-Forwarded-For.',
  },
  464: {
    tag: 'ALB: protocol mismatch',
    title:
      'The request’s protocol does not match the target group’s (e.g. HTTP/1.1 to a gRPC target group)',
    hint: 'Check the target group’s protocol version.',
  },
  561: {
    tag: 'ALB: IdP error',
    title: 'The AWS load balancer’s authentication failed: the identity provider returned an error',
    hint: 'Check the listener rule’s OIDC or Cognito settings and the IdP’s logs.',
  },
  502: {
    tag: 'ALB: target failed',
    title:
      'The AWS load balancer got no valid response from the target (closed connection, malformed response, Lambda error)',
    hint: 'Look at the target’s logs and the ALB access log’s target_status_code.',
  },
  503: {
    tag: 'ALB: no targets',
    title: 'The AWS load balancer has no registered or healthy targets for this request',
    hint: 'Check the target group’s health checks and registrations.',
  },
  504: {
    tag: 'ALB: target timeout',
    title:
      'The target did not answer before the AWS load balancer’s idle timeout (60 s by default)',
    hint: 'Make the target faster or raise the idle timeout.',
  },
};

const nginx: Record<number, Meaning> = {
  400: {
    tag: 'nginx error page',
    title: 'nginx rejected the request itself (bad request, or a header or cookie too large)',
    hint: 'Headers too large: large_client_header_buffers.',
  },
  413: {
    tag: 'nginx: body limit',
    title:
      'nginx rejected the body before the application saw it (client_max_body_size, 1 MB by default)',
    hint: 'Raise client_max_body_size where this location is configured.',
  },
  502: {
    tag: 'nginx: upstream failed',
    title:
      'nginx could not get a valid response from the application behind it (down, crashed, refused)',
    hint: 'nginx’s error.log names the upstream and the reason (e.g. connect() failed (111: Connection refused)).',
  },
  503: {
    tag: 'nginx error page',
    title: 'nginx answered 503 itself (limit_req or limit_conn, or no upstream available)',
    hint: 'Check rate limits and upstream health in nginx’s configuration and error.log.',
  },
  504: {
    tag: 'nginx: upstream timeout',
    title:
      'The application behind nginx did not answer in time (proxy_read_timeout, 60 s by default)',
    hint: 'Make the request faster or raise the timeout.',
  },
};

/** The footer of Cloudflare's error pages ("<center>cloudflare</center>", "cf-error-details"). */
const CLOUDFLARE_PAGE = /<center>cloudflare<\/center>|cf-error-details|cf-wrapper/i;
const NGINX_PAGE = /<hr><center>(nginx|openresty)[^<]{0,40}<\/center>/i;
/** nginx's built-in error pages are small: anything bigger is the application's. */
const NGINX_PAGE_MAX = 1024;

function bodyText(entry: Entry, context: DiagnosisContext): string | undefined {
  if (context.body && context.body.encoding !== 'base64') return context.body.text.slice(0, 4096);
  const content = entry.response?.content;
  if (typeof content?.text === 'string' && content.encoding !== 'base64')
    return content.text.slice(0, 4096);
  return undefined;
}

export const whoAnswered: Rule = (entry, context) => {
  const status = entry.response?.status;
  if (!(status >= 400)) return [];
  const headers = entry.response.headers;
  const server = headerValue(headers, 'server') ?? '';
  const ray = headerValue(headers, 'cf-ray');
  const findings: Finding[] = [];

  if (/^cloudflare/i.test(server) || ray !== undefined) {
    const rayId = ray === undefined ? undefined : clip(ray, 40);
    const colo = rayId?.match(/-([A-Z]{3})$/)?.[1];
    const rayLine = rayId
      ? `Ray ID ${rayId}${colo ? ` (Cloudflare data centre ${colo})` : ''}: quote it to the site’s owner or Cloudflare support.`
      : 'No cf-ray header.';
    const meaning = cloudflare[status];
    if (meaning) {
      findings.push({
        rule: 'who-answered',
        severity: 'error',
        tag: `Cloudflare: ${meaning.tag}`,
        title: meaning.title,
        details: [
          `A Cloudflare error (${status}): the origin server is behind Cloudflare.`,
          meaning.hint,
          rayLine,
        ],
      });
    } else {
      const challenge = headerValue(headers, 'cf-mitigated');
      const body = bodyText(entry, context);
      const ownPage = body !== undefined && CLOUDFLARE_PAGE.test(body);
      findings.push({
        rule: 'who-answered',
        severity: challenge || ownPage ? 'warning' : 'info',
        tag: challenge ? 'Cloudflare challenge' : ownPage ? 'Cloudflare error page' : undefined,
        title: challenge
          ? `Cloudflare answered with a challenge (cf-mitigated: ${clip(challenge, 20)}), not the application`
          : ownPage
            ? `Cloudflare answered ${status} with its own error page: the origin may never have seen the request`
            : `Answered through Cloudflare (${status}): by the origin, or by Cloudflare itself`,
        details: [
          rayLine,
          ...(challenge || ownPage
            ? []
            : ['Cloudflare’s own error pages name Cloudflare and the ray ID at the bottom.']),
        ],
      });
    }
  }

  if (/^awselb\//i.test(server)) {
    const meaning = alb[status];
    findings.push(
      meaning
        ? {
            rule: 'who-answered',
            severity: 'error',
            tag: meaning.tag,
            title: meaning.title,
            details: [
              `Server: ${clip(server, 40)}: the AWS Application Load Balancer answered, not the application.`,
              meaning.hint,
            ],
          }
        : {
            rule: 'who-answered',
            severity: 'info',
            title: `The AWS load balancer (${clip(server, 40)}) answered ${status} itself`,
            details: ['The request may not have reached a target; the ALB access log says.'],
          },
    );
  }

  const xCache = headerValue(headers, 'x-cache');
  if (xCache && /^error from cloudfront/i.test(xCache)) {
    const id = headerValue(headers, 'x-amz-cf-id');
    findings.push({
      rule: 'who-answered',
      severity: 'info',
      title: `CloudFront returned this ${status}, from the origin or made by CloudFront itself`,
      details: [
        `X-Cache: ${clip(xCache, 60)}`,
        ...(id
          ? [`CloudFront request ID (x-amz-cf-id): ${clip(id, 80)}: quote it to AWS support.`]
          : []),
        ...(status === 502 || status === 504
          ? [
              'CloudFront made 502 and 504 itself when it cannot connect to or hear back from the origin.',
            ]
          : []),
      ],
    });
  }

  if (/^(nginx|openresty)/i.test(server)) {
    const body = bodyText(entry, context);
    const declared = Number(headerValue(headers, 'content-length') ?? entry.response.content?.size);
    const html = /html/i.test(
      headerValue(headers, 'content-type') ?? entry.response.content?.mimeType ?? '',
    );
    const own =
      body !== undefined
        ? NGINX_PAGE.test(body)
        : html && declared > 0 && declared <= NGINX_PAGE_MAX;
    if (own) {
      const meaning = nginx[status];
      findings.push({
        rule: 'who-answered',
        severity: 'warning',
        tag: meaning?.tag ?? 'nginx error page',
        title:
          meaning?.title ?? `nginx answered ${status} with its own error page, not the application`,
        details: [
          body !== undefined
            ? `The body is nginx’s built-in error page (Server: ${clip(server, 40)}).`
            : `Server: ${clip(server, 40)}, and a small HTML body: most likely nginx’s built-in error page (the body was not read).`,
          ...(meaning ? [meaning.hint] : []),
        ],
      });
    }
  }
  return findings;
};
