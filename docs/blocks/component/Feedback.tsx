import { useEffect, useRef } from 'react';

/**
 * Where "Ge återkoppling på sidan" leads. ONE setting: the `bugs` field of the repository's root
 * package.json (npm's own field: a URL string, or `{ url, email }`). With an issue tracker URL
 * the link opens a new issue with the page name as its title; with only an e-mail address it
 * opens a mail with the page name as subject; without the field it goes to the feedback section
 * of *Kom igång/Bidra*, with the page name in the address.
 */
export type FeedbackSetting = string | { url?: string; email?: string } | undefined;

export interface FeedbackTarget {
  href: string;
  /** Leaves the docs site: opens in a new window. */
  external: boolean;
}

/** The Storybook address of the feedback section on the Bidra page. */
export const BIDRA_FEEDBACK_PATH = '/docs/kom-igång-bidra--docs';

export function feedbackTitle(page: string): string {
  return `Återkoppling på dokumentationen: ${page}`;
}

/** The feedback target for one docs page, from the setting. */
export function feedbackTarget(setting: FeedbackSetting, page: string, pageId?: string): FeedbackTarget {
  const url = typeof setting === 'string' ? setting : setting?.url;
  const email = typeof setting === 'object' ? setting.email : undefined;
  const title = feedbackTitle(page);
  const body = `Sida: ${page}${pageId ? ` (${pageId})` : ''}\n\nVad saknas, är fel eller svårt att förstå?\n`;
  if (url && /^https?:\/\//i.test(url)) {
    // Issue trackers (GitHub, GitLab, Gitea) take a new issue at <tracker>/new with a title.
    const issues = url.replace(/\/+$/, '');
    if (/\/issues$/.test(issues)) {
      const query = new URLSearchParams({ title, body });
      return { href: `${issues}/new?${query.toString()}`, external: true };
    }
    return { href: url, external: true };
  }
  if (email && /^[^\s@]+@[^\s@]+$/.test(email)) {
    return {
      href: `mailto:${email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`,
      external: true,
    };
  }
  const query = new URLSearchParams({ path: BIDRA_FEEDBACK_PATH, sida: page });
  return { href: `./?${query.toString()}`, external: false };
}

/** "Ge återkoppling på sidan" with the page name filled in. */
export function FeedbackLink({ setting, page, pageId }: { setting: FeedbackSetting; page: string; pageId?: string }) {
  const target = feedbackTarget(setting, page, pageId);
  return (
    <p className="gbg-docs-feedback">
      <a
        href={target.href}
        // The docs page is a frame inside Storybook: leave it for the whole window.
        target={target.external ? '_blank' : '_top'}
        rel={target.external ? 'noopener noreferrer' : undefined}
      >
        Ge återkoppling på sidan
        {target.external ? <span className="gbg-docs-visually-hidden"> (öppnas i nytt fönster)</span> : null}
      </a>{' '}
      <span lang="en">(Give feedback on this page)</span> — om sidan ”{page}”.
    </p>
  );
}

/**
 * On the Bidra page: the page a reader came from through "Ge återkoppling på sidan", read from
 * the address (`sida=`), so they can name it in their feedback.
 */
export function FeedbackFrom() {
  const ref = useRef<HTMLParagraphElement>(null);
  // Arriving from a page's feedback link: show this section, not the top of the Bidra page.
  useEffect(() => ref.current?.scrollIntoView({ block: 'center' }), []);
  let page: string | null = null;
  try {
    page = new URLSearchParams(window.top?.location.search ?? window.location.search).get('sida');
  } catch {
    page = new URLSearchParams(window.location.search).get('sida');
  }
  if (!page) return null;
  return (
    <p className="gbg-docs-feedback" ref={ref}>
      Du ger återkoppling på sidan ”{page}”. Skriv sidans namn i rubriken:{' '}
      <code>{feedbackTitle(page)}</code>
    </p>
  );
}
