export { SignInButton } from './SignInButton.js';
export type { SignInButtonAsButtonProps, SignInButtonAsLinkProps, SignInButtonProps } from './SignInButton.js';
