import { auditOutcome } from '../../../src/handoff/close-outcome';
import {
  caseIdParamsSchema, closeBodySchema, listCasesQuerySchema, MAX_STAFF_MESSAGE_LENGTH, staffMessageBodySchema,
  transferBodySchema, withoutEmpty,
} from '../../../src/server/staff-schemas';

describe('staff schemas', () => {
  it('list query: optional queue and status, empty values dropped, bad values refused', () => {
    expect(listCasesQuerySchema.parse(withoutEmpty({ queue: '', status: '' }))).toEqual({});
    expect(listCasesQuerySchema.parse({ queue: 'jurist', status: 'waiting' })).toEqual({ queue: 'jurist', status: 'waiting' });
    expect(listCasesQuerySchema.safeParse({ queue: 'police' }).success).toBe(false);
    expect(listCasesQuerySchema.safeParse({ status: 'open' }).success).toBe(false);
  });

  it('message text: trimmed, 1..4000 characters', () => {
    expect(staffMessageBodySchema.parse({ text: '  bonjour  ' })).toEqual({ text: 'bonjour' });
    expect(staffMessageBodySchema.safeParse({ text: '   ' }).success).toBe(false);
    expect(staffMessageBodySchema.safeParse({}).success).toBe(false);
    expect(staffMessageBodySchema.safeParse({ text: 42 }).success).toBe(false);
    expect(staffMessageBodySchema.safeParse({ text: 'x'.repeat(MAX_STAFF_MESSAGE_LENGTH) }).success).toBe(true);
    expect(staffMessageBodySchema.safeParse({ text: 'x'.repeat(MAX_STAFF_MESSAGE_LENGTH + 1) }).success).toBe(false);
  });

  it('transfer queue is an enum, close outcome a short text audited as a known value', () => {
    expect(transferBodySchema.parse({ queue: 'psychologist' })).toEqual({ queue: 'psychologist' });
    expect(transferBodySchema.safeParse({ queue: 'supervisor' }).success).toBe(false);
    expect(closeBodySchema.parse({ outcome: 'resolved' })).toEqual({ outcome: 'resolved' });
    // scripts may close with their own short words; empty or huge outcomes are refused
    expect(closeBodySchema.safeParse({ outcome: 'orienté vers le 3018' }).success).toBe(true);
    expect(closeBodySchema.safeParse({ outcome: '' }).success).toBe(false);
    expect(closeBodySchema.safeParse({ outcome: 'x'.repeat(201) }).success).toBe(false);
    expect(auditOutcome('orienté vers le 3018')).toBe('other');
    expect(auditOutcome('referred')).toBe('referred');
  });

  it('case ids are short tokens', () => {
    expect(caseIdParamsSchema.parse({ id: 'c_81f2' })).toEqual({ id: 'c_81f2' });
    expect(caseIdParamsSchema.safeParse({ id: '../etc' }).success).toBe(false);
    expect(caseIdParamsSchema.safeParse({ id: 'x'.repeat(65) }).success).toBe(false);
  });
});
