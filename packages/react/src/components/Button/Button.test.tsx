import { composeStories } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { captureWarnings } from '../../../test/warnings.js';
import { ANNOUNCE_DELAY_MS } from '../../announce/announcer.js';
import type { GbgLinkProps } from '../../navigation/context.js';
import { GbgProvider } from '../../provider/index.js';
import { Button } from './Button.js';
import * as stories from './Button.stories.js';

const { Primary, IconOnly, Loading, AsLink, Disabled } = composeStories(stories);

const warnings = captureWarnings();

/** Lets the announcer write its delayed message. */
const waitForAnnouncement = () => act(() => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS + 10)));

describe('Button', () => {
  it('is a button named by its label, type="button" by default', () => {
    render(<Primary />);
    const button = screen.getByRole('button', { name: 'Skicka ansökan' });
    expect(button).toHaveAttribute('type', 'button');
  });

  it('keeps type="submit" when asked and submits its form', async () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(e) => onSubmit(e.nativeEvent)}>
        <Button type="submit">Skicka</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('activates with click, Enter and Space', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Spara</Button>);
    await userEvent.click(screen.getByRole('button'));
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    expect(screen.getByRole('button')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it('does nothing when disabled', async () => {
    const onClick = vi.fn();
    render(<Disabled onClick={onClick} />);
    const button = screen.getByRole('button');
    expect(button).toBeDisabled();
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('while loading: keeps its name, sets aria-busy, blocks activation and announces "Laddar…"', async () => {
    const onClick = vi.fn();
    render(<Loading onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Skicka ansökan' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('Laddar…');
  });

  it('renders one element: no live region or other node beside it', () => {
    const { container } = render(
      <div>
        <Button>Spara</Button>
        <Button loading>Skicka</Button>
        <Button href="/a">Till a</Button>
      </div>,
    );
    const wrapper = container.firstElementChild as HTMLElement;
    expect(Array.from(wrapper.children, (child) => child.tagName)).toEqual(['BUTTON', 'BUTTON', 'A']);
    expect(container.querySelector('[role="status"]')).toBeNull();
    // A text button holds its text directly; only a busy one wraps it (to hide it under the spinner).
    const [idle, busy] = Array.from(wrapper.children);
    expect(idle?.childElementCount).toBe(0);
    expect(busy?.querySelector('.gbg-button-content')).toHaveTextContent('Skicka');
  });

  it('does not submit a form while loading', async () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(e) => onSubmit(e.nativeEvent)}>
        <Button type="submit" loading>Skicka</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("announces through the provider's live region when loading starts, in the provider language", async () => {
    const { rerender } = render(
      <GbgProvider locale="en">
        <Button>Save</Button>
      </GbgProvider>,
    );
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    rerender(
      <GbgProvider locale="en">
        <Button loading>Save</Button>
      </GbgProvider>,
    );
    await waitForAnnouncement();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('renders a link with href, with anchor attributes', () => {
    render(<AsLink target="_self" />);
    const link = screen.getByRole('link', { name: 'Gå till e-tjänsten' });
    expect(link).toHaveAttribute('href', '#e-tjanst');
    expect(link).toHaveAttribute('target', '_self');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names an icon-only button by aria-label and hides the icon', () => {
    const { container } = render(<IconOnly />);
    expect(screen.getByRole('button', { name: 'Stäng' })).toBeInTheDocument();
    expect(container.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('hides decorative icons from assistive technology, even icons that would be read', () => {
    // Icons that name themselves (role="img" + title): Button itself must hide them, or the
    // name would become "Plus Lägg till barn Pil".
    const Named = ({ name }: { name: string }) => (
      <svg role="img" aria-label={name}>
        <title>{name}</title>
      </svg>
    );
    render(
      <Button iconBefore={<Named name="Plus" />} iconAfter={<Named name="Pil" />}>
        Lägg till barn
      </Button>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleName('Lägg till barn');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('warns in development when an icon-only button has no name (JavaScript callers)', () => {
    const props = { iconOnly: true, icon: <svg /> } as unknown as Parameters<typeof Button>[0];
    render(<Button {...props} />);
    expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Button: .*aria-label/)]);
  });

  it('warns when a button has no label at all', () => {
    render(<Button>{''}</Button>);
    expect(warnings.messages()).toEqual([expect.stringContaining('[gbg] Button')]);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)'])(
    'never renders the unsafe URL %j into href, and warns naming Button',
    (href) => {
      const { container } = render(<Button href={href}>Kör</Button>);
      const anchor = container.querySelector('a');
      expect(anchor).not.toBeNull();
      expect(anchor).not.toHaveAttribute('href');
      expect(warnings.messages()).toEqual([expect.stringMatching(/^\[gbg\] Button: removed the unsafe href/)]);
    },
  );

  it('with target="_blank": rel="noopener noreferrer" and the new-window notice, as Link', () => {
    render(
      <Button href="https://goteborg.se/" target="_blank" variant="secondary">
        Läs villkoren
      </Button>,
    );
    const link = screen.getByRole('link');
    expect(link).toHaveAccessibleName('Läs villkoren (öppnas i nytt fönster)');
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });

  it("renders the provider's router link for an in-app href, with the button classes and ref", async () => {
    const navigate = vi.fn();
    const RouterLink = forwardRef<HTMLAnchorElement, GbgLinkProps>(function RouterLink({ onClick, ...props }, ref) {
      return (
        <a
          ref={ref}
          data-router=""
          {...props}
          onClick={(event) => {
            onClick?.(event);
            if (!event.defaultPrevented) {
              event.preventDefault();
              navigate(props.href);
            }
          }}
        />
      );
    });
    const ref = createRef<HTMLAnchorElement>();
    render(
      <GbgProvider linkComponent={RouterLink}>
        <Button href="/e-tjanst" ref={ref}>Gå till e-tjänsten</Button>
        <Button href="/upptagen" loading>Upptagen</Button>
      </GbgProvider>,
    );
    const link = screen.getByRole('link', { name: 'Gå till e-tjänsten' });
    expect(link).toHaveAttribute('data-router');
    expect(link.className).toMatch(/gbg-button/);
    expect(ref.current).toBe(link);
    await userEvent.click(link);
    expect(navigate).toHaveBeenCalledWith('/e-tjanst');
    // A busy link-button prevents the click, so the router does not navigate either.
    await userEvent.click(screen.getByRole('link', { name: 'Upptagen' }));
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('forwards the ref to the button or the anchor', () => {
    const buttonRef = createRef<HTMLButtonElement>();
    const anchorRef = createRef<HTMLAnchorElement>();
    render(
      <>
        <Button ref={buttonRef}>A</Button>
        <Button ref={anchorRef} href="/b">B</Button>
      </>,
    );
    expect(buttonRef.current).toBeInstanceOf(HTMLButtonElement);
    expect(anchorRef.current).toBeInstanceOf(HTMLAnchorElement);
  });

  it('merges className and passes style through', () => {
    render(<Button className="mine" style={{ marginInlineStart: 3 }}>A</Button>);
    const button = screen.getByRole('button');
    expect(button).toHaveClass('mine');
    expect(button.className).toMatch(/gbg-button/);
    expect(button.style.marginInlineStart).toBe('3px');
  });

  it('sets each variant, size and flag as a data attribute on its one class', () => {
    for (const variant of ['primary', 'secondary', 'tertiary', 'danger'] as const) {
      const button = render(<Button variant={variant}>{variant}</Button>).getByRole('button', { name: variant });
      expect(button).toHaveAttribute('data-variant', variant);
      expect(button).toHaveAttribute('data-size', 'md');
      expect(button).not.toHaveAttribute('data-full-width');
    }
    const button = render(
      <Button size="sm" fullWidth iconOnly icon={<svg />} aria-label="Sök" />,
    ).getByRole('button', { name: 'Sök' });
    expect(button.className).toBe('gbg-button');
    expect(button).toHaveAttribute('data-size', 'sm');
    expect(button).toHaveAttribute('data-full-width', '');
    expect(button).toHaveAttribute('data-icon-only', '');
  });
});

// Compile-time checks: these lines must fail to type-check (the design rules are in the types).
export function typeChecks() {
  // @ts-expect-error an icon-only button needs aria-label or aria-labelledby
  const a = <Button iconOnly icon={<svg />} />;
  // @ts-expect-error an icon-only button has no children
  const b = <Button iconOnly icon={<svg />} aria-label="Stäng">Stäng</Button>;
  // @ts-expect-error variants are named by intent; there is no "blue"
  const c = <Button variant="blue">Spara</Button>;
  const ok = [
    <Button key="1" iconOnly icon={<svg />} aria-label="Stäng" />,
    <Button key="2" iconOnly icon={<svg />} aria-labelledby="x" />,
    <Button key="3" href="/fil.pdf" download>Ladda ner</Button>,
  ];
  return [a, b, c, ok];
}
