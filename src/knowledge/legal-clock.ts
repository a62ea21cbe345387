import type { Situation } from '../domain/labels';
import { InvalidDateError } from './errors';
import type { LegalRules } from './schemas';

/** @default 21 days: below this many days left, the dialogs warn that the deadline is close. */
export const DEFAULT_CLOSE_DAYS = 21;
/** @default "Europe/Paris": the calendar day of `now` is taken in this zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

export interface ComplaintDeadline {
  /** Last calendar day (at 00:00 UTC) on which to file: the day before the limit falls, to stay on the safe side. */
  deadline: Date;
  /** Whole days from today to `deadline`; 0 means today is the last day, negative means expired. */
  daysLeft: number;
  expired: boolean;
  close: boolean;
  /** Length of the limitation period that applied. */
  months: number;
  sources: string[];
}

const DAY_MS = 86_400_000;

function utcDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day);
}

/** Calendar day of `instant` in `timeZone`, as a UTC midnight timestamp. */
function dayIn(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return utcDay(get('year'), get('month') - 1, get('day'));
}

/** Same day `months` later, clamped to the month's end (31 Jan + 1 month → 28/29 Feb). */
function addMonths(dayMs: number, months: number): number {
  const d = new Date(dayMs);
  const targetMonth = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  return utcDay(d.getUTCFullYear(), targetMonth, Math.min(d.getUTCDate(), lastDay));
}

/** Whether the press-law clock applies to this situation (defamation and insult). */
export function legalClockApplies(situation: Situation, rules: LegalRules): boolean {
  return rules.pressLaw.situations.includes(situation);
}

/**
 * Date by which a complaint for public insult or defamation must be filed: 3 months after the first
 * publication, 1 year when discriminatory (facts sheet 3.1 and 3.5). `firstPublished` is a calendar
 * date: its UTC year, month and day are used, as `new Date("2025-03-14")` gives.
 * The sheet gives no day-count rule, so the deadline is the day before the anniversary date.
 */
export function complaintDeadline(
  firstPublished: Date,
  discriminatory: boolean,
  rules: LegalRules,
  now: Date,
  options: { closeDays?: number; timeZone?: string } = {},
): ComplaintDeadline {
  if (Number.isNaN(firstPublished.getTime())) throw new InvalidDateError('First publication date is not a valid date');
  const closeDays = options.closeDays ?? DEFAULT_CLOSE_DAYS;
  const today = dayIn(now, options.timeZone ?? DEFAULT_TIME_ZONE);
  const published = utcDay(firstPublished.getUTCFullYear(), firstPublished.getUTCMonth(), firstPublished.getUTCDate());
  if (published > today) throw new InvalidDateError(`First publication date ${new Date(published).toISOString().slice(0, 10)} is in the future`);
  const rule = discriminatory ? rules.pressLaw.discriminatory : rules.pressLaw;
  const deadline = addMonths(published, rule.months) - DAY_MS;
  const daysLeft = Math.round((deadline - today) / DAY_MS);
  const expired = daysLeft < 0;
  return { deadline: new Date(deadline), daysLeft, expired, close: !expired && daysLeft <= closeDays, months: rule.months, sources: [...rule.sources] };
}
