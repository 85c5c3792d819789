import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../internal/warn.js';
import { GbgProvider } from '../../provider/index.js';
import { Button } from './Button.js';
import * as stories from './Button.stories.js';

const { Primary, IconOnly, Loading, AsLink, Disabled, WithIcons } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

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
    expect(screen.getByRole('status')).toHaveTextContent('Laddar…');
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

  it('has an empty live region until loading starts, then announces in the provider language', () => {
    const { rerender } = render(
      <GbgProvider locale="en">
        <Button>Save</Button>
      </GbgProvider>,
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    rerender(
      <GbgProvider locale="en">
        <Button loading>Save</Button>
      </GbgProvider>,
    );
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

  it('hides decorative icons next to a label from assistive technology', () => {
    render(<WithIcons />);
    expect(screen.getByRole('button', { name: 'Lägg till barn' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öppna e-tjänsten' })).toBeInTheDocument();
  });

  it('warns in development when an icon-only button has no name (JavaScript callers)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const props = { iconOnly: true, icon: <svg /> } as unknown as Parameters<typeof Button>[0];
    render(<Button {...props} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[gbg\] Button: .*aria-label/));
  });

  it('warns when a button has no label at all', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Button>{''}</Button>);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[gbg] Button'));
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

  it('gives each variant and size its own class', () => {
    const classes = (['primary', 'secondary', 'tertiary', 'danger'] as const).map(
      (variant) => render(<Button variant={variant}>{variant}</Button>).getByRole('button', { name: variant }).className,
    );
    expect(new Set(classes).size).toBe(4);
    const sm = render(<Button size="sm">sm</Button>).getByRole('button', { name: 'sm' }).className;
    expect(sm).not.toBe(classes[0]);
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
