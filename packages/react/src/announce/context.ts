import { createContext } from 'react';
import type { AnnounceFn } from './announcer.js';

/** Set by the outermost GbgProvider; `null` means "no provider: use the on-demand regions". */
export const AnnounceContext = createContext<AnnounceFn | null>(null);
AnnounceContext.displayName = 'GbgAnnounceContext';
