// Swedish phone numbers for reading and for `tel:` links: the one place ContactCard, PhoneField and
// parsePhoneNumber read them. Area codes have one to three digits after the trunk 0; these are the
// one- and two-digit ones (everything else takes three).
const SHORT_AREA_CODES = new Set([
  '8', '11', '13', '16', '18', '19', '21', '23', '26', '31', '33', '35', '36', '40', '42', '44', '46', '54', '60', '63', '90',
]);

/** Digits only, a leading `+` (or 00) kept as `+`: "031-365 00 00" → "0313650000". */
export function digitsOf(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits;
}

/**
 * The number for a `tel:` link in international form: "031-365 00 00" → "+46313650000".
 * Swedish national numbers (leading 0) get +46; numbers with + or 00 keep their country code.
 * Returns undefined when there are too few digits to be a phone number.
 */
export function phoneHref(input: string): string | undefined {
  const digits = digitsOf(input);
  const bare = digits.replace('+', '');
  if (bare.length < 5 || bare.length > 15) return undefined;
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('0')) return `+46${digits.slice(1)}`;
  // Short service numbers (e.g. 11414) have no trunk prefix and dial as they are.
  return digits;
}

/** "3650000" → "365 00 00": pairs from the end, a leading three (or single) left over. */
function groupSubscriber(number: string): string {
  if (number.length <= 4) return number;
  const groups: string[] = [];
  let rest = number;
  // Eight digits read as 3-3-2 (Stockholm's "123 456 78"); otherwise pairs from the end.
  if (rest.length === 8) return `${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
  while (rest.length > 3) {
    groups.unshift(rest.slice(-2));
    rest = rest.slice(0, -2);
  }
  groups.unshift(rest);
  return groups.join(' ');
}

/**
 * The number as people read and write it in Sweden: "+46313650000" or "0313650000" →
 * "031-365 00 00", "0701234567" → "070-123 45 67". Numbers already written with spaces or a
 * hyphen, and foreign numbers, are shown as given.
 */
export function formatPhone(input: string): string {
  const trimmed = input.trim();
  if (/[\s-]/.test(trimmed.replace(/^\+/, ''))) return trimmed;
  const digits = digitsOf(trimmed);
  let national: string;
  if (digits.startsWith('+46')) national = `0${digits.slice(3)}`;
  else if (digits.startsWith('0')) national = digits;
  else return trimmed;
  const rest = national.slice(1);
  // Mobile numbers (07x) read like a three-digit area code: "070-123 45 67".
  const areaLength = rest.startsWith('7')
    ? 2
    : SHORT_AREA_CODES.has(rest.slice(0, 1))
    ? 1
    : SHORT_AREA_CODES.has(rest.slice(0, 2))
      ? 2
      : 3;
  const area = `0${rest.slice(0, areaLength)}`;
  const subscriber = rest.slice(areaLength);
  if (subscriber.length < 5) return national;
  return `${area}-${groupSubscriber(subscriber)}`;
}
