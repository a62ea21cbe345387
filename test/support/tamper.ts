/**
 * A signature with its first character changed: always a different signature. (Changing the last characters is not:
 * in base64url the last character of a 32-byte MAC carries only 2 bits, and a decoder ignores the other 4.)
 */
export function tamper(signature: string): string {
  return `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
}
