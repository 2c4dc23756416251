/**
 * The shape of one entry of the status code reference. The data files in this folder are
 * the single source of truth; every lookup, count and search index is computed from them.
 */

/** Registry state of an IANA-registered code (from the list in tests/fixtures/reference/status-codes.tsv). */
export type RegistryState = 'permanent' | 'temporary' | 'unused' | 'obsolete';

/** Where a code's meaning comes from. */
export type Origin =
  | {
      kind: 'iana';
      state: RegistryState;
      /** ISO dates of a temporary registration. */
      registered?: string;
      extended?: string;
      expires?: string;
      /** A registered code that is little used or deprecated in practice. */
      deprecated?: boolean;
    }
  | {
      kind: 'vendor';
      /** Who emits it, as people name them: "nginx", "Cloudflare", "AWS load balancer". */
      vendor: string;
      /** The code never reaches the client (nginx 444, 494–497, 499). */
      logOnly?: boolean;
    }
  | { kind: 'no-response' }
  /** Not an HTTP status: a code of another protocol people look up beside them (a gRPC status,
   * a WebSocket close code). A family of its own, outside the 1xx–5xx classes and counts. */
  | { kind: 'protocol'; family: 'grpc' | 'websocket' };

/** The defining document of a code, with a link to its section where there is one. */
export interface Source {
  /** "RFC 9110 §15.5.5", "nginx source (ngx_http_request.h)", "Cloudflare documentation". */
  title: string;
  url?: string;
}

export interface StatusEntry {
  /** The status number; 0 is "no response" (a request that got no HTTP response). */
  code: number;
  /** The exact current reason phrase ("Content Too Large", not "Payload Too Large"). */
  phrase: string;
  origin: Origin;
  /** One line: what the code means. */
  meaning: string;
  /** A short paragraph: when it appears, which headers matter. */
  context: string;
  /** At least two common causes. */
  causes: string[];
  /** At least two fix suggestions. */
  fixes: string[];
  /** HTTP codes a reader should compare this one with (for every family). */
  related: number[];
  /** Header fields involved ("Retry-After", "WWW-Authenticate"). */
  headers: string[];
  source: Source;
  /** Old names, everyday words and log spellings people search with. */
  aliases: string[];
  /** For codes that never reach the client: what the client sees instead. */
  clientSees?: string;
  /** The last number of a range that one entry stands for (WebSocket 4000–4999). */
  upTo?: number;
}

/** A question people ask about choosing between codes. */
export interface FaqItem {
  id: string;
  question: string;
  /** Paragraphs of the answer. */
  answer: string[];
  /** Codes the answer is about; they open in place. */
  codes: number[];
}
