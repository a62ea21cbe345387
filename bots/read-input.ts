import type { Activity } from 'botbuilder';

export type InputKind = 'text' | 'empty' | 'non_text';

export interface UserInput {
  kind: InputKind;
  /** Cleaned text: control characters removed, trimmed, cut at the limit. */
  text: string;
  truncated: boolean;
  length: number;
}

// Control characters (NUL included) say nothing and break logs and stores; newlines and tabs stay.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Reads the user's message defensively: any activity shape gives a valid UserInput. */
export function readInput(activity: Partial<Activity>, maxLength: number): UserInput {
  const raw = typeof activity.text === 'string' ? activity.text : '';
  const cleaned = raw.replace(CONTROL, '').trim();
  if (cleaned.length === 0) {
    const hasAttachments = Array.isArray(activity.attachments) && activity.attachments.length > 0;
    return { kind: hasAttachments ? 'non_text' : 'empty', text: '', truncated: false, length: 0 };
  }
  const truncated = cleaned.length > maxLength;
  return { kind: 'text', text: truncated ? cleaned.slice(0, maxLength) : cleaned, truncated, length: cleaned.length };
}
