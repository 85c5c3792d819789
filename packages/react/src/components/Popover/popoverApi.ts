import { version } from 'react';

// The Popover API's attributes as React props, and the feature checks. Shared by Popover and
// Tooltip (the Tooltip imports it from here) so the React 18/19 difference lives in one place.

// React 19 knows `popoverTarget` and warns about the lowercase spelling; React 18 knows neither
// and warns about the camelCase one (it passes lowercase unknown attributes through untouched).
const legacyReact = version.startsWith('18.');

/** `popovertarget` (and `popovertargetaction`) spelled the way the running React wants them. */
export function popoverTargetProps(id: string, action?: 'toggle' | 'show' | 'hide'): Record<string, string> {
  if (legacyReact) return action ? { popovertarget: id, popovertargetaction: action } : { popovertarget: id };
  return action ? { popoverTarget: id, popoverTargetAction: action } : { popoverTarget: id };
}

/** The browser has the Popover API (jsdom and browsers before 2024 do not). */
export function hasPopoverApi(): boolean {
  return typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';
}

/** Shown as a popover now. Never throws (engines without `:popover-open`). */
export function isPopoverOpen(element: HTMLElement): boolean {
  try {
    return element.matches(':popover-open');
  } catch {
    return false;
  }
}

/** A CSS anchor name for an id: a dashed ident (`--gbg-anchor-…`) with only safe characters. */
export function anchorNameFor(id: string): string {
  return `--gbg-anchor-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}
