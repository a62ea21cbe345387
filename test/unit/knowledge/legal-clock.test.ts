import { complaintDeadline, InvalidDateError, legalClockApplies, loadKnowledge } from '../../../src/knowledge';

const { legal } = loadKnowledge();
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);

describe('complaintDeadline (press law of 1881)', () => {
  test('3 months after first publication, the day before the anniversary, with the sheet sources', () => {
    const r = complaintDeadline(day('2026-01-10'), false, legal, new Date('2026-02-01T10:00:00Z'));
    expect(iso(r.deadline)).toBe('2026-04-09');
    expect(r.daysLeft).toBe(67);
    expect(r).toMatchObject({ expired: false, close: false, months: 3 });
    expect(r.sources).toEqual(['S4', 'S24']);
  });

  test('1 year when discriminatory', () => {
    const r = complaintDeadline(day('2026-01-10'), true, legal, new Date('2026-11-27T12:00:00Z'));
    expect(iso(r.deadline)).toBe('2027-01-09');
    expect(r.months).toBe(12);
    expect(r.sources).toEqual(['S4', 'S25']);
    expect(r.close).toBe(false);
  });

  test('close when 21 days or fewer are left, and the threshold is a parameter', () => {
    const published = day('2026-01-10'); // deadline 2026-04-09
    expect(complaintDeadline(published, false, legal, new Date('2026-03-19T12:00:00Z')).daysLeft).toBe(21);
    expect(complaintDeadline(published, false, legal, new Date('2026-03-19T12:00:00Z')).close).toBe(true);
    expect(complaintDeadline(published, false, legal, new Date('2026-03-18T12:00:00Z')).close).toBe(false);
    expect(complaintDeadline(published, false, legal, new Date('2026-03-18T12:00:00Z'), { closeDays: 30 }).close).toBe(true);
  });

  test('last day, then expired', () => {
    const lastDay = complaintDeadline(day('2026-01-10'), false, legal, new Date('2026-04-09T20:00:00Z'));
    expect(lastDay).toMatchObject({ daysLeft: 0, expired: false, close: true });
    const after = complaintDeadline(day('2026-01-10'), false, legal, new Date('2026-04-10T08:00:00Z'));
    expect(after).toMatchObject({ daysLeft: -1, expired: true, close: false });
  });

  test('today is the French calendar day: 23:30 UTC on 9 April is already 10 April in Paris', () => {
    const r = complaintDeadline(day('2026-01-10'), false, legal, new Date('2026-04-09T23:30:00Z'));
    expect(r.expired).toBe(true);
    expect(complaintDeadline(day('2026-01-10'), false, legal, new Date('2026-04-09T23:30:00Z'), { timeZone: 'UTC' }).expired).toBe(false);
  });

  test('month ends are clamped: 30 November + 3 months is the end of February', () => {
    expect(iso(complaintDeadline(day('2025-11-30'), false, legal, day('2025-12-01')).deadline)).toBe('2026-02-27');
    expect(iso(complaintDeadline(day('2027-11-30'), false, legal, day('2027-12-01')).deadline)).toBe('2028-02-28');
  });

  test('future or invalid dates are refused', () => {
    expect(() => complaintDeadline(day('2026-12-01'), false, legal, day('2026-11-27'))).toThrow(InvalidDateError);
    expect(() => complaintDeadline(new Date('nope'), false, legal, day('2026-11-27'))).toThrow(InvalidDateError);
  });

  test('applies to rumours (defamation) and insults only', () => {
    expect(legalClockApplies('rumours', legal)).toBe(true);
    expect(legalClockApplies('insults', legal)).toBe(true);
    expect(legalClockApplies('threats', legal)).toBe(false);
  });
});
