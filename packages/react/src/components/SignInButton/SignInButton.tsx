'use client';
import { LogInIcon } from '@goteborgsstad/icons';
import { forwardRef, type ForwardedRef, type ReactElement, type ReactNode, type RefAttributes } from 'react';
import { signInButtonStrings } from '../../i18n/sections.js';
import { useSectionStrings } from '../../provider/hooks.js';
import { Button, type ButtonAsButtonProps, type ButtonAsLinkProps } from '../Button/Button.js';

/** Button props that stay open to the app; the label, icon and look are the sign-in button's own. */
type Fixed = 'children' | 'iconOnly' | 'icon' | 'iconBefore' | 'iconAfter' | 'aria-label' | 'aria-labelledby' | 'variant';

interface SignInButtonOwnProps {
  /**
   * The button's words. Keep the default unless the service accepts only one kind of
   * e-legitimation; name it in words then ("Logga in med BankID") — never with a logo.
   * @default "Logga in med e-legitimation" / "Log in with e-ID"
   * @sv Knappens ord. Behåll standardtexten om inte tjänsten bara tar emot en sorts
   * e-legitimation; skriv den med ord då ("Logga in med BankID") – aldrig med logotyp.
   */
  children?: ReactNode;
}

/**
 * With `href` (preferred): a link to the start of the city's sign-in (the identity provider),
 * which works without JavaScript.
 */
export type SignInButtonAsLinkProps = SignInButtonOwnProps & Omit<ButtonAsLinkProps, Fixed>;
/** Without `href`: a button; the app starts the sign-in in `onClick` (or submits a form). */
export type SignInButtonAsButtonProps = SignInButtonOwnProps & Omit<ButtonAsButtonProps, Fixed>;
export type SignInButtonProps = SignInButtonAsLinkProps | SignInButtonAsButtonProps;

type SignInButtonComponent = {
  (props: (SignInButtonAsLinkProps & RefAttributes<HTMLAnchorElement>) | (SignInButtonAsButtonProps & RefAttributes<HTMLButtonElement>)): ReactElement | null;
  displayName?: string;
};

/**
 * "Logga in med e-legitimation": the neutral, brand-correct start of a sign-in to an e-service
 * or Mina sidor. A primary Button with the log-in icon and the dictionary's words; which
 * e-legitimation (BankID, Freja+…) is chosen on the identity provider's own page, so no
 * third-party logo appears here.
 *
 * Usage rule: one per page, where signing in is the next step (the start page of an e-service,
 * Mina sidor). In the site header use the header's sign-in slot with a link.
 */
export const SignInButton = forwardRef(function SignInButton(
  { children, ...rest }: SignInButtonProps,
  ref: ForwardedRef<HTMLAnchorElement | HTMLButtonElement>,
) {
  const strings = useSectionStrings(signInButtonStrings);
  const props = { ...rest, variant: 'primary' as const, iconBefore: LogInIcon, children: children ?? strings.label };
  return typeof rest.href === 'string' ? (
    <Button ref={ref as ForwardedRef<HTMLAnchorElement>} {...(props as ButtonAsLinkProps)} />
  ) : (
    <Button ref={ref as ForwardedRef<HTMLButtonElement>} {...(props as ButtonAsButtonProps)} />
  );
}) as SignInButtonComponent;
SignInButton.displayName = 'SignInButton';
