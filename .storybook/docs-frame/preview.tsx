import { DocsContainer } from '@storybook/addon-docs/blocks';
import { useEffect, useState, type ComponentProps } from 'react';
import rootPackage from '../../package.json';
import { FeedbackLink, type FeedbackSetting } from '../../docs/blocks/component/Feedback.js';
import { ComponentChangelog, ComponentStatus, componentOfDocsId } from '../../docs/blocks/component/Status.js';

/** The one feedback setting: `bugs` in the root package.json (see Kom igång/Bidra). */
const feedbackSetting = (rootPackage as { bugs?: FeedbackSetting }).bugs;

/** The docs entry on screen (`komponenter-button--docs`), from the frame's address. */
function currentDocsId(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  return new URLSearchParams(window.location.search).get('id') ?? undefined;
}

/** The page's name as the reader sees it: its h1, once the page has rendered. */
function usePageName(pageId: string | undefined): string {
  const [name, setName] = useState(pageId ?? 'okänd sida');
  useEffect(() => {
    const heading = document.querySelector('.sbdocs-content h1:not(.docs-story h1)');
    const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
    setName(text || pageId || 'okänd sida');
  }, [pageId]);
  return name;
}

function GbgDocsContainer({ children, ...props }: ComponentProps<typeof DocsContainer>) {
  const pageId = currentDocsId();
  const component = componentOfDocsId(pageId);
  const pageName = usePageName(pageId);
  return (
    <DocsContainer {...props}>
      {component ? <ComponentStatus component={component} /> : null}
      {children}
      {component ? <ComponentChangelog component={component} /> : null}
      <FeedbackLink setting={feedbackSetting} page={pageName} pageId={pageId} />
    </DocsContainer>
  );
}

export const parameters = { docs: { container: GbgDocsContainer } };
