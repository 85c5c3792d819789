// Pure file checks of FileUpload: no React, no DOM, so a server can run the same rules (and give
// the same messages) on what it receives. Sizes use SI units (1 MB = 1 000 000 bytes), as the
// file managers of macOS and most phones show them.
import { enFileUpload } from '../../i18n/en.js';
import { svFileUpload } from '../../i18n/sv.js';

/** The strings the checks speak with: the `fileUpload` dictionary section. */
export type FileUploadMessages = {
  wrongType: (name: string, allowed: string) => string;
  tooLarge: (name: string, size: string, max: string) => string;
  tooMany: (name: string, max: number) => string;
  anyImage: string;
  anyVideo: string;
  anyAudio: string;
};

/** What the checks need of a file: a `File` has it, and so has a record from a server. */
export interface FileLike {
  name: string;
  /** Size in bytes. */
  size: number;
  /** MIME type; empty when the browser does not know it (`.dwg`). */
  type?: string;
}

/** The limits of an upload. */
export interface FileRules {
  /** Same syntax as the `accept` attribute: `.pdf,.jpg,image/png,image/*`. Empty: any type. */
  accept?: string | undefined;
  /** Largest size of one file, in bytes. */
  maxSize?: number | undefined;
  /** Most files in the list, counting the ones already there. */
  maxFiles?: number | undefined;
  /** Files already in the list (they count towards `maxFiles`). @default 0 */
  existingCount?: number | undefined;
}

export type FileRejectionReason = 'type' | 'size' | 'count';

export interface FileRejection<F extends FileLike = FileLike> {
  file: F;
  reason: FileRejectionReason;
  /** The message naming the file and the limit: "foto.jpg är 12 MB. Största tillåtna storlek är 10 MB." */
  message: string;
}

export interface FileCheckResult<F extends FileLike = FileLike> {
  accepted: F[];
  rejected: Array<FileRejection<F>>;
}

export interface FileCheckOptions {
  /** Locale of numbers and built-in messages. @default 'sv' */
  locale?: 'sv' | 'en';
  /** Messages to use instead of the built-in ones (an app's overrides). */
  messages?: FileUploadMessages;
  /** Words for the allowed types in the type message ("PDF eller bild"); derived from `accept` when left out. */
  acceptDescription?: string | undefined;
}

const UNITS = [
  ['byte', 1],
  ['kilobyte', 1e3],
  ['megabyte', 1e6],
  ['gigabyte', 1e9],
] as const;

function unitFor(bytes: number): (typeof UNITS)[number] {
  let chosen: (typeof UNITS)[number] = UNITS[0];
  for (const unit of UNITS) if (bytes >= unit[1]) chosen = unit;
  return chosen;
}

/**
 * A file size for people, with `Intl.NumberFormat`: "12 MB", "1,5 MB" (sv), "1.5 MB" (en),
 * "850 kB", "0 B". At most one decimal; `digits` asks for more (used when two sizes would
 * otherwise read the same).
 */
export function formatFileSize(bytes: number, locale: 'sv' | 'en' = 'sv', digits = 1): string {
  const safe = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  const [unit, factor] = unitFor(safe);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : digits,
  }).format(safe / factor);
}

/** The tokens of an `accept` string, trimmed and lower-cased, empty ones dropped. */
export function acceptTokens(accept: string | undefined): string[] {
  return (accept ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether a file matches an `accept` string the way the browser's picker filters: extension, exact type or `type/*`. */
export function matchesAccept(file: FileLike, accept: string | undefined): boolean {
  const tokens = acceptTokens(accept);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.type ?? '').toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type !== '' && type.startsWith(token.slice(0, -1));
    return type !== '' && type === token;
  });
}

/** Readable words for an `accept` string: ".pdf,image/jpeg,image/*" -> "PDF, JPEG, bilder". */
export function describeAccept(accept: string | undefined, messages: FileUploadMessages = svFileUpload): string {
  const words = acceptTokens(accept).map((token) => {
    if (token.startsWith('.')) return token.slice(1).toUpperCase();
    if (token === 'image/*') return messages.anyImage;
    if (token === 'video/*') return messages.anyVideo;
    if (token === 'audio/*') return messages.anyAudio;
    // application/pdf -> PDF; application/vnd.ms-excel -> MS-EXCEL: the last part says most.
    const subtype = token.split('/')[1] ?? token;
    return (subtype.split(/[.+]/).pop() || subtype).toUpperCase();
  });
  return Array.from(new Set(words)).join(', ');
}

/** Sizes formatted so a file over the limit never reads as equal to it ("10 MB" vs "10 MB"). */
function sizesApart(size: number, max: number, locale: 'sv' | 'en'): [string, string] {
  for (let digits = 1; digits <= 3; digits += 1) {
    const pair: [string, string] = [formatFileSize(size, locale, digits), formatFileSize(max, locale, digits)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [`${new Intl.NumberFormat(locale).format(size)} B`, `${new Intl.NumberFormat(locale).format(max)} B`];
}

/**
 * Checks files against the rules before anything is uploaded, in order: type, then size, then
 * the count (files over `maxFiles` are rejected from the end of the list). Every rejection
 * carries a message that names the file and the limit. Pure: usable on the server with the
 * same messages.
 */
export function checkFiles<F extends FileLike>(
  files: readonly F[],
  rules: FileRules,
  options: FileCheckOptions = {},
): FileCheckResult<F> {
  const locale = options.locale ?? 'sv';
  const messages = options.messages ?? (locale === 'en' ? enFileUpload : svFileUpload);
  const accepted: F[] = [];
  const rejected: Array<FileRejection<F>> = [];
  const maxSize = typeof rules.maxSize === 'number' && rules.maxSize > 0 ? rules.maxSize : undefined;
  const maxFiles = typeof rules.maxFiles === 'number' && rules.maxFiles >= 1 ? Math.floor(rules.maxFiles) : undefined;
  let room = maxFiles === undefined ? Infinity : Math.max(0, maxFiles - Math.max(0, rules.existingCount ?? 0));

  for (const file of files) {
    if (!matchesAccept(file, rules.accept)) {
      const allowed = options.acceptDescription?.trim() || describeAccept(rules.accept, messages);
      rejected.push({ file, reason: 'type', message: messages.wrongType(file.name, allowed) });
    } else if (maxSize !== undefined && file.size > maxSize) {
      const [size, max] = sizesApart(file.size, maxSize, locale);
      rejected.push({ file, reason: 'size', message: messages.tooLarge(file.name, size, max) });
    } else if (room <= 0) {
      rejected.push({ file, reason: 'count', message: messages.tooMany(file.name, maxFiles ?? 0) });
    } else {
      accepted.push(file);
      room -= 1;
    }
  }
  return { accepted, rejected };
}
