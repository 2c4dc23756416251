/**
 * 405 Method Not Allowed: the methods the Allow header lists (RFC 9110 §15.5.6, §10.2.1). A 405
 * without Allow is a protocol note (./protocol.ts).
 */
import { headerValues, listHeader } from '../headers';
import { clip, listOf } from '../text';
import type { Rule } from '../types';

const TAG_METHODS_MAX = 3;

export const allow: Rule = (entry) => {
  if (entry.response?.status !== 405) return [];
  const lines = headerValues(entry.response.headers, 'allow');
  if (lines.length === 0) return [];
  const methods = [
    ...new Set(listHeader(entry.response.headers, 'allow').map((m) => clip(m, 24).toUpperCase())),
  ];
  const sent = clip(String(entry.request?.method ?? ''), 24).toUpperCase();
  if (methods.length === 0) {
    return [
      {
        rule: 'allow',
        severity: 'warning',
        tag: 'no method allowed',
        title: 'Allow is empty: no method is allowed on this resource',
        details: [
          `You sent ${sent || 'a request'}; the server accepts no method here at the moment.`,
        ],
      },
    ];
  }
  const details = [`You sent ${sent || 'a request'}; the server accepts ${listOf(methods)}.`];
  if (sent && methods.includes(sent)) {
    details.push(
      `Allow lists ${sent} itself: the server contradicts its own 405 (a routing or proxy problem?).`,
    );
  }
  const shown = methods.slice(0, TAG_METHODS_MAX).join(', ');
  return [
    {
      rule: 'allow',
      severity: 'warning',
      tag: `allow ${shown}${methods.length > TAG_METHODS_MAX ? ', …' : ''}`,
      title: `Method ${sent || '(unknown)'} not allowed; Allow: ${listOf(methods)}`,
      details,
    },
  ];
};
