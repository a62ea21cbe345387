import { STAFF_ROLES, type StaffRole } from '../domain/labels';

export interface StaffAccount {
  name: string;
  role: StaffRole;
  token: string;
}

/** Minimum token length: short tokens are guessable, and staff see victims' messages. */
export const MIN_STAFF_TOKEN_LENGTH = 16;

/**
 * Parses STAFF_TOKENS ("name:role:token,…"). Returns the accounts, or the list of problems,
 * each naming the entry: `STAFF_TOKENS entry 3: expected name:role:token, got "bob:admin"`.
 */
export function parseStaffTokens(raw: string): { accounts: StaffAccount[]; problems: string[] } {
  const accounts: StaffAccount[] = [];
  const problems: string[] = [];
  const entries = raw.split(',').map((e) => e.trim()).filter((e) => e.length > 0);
  entries.forEach((entry, index) => {
    const where = `STAFF_TOKENS entry ${index + 1}`;
    const parts = entry.split(':');
    if (parts.length !== 3 || parts.some((p) => p.length === 0)) {
      problems.push(`${where}: expected name:role:token, got "${redact(entry)}"`);
      return;
    }
    const [name, role, token] = parts;
    if (!(STAFF_ROLES as readonly string[]).includes(role)) {
      problems.push(`${where}: unknown role "${role}" (expected one of ${STAFF_ROLES.join(', ')})`);
      return;
    }
    if (token.length < MIN_STAFF_TOKEN_LENGTH) {
      problems.push(`${where}: token of "${name}" is shorter than ${MIN_STAFF_TOKEN_LENGTH} characters`);
      return;
    }
    if (accounts.some((a) => a.token === token)) {
      problems.push(`${where}: token of "${name}" is already used by another account`);
      return;
    }
    accounts.push({ name, role: role as StaffRole, token });
  });
  return { accounts, problems };
}

/** Keeps the name and role visible in error messages, never the token. */
function redact(entry: string): string {
  const parts = entry.split(':');
  return parts.length >= 3 ? `${parts[0]}:${parts[1]}:***` : entry.replace(/[^:]{6,}$/, '***');
}
