import type { DateTimeResolution } from 'botbuilder-dialogs';

/**
 * Picks the most recent past calendar day among the DateTimePrompt resolutions ("le 12 mars" resolves
 * to last year's and this year's 12 March: a publication date is in the past). Null when none fits.
 */
export function latestPastDate(resolutions: DateTimeResolution[] | undefined, now: Date): Date | null {
  let best: Date | null = null;
  for (const r of resolutions ?? []) {
    // Date ranges resolve with `start` instead of `value` at run time (not in the d.ts).
    const raw = r.value ?? (r as { start?: string }).start;
    if (!raw) continue;
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
    if (!match) continue;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (date.getTime() > now.getTime()) continue;
    if (!best || date > best) best = date;
  }
  return best;
}
