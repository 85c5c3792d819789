'use client';
import {
  forwardRef,
  isValidElement,
  type AnchorHTMLAttributes,
  type ButtonHTMLAttributes,
  type ForwardedRef,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
  useEffect,
} from 'react';
import { useAnnounce } from '../../announce/useAnnounce.js';
import { cx } from '../../internal/cx.js';
import { warnOnce } from '../../internal/warn.js';
import { NavAnchor } from '../../navigation/NavAnchor.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { commonStrings } from '../../i18n/sections.js';
import type { IconComponent } from '../Icon/Icon.js';
import { button, buttonContent, buttonIcon, buttonSpinner } from './Button.css.js';

/** Intent of the button. */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
/** `sm` 32px, `md` 44px (default target size), `lg` 56px high. */
export type ButtonSize = 'sm' | 'md' | 'lg';
/** An icon as a component (`SearchIcon`) or an element (`<SearchIcon />`). Always decorative here. */
export type ButtonIcon = IconComponent | ReactElement;

interface ButtonOwnProps {
  /**
   * What the action means. `primary` for the main action — one primary button per section;
   * `secondary` for the other actions; `tertiary` for less important actions next to others;
   * `danger` for actions that delete or cannot be undone (ask for confirmation too).
   * @default 'primary'
   * @sv Vad handlingen betyder: `primary` för huvudhandlingen (en per avsnitt), `secondary` för övriga, `tertiary` för mindre viktiga, `danger` för det som raderar eller inte går att ångra.
   */
  variant?: ButtonVariant;
  /**
   * Height. Keep `md` (44px, the recommended target size); `sm` (32px) only in dense tools where
   * space is short, `lg` for a single call to action.
   * @default 'md'
   * @sv Höjd. Behåll `md` (44 px, rekommenderad träffyta); `sm` (32 px) bara i täta verktyg, `lg` för en enda uppmaning.
   */
  size?: ButtonSize;
  /**
   * Busy state while the action runs: the button keeps its width, shows a spinner, sets
   * `aria-busy`, ignores clicks and announces "Laddar…" / "Loading…" to screen readers.
   * Keep the label; do not change it to "Sparar…".
   * @default false
   * @sv Upptaget läge medan handlingen pågår: snurra, `aria-busy`, klick stoppas och "Laddar…" läses upp. Behåll etiketten.
   */
  loading?: boolean;
  /**
   * Take the full width of the container. Use on narrow screens and in stacked button groups.
   * @default false
   * @sv Tar hela behållarens bredd, t.ex. på smala skärmar och i staplade knappgrupper.
   */
  fullWidth?: boolean;
}

interface ButtonWithTextProps {
  /**
   * Icon-only buttons must use `iconOnly` and an accessible name instead.
   * @default false
   * @sv Knappar med bara ikon använder `iconOnly` och ett tillgängligt namn.
   */
  iconOnly?: false;
  /**
   * The label: a verb that says what happens ("Spara ändringar", not "OK").
   * @sv Etiketten: ett verb som säger vad som händer ("Spara ändringar", inte "OK").
   */
  children: ReactNode;
  /**
   * Decorative icon before the label (at the start of the line, also in right-to-left text).
   * @sv Dekorativ ikon före etiketten (i radens början, även i höger-till-vänster).
   */
  iconBefore?: ButtonIcon;
  /**
   * Decorative icon after the label; use an arrow for "go on" actions.
   * @sv Dekorativ ikon efter etiketten; en pil för "gå vidare".
   */
  iconAfter?: ButtonIcon;
  icon?: never;
}

interface ButtonIconOnlyBase {
  /**
   * Shows only `icon`. The button still needs a name for screen readers and speech control, so
   * the types require `aria-label` or `aria-labelledby`. Use only for icons everyone knows
   * (close, search); otherwise show text.
   * @sv Visar bara `icon`. Typerna kräver `aria-label` eller `aria-labelledby`. Bara för ikoner alla känner igen (stäng, sök).
   */
  iconOnly: true;
  /**
   * The one icon shown.
   * @sv Den enda ikonen som visas.
   */
  icon: ButtonIcon;
  children?: never;
  iconBefore?: never;
  iconAfter?: never;
}

interface ButtonIconOnlyLabelProps extends ButtonIconOnlyBase {
  /**
   * The accessible name of an icon-only button ("Stäng", "Sök").
   * @sv Tillgängligt namn för en knapp med bara ikon ("Stäng", "Sök").
   */
  'aria-label': string;
  'aria-labelledby'?: string;
}

interface ButtonIconOnlyLabelledByProps extends ButtonIconOnlyBase {
  'aria-label'?: string;
  /**
   * Id of the element that names an icon-only button.
   * @sv Id för elementet som namnger en knapp med bara ikon.
   */
  'aria-labelledby': string;
}

/** The label part: text (with optional icons), or an icon with a required accessible name. */
export type ButtonLabelProps = ButtonWithTextProps | ButtonIconOnlyLabelProps | ButtonIconOnlyLabelledByProps;

type OwnKeys = keyof ButtonOwnProps | 'children' | 'iconOnly' | 'icon' | 'iconBefore' | 'iconAfter';

