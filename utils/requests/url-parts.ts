/** A URL split for display: the path and query first, the host muted after it. */
export interface UrlParts {
  path: string;
  host: string;
}

export function splitUrl(url: string): UrlParts {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^#]*)/i.exec(url);
  if (!match) return { path: url, host: '' };
  const host = (match[2] ?? '').replace(/^[^@]*@/, '');
  const rest = match[3] ?? '';
  return { path: rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`, host };
}
