import { createStaffAuth, queuesFor } from '../../../src/server/staff-auth';
import { StaffUnauthorizedError } from '../../../src/server/staff-errors';
import type { StaffAccount } from '../../../src/config/staff-tokens';
import { tamper } from '../../support/tamper';

const accounts: StaffAccount[] = [
  { name: 'alice', role: 'psychologist', token: 'psy-token-0123456789abcdef' },
  { name: 'bob', role: 'jurist', token: 'jur-token-0123456789abcdef' },
  { name: 'carol', role: 'supervisor', token: 'sup-token-0123456789abcdef' },
];

describe('staff auth: bearer tokens', () => {
  const auth = createStaffAuth({ accounts });

  it('maps each token to its account, never exposing the token', () => {
    expect(auth.fromHeader('Bearer psy-token-0123456789abcdef')).toEqual({ name: 'alice', role: 'psychologist' });
    expect(auth.fromHeader('bearer jur-token-0123456789abcdef')).toEqual({ name: 'bob', role: 'jurist' });
    expect(auth.fromHeader('Bearer sup-token-0123456789abcdef')).toEqual({ name: 'carol', role: 'supervisor' });
  });

  it.each([
    [undefined], [''], ['Bearer'], ['Bearer '], ['Basic psy-token-0123456789abcdef'], ['psy-token-0123456789abcdef'],
    ['Bearer psy-token-0123456789abcde'], ['Bearer psy-token-0123456789abcdefX'], ['Bearer PSY-TOKEN-0123456789ABCDEF'],
    ['Bearer psy-token-0123456789abcdef extra'],
  ])('rejects %p with StaffUnauthorizedError (code unauthorized)', (header) => {
    expect(() => auth.fromHeader(header)).toThrow(StaffUnauthorizedError);
    try { auth.fromHeader(header); } catch (err) { expect((err as StaffUnauthorizedError).code).toBe('unauthorized'); }
  });

  it('accepts nothing when no account is configured', () => {
    expect(() => createStaffAuth({ accounts: [] }).fromHeader('Bearer anything-at-all-long-enough')).toThrow(StaffUnauthorizedError);
  });
});

describe('staff auth: event tickets', () => {
  let clock = 1_000_000;
  const auth = createStaffAuth({ accounts, now: () => clock });

  it('round-trips a ticket to the same staff member, without the token in it', () => {
    const { ticket, expiresInSeconds } = auth.issueTicket({ name: 'bob', role: 'jurist' });
    expect(expiresInSeconds).toBe(60);
    expect(ticket).not.toContain('jur-token');
    expect(Buffer.from(ticket.split('.')[0], 'base64url').toString()).not.toContain('jur-token');
    expect(auth.fromTicket(ticket)).toEqual({ name: 'bob', role: 'jurist' });
  });

  it('expires after 60 s', () => {
    const { ticket } = auth.issueTicket({ name: 'alice', role: 'psychologist' });
    clock += 59_000;
    expect(auth.fromTicket(ticket).name).toBe('alice');
    clock += 2_000;
    expect(() => auth.fromTicket(ticket)).toThrow(StaffUnauthorizedError);
  });

  it('rejects a tampered payload, a forged signature and garbage', () => {
    const { ticket } = auth.issueTicket({ name: 'alice', role: 'psychologist' });
    const [payload, signature] = ticket.split('.');
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('psychologist', 'supervisor')).toString('base64url');
    expect(() => auth.fromTicket(`${forged}.${signature}`)).toThrow(StaffUnauthorizedError);
    expect(() => auth.fromTicket(`${payload}.${tamper(signature)}`)).toThrow(StaffUnauthorizedError);
    expect(() => auth.fromTicket(`${payload}`)).toThrow(StaffUnauthorizedError);
    expect(() => auth.fromTicket(`${ticket}.x`)).toThrow(StaffUnauthorizedError);
    // Same bytes once decoded, another string: the last character's 4 unused bits set.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const loose = `${signature.slice(0, -1)}${alphabet[alphabet.indexOf(signature.slice(-1)) + 1]}`;
    expect(Buffer.from(loose, 'base64url').equals(Buffer.from(signature, 'base64url'))).toBe(true);
    expect(() => auth.fromTicket(`${payload}.${loose}`)).toThrow(StaffUnauthorizedError);
    expect(() => auth.fromTicket('not a ticket')).toThrow(StaffUnauthorizedError);
  });

  it('is accepted by another instance with the same STAFF_TOKENS, not by one with other tokens', () => {
    const { ticket } = auth.issueTicket({ name: 'carol', role: 'supervisor' });
    expect(createStaffAuth({ accounts, now: () => clock }).fromTicket(ticket).name).toBe('carol');
    const other = createStaffAuth({ accounts: accounts.map((a) => ({ ...a, token: `${a.token}-rotated` })), now: () => clock });
    expect(() => other.fromTicket(ticket)).toThrow(StaffUnauthorizedError);
  });

  it('stops working once the account is removed', () => {
    const { ticket } = auth.issueTicket({ name: 'alice', role: 'psychologist' });
    const withoutAlice = createStaffAuth({ accounts: accounts.slice(1), ticketSecret: 'shared', now: () => clock });
    const withAlice = createStaffAuth({ accounts, ticketSecret: 'shared', now: () => clock });
    const shared = withAlice.issueTicket({ name: 'alice', role: 'psychologist' }).ticket;
    expect(withAlice.fromTicket(shared).name).toBe('alice');
    expect(() => withoutAlice.fromTicket(shared)).toThrow(StaffUnauthorizedError);
    expect(ticket).not.toBe(shared);
  });
});

describe('queuesFor', () => {
  it('gives each role its queue and supervisors both', () => {
    expect(queuesFor('psychologist')).toEqual(['psychologist']);
    expect(queuesFor('jurist')).toEqual(['jurist']);
    expect(queuesFor('supervisor')).toEqual(['psychologist', 'jurist']);
  });
});