/** A real `<button>`. `type` defaults to `"button"`; use `type="submit"` to send a form. */
export type ButtonAsButtonProps = ButtonOwnProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, OwnKeys> & {
    /**
     * Leave out for a `<button>`; give a URL to render a link that looks like a button.
     * @sv Utelämna för en `<button>`; ange en adress för en länk som ser ut som en knapp.
     */
    href?: undefined;
  } & ButtonLabelProps;

/** A link (`<a href>`) that looks like a button: for navigation ("Gå till e-tjänsten"). */
export type ButtonAsLinkProps = ButtonOwnProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, OwnKeys> & {
    /**
     * Where the link goes. With `href`, Button renders an `<a>`: use it when the action navigates.
     * @sv Vart länken går. Med `href` renderas ett `<a>` (eller appens routerlänk): använd när handlingen navigerar.
     */
    href: string;
  } & ButtonLabelProps;

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

type ButtonComponent = {
  (props: (ButtonAsButtonProps & RefAttributes<HTMLButtonElement>) | (ButtonAsLinkProps & RefAttributes<HTMLAnchorElement>)): ReactElement | null;
  displayName?: string;
};

function renderIcon(value: ButtonIcon | undefined): ReactNode {
  if (value === undefined || value === null) return null;
  // The component is drawn directly (not through <Icon>): the wrapper below already sizes and
  // hides it, and Button stays inside its 2 KiB budget.
  const IconComp = value as IconComponent;
  const drawing = isValidElement(value) ? value : <IconComp aria-hidden="true" focusable="false" />;
  return (
    <span className={buttonIcon} aria-hidden="true">
      {drawing}
    </span>
  );
}

/**
 * Starts an action (or, with `href`, navigates like a link but looks like a button).
 * One primary button per section; put several in a `ButtonGroup`.
 */
export const Button = forwardRef(function Button(
  props: ButtonProps,
  ref: ForwardedRef<HTMLButtonElement | HTMLAnchorElement>,
) {
  const {
    variant = 'primary',
    size = 'md',
    loading = false,
    fullWidth = false,
    iconOnly = false,
    icon,
    iconBefore,
    iconAfter,
    children,
    className,
    onClick,
    ...rest
  } = props as ButtonProps & {
    icon?: ButtonIcon;
    iconBefore?: ButtonIcon;
    iconAfter?: ButtonIcon;
    onClick?: (event: MouseEvent<HTMLElement>) => void;
  };
  const { loading: loadingText } = useSectionStrings(commonStrings);
  const announce = useAnnounce();
  // The one announcer speaks "Laddar…" when the button turns busy: no live region of its own, so
  // Button renders a single element.
  useEffect(() => {
    if (loading) announce(loadingText);
  }, [loading, announce, loadingText]);
  // Development-only checks: production bundles drop this block and its message text.
  if (process.env.NODE_ENV !== 'production') {
    const hasName = Boolean(rest['aria-label']?.trim() || rest['aria-labelledby']?.trim());
    if (iconOnly && !hasName) {
      warnOnce('Button', 'an icon-only button has no accessible name. Add aria-label="…" (e.g. "Stäng") or aria-labelledby.');
    }
    if (!iconOnly && !hasName && (children === undefined || children === null || children === '')) {
      warnOnce('Button', 'the button has no label. Give it text as children, or use iconOnly with aria-label.');
    }
  }

  const handleClick = (event: MouseEvent<HTMLElement>) => {
    // A busy button must not run the action twice (nor submit the form again).
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  const inner = iconOnly ? (
    renderIcon(icon)
  ) : (
    <>
      {renderIcon(iconBefore)}
      {children}
      {renderIcon(iconAfter)}
    </>
  );
  // The label gets a wrapper only while busy (it turns transparent so the button keeps its
  // width under the spinner); otherwise the button is one element plus its own content.
  const content = (
    <>
      {loading ? <span className={buttonContent}>{inner}</span> : inner}
      {loading && <span className={buttonSpinner} aria-hidden="true" />}
    </>
  );
  // Set after the consumer's props. Variants are data attributes (the same ones plain HTML
  // sets), so no class map ships.
  const own = {
    'aria-busy': loading || undefined,
    'aria-disabled': loading || undefined,
    'data-variant': variant,
    'data-size': size,
    'data-icon-only': iconOnly ? '' : undefined,
    'data-full-width': fullWidth ? '' : undefined,
    className: cx(button, className),
    onClick: handleClick,
  };

  if (typeof (rest as { href?: unknown }).href === 'string') {
    // The shared navigating anchor: URL allow-list, router link, new-window rel and notice.
    return (
      <NavAnchor component="Button" ref={ref as ForwardedRef<HTMLAnchorElement>} {...(rest as Omit<ButtonAsLinkProps, OwnKeys>)} {...own}>
        {content}
      </NavAnchor>
    );
  }

  const { type = 'button', ...buttonRest } = rest as Omit<ButtonAsButtonProps, OwnKeys>;
  return (
    <button ref={ref as ForwardedRef<HTMLButtonElement>} type={type} {...buttonRest} {...own}>
      {content}
    </button>
  );
}) as ButtonComponent;
Button.displayName = 'Button';
