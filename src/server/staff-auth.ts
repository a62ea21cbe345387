import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { StaffAccount } from '../config/staff-tokens';
import type { StaffMember } from '../handoff/types';
import { QUEUES, type QueueName, type StaffRole } from '../domain/labels';
import { StaffUnauthorizedError } from './staff-errors';

export interface StaffAuthOptions {
  accounts: StaffAccount[];
  /**
   * HMAC key for event tickets. Every instance behind one load balancer must share it.
   * @default derived from the staff tokens themselves (same STAFF_TOKENS → same key on every instance)
   */
  ticketSecret?: string;
  /** @default 60 */
  ticketTtlSeconds?: number;
  now?: () => number;
}

export interface StaffAuth {
  /** Parses `Authorization: Bearer <token>`; throws StaffUnauthorizedError when missing or unknown. */
  fromHeader(authorization: string | undefined): StaffMember;
  /** A signed, short-lived ticket naming the staff member, for EventSource (which cannot send headers). */
  issueTicket(staff: StaffMember): { ticket: string; expiresInSeconds: number };
  /** Checks signature, expiry and that the account still exists; throws StaffUnauthorizedError. */
  fromTicket(ticket: string): StaffMember;
}

/** The queues a role may see: psychologists and jurists their own, supervisors all. */
export function queuesFor(role: StaffRole): QueueName[] {
  return role === 'supervisor' ? [...QUEUES] : QUEUES.filter((q) => q === role);
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

const ticketPayloadSchema = z.object({ n: z.string(), o: z.string(), e: z.number().int(), r: z.string() });

/**
 * Bearer tokens compared in constant time: both sides are hashed with SHA-256 first, so
 * timingSafeEqual always compares 32 bytes and the token length does not leak. Every account
 * is compared (no early exit), so the position of the match does not leak either.
 */
export function createStaffAuth(options: StaffAuthOptions): StaffAuth {
  const accounts = options.accounts.map((a) => ({ member: { name: a.name, role: a.role }, digest: sha256(a.token) }));
  const ttl = options.ticketTtlSeconds ?? 60;
  const now = options.now ?? Date.now;
  const secret = options.ticketSecret
    ?? sha256(['rempart-staff-ticket', ...options.accounts.map((a) => `${a.name}:${a.token}`).sort()].join('\n')).toString('hex');
  const sign = (payload: string): Buffer => createHmac('sha256', secret).update(payload).digest();

  const byDigest = (digest: Buffer): StaffMember | null => {
    let found: StaffMember | null = null;
    for (const account of accounts) {
      if (timingSafeEqual(account.digest, digest)) found = account.member;
    }
    return found;
  };

  return {
    fromHeader(authorization) {
      const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
      const member = match ? byDigest(sha256(match[1])) : null;
      if (!member) throw new StaffUnauthorizedError('Expected "Authorization: Bearer <staff token>" with a known token.');
      return member;
    },
    issueTicket(staff) {
      const payload = Buffer.from(JSON.stringify({ n: staff.name, o: staff.role, e: now() + ttl * 1000, r: randomBytes(8).toString('hex') })).toString('base64url');
      return { ticket: `${payload}.${sign(payload).toString('base64url')}`, expiresInSeconds: ttl };
    },
    fromTicket(ticket) {
      const [payload, signature, extra] = ticket.split('.');
      const invalid = () => new StaffUnauthorizedError('The event ticket is invalid or expired: ask for a new one.');
      if (!payload || !signature || extra !== undefined) throw invalid();
      // The signature as issued, character for character: decoding first would let non-canonical base64 (other
      // padding bits in the last character) through.
      const given = Buffer.from(signature);
      const expected = Buffer.from(sign(payload).toString('base64url'));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
      const parsed = ticketPayloadSchema.safeParse(safeJson(Buffer.from(payload, 'base64url').toString('utf8')));
      if (!parsed.success || parsed.data.e < now()) throw invalid();
      const account = accounts.find((a) => a.member.name === parsed.data.n && a.member.role === parsed.data.o);
      if (!account) throw invalid();
      return account.member;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    return { invalid: err instanceof Error ? err.name : 'parse' };
  }
}
