import { warnOnce } from '../internal/warn.js';

// The one URL allow-list for every href a component renders. React 18 renders `javascript:`
// URLs as given (React 19 replaces them itself) and neither blocks `data:` or `vbscript:`, so
// the check cannot be left to React.

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

// Browsers ignore leading C0 controls and spaces and strip tabs and newlines anywhere in a URL
// ("java\tscript:" runs), so the scheme is read the way the browser will read it.
// eslint-disable-next-line no-control-regex
const LEADING_IGNORED = /^[\u0000-\u0020]+/;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** The URL scheme the browser will use, lower-cased, or `undefined` for a relative URL. */
export function urlScheme(href: string): string | undefined {
  const normalised = href.replace(TAB_OR_NEWLINE, '').replace(LEADING_IGNORED, '');
  return SCHEME.exec(normalised)?.[1]?.toLowerCase();
}

/** True for http, https, mailto, tel, relative URLs and fragments. */
export function isSafeHref(href: string): boolean {
  const scheme = urlScheme(href);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

/**
 * Returns `href` when it is allowed (http, https, mailto, tel, relative, fragment); otherwise
 * `undefined`, with a development warning naming `component`. Every component that renders an
 * `href` passes it through here.
 */
export function safeHref(component: string, href: string | undefined): string | undefined {
  if (href == null) return undefined;
  if (typeof href === 'string' && isSafeHref(href)) return href;
  // The unsafe URL is dropped in every build; only the explanation is development-only.
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      component,
      `removed the unsafe href "${String(href).slice(0, 40)}". Use an http(s):, mailto: or tel: URL, a relative URL or a #fragment; for an action, a Button with onClick.`,
    );
  }
  return undefined;
}
