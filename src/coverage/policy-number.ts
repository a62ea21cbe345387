/**
 * Contract numbers: letters, then one to four groups of letters or digits joined by "-"
 * ("DEMO-2024-0042"). Users type them loosely, so we trim, uppercase and drop spaces.
 */
export const POLICY_NUMBER_PATTERN = /^[A-Z]{2,10}(?:-[A-Z0-9]{2,12}){1,4}$/;
const MAX_RAW_LENGTH = 64;

/** "demo 2024-0042 " → "DEMO-2024-0042"; null when the result does not look like a contract number. */
export function normalisePolicyNumber(raw: string): string | null {
  if (raw.length > MAX_RAW_LENGTH) return null;
  const n = raw
    .trim()
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-') // typographic dashes from phones and word processors
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, '-'); // groups typed with spaces instead of dashes
  return POLICY_NUMBER_PATTERN.test(n) ? n : null;
}

/** "DEMO-2024-0042" → "DEMO-****-0042": safe for logs and staff screens. */
export function maskPolicyNumber(n: string): string {
  const parts = n.split('-');
  const stars = (s: string): string => '*'.repeat(s.length);
  if (parts.length >= 3) return [parts[0], ...parts.slice(1, -1).map(stars), parts[parts.length - 1]].join('-');
  if (parts.length === 2) {
    const [head, tail] = parts;
    return `${head}-${tail.length > 4 ? stars(tail.slice(0, -4)) + tail.slice(-4) : stars(tail)}`;
  }
  return n.length > 4 ? stars(n.slice(0, -4)) + n.slice(-4) : stars(n);
}
