import type { Persona, Priority, Situation } from '../domain/labels';

/** Situations that make a minor's case `high`: intimate images and threats need a person fast. */
const URGENT_FOR_MINORS: readonly Situation[] = ['revenge_porn', 'threats'];

export interface PriorityInput {
  crisis: boolean;
  persona: Persona;
  age?: number;
  situation: Situation;
}

/** True for a teen persona, or any stated age under 18. */
export function isMinor(input: { persona: Persona; age?: number }): boolean {
  return input.persona === 'teen' || (input.age !== undefined && input.age < 18);
}

/**
 * `emergency` for a crisis; `high` for a minor facing revenge porn or threats; `normal` otherwise.
 * A crisis seen later raises the case through HandoffService.escalate().
 */
export function priorityFor(input: PriorityInput): Priority {
  if (input.crisis) return 'emergency';
  if (isMinor(input) && URGENT_FOR_MINORS.includes(input.situation)) return 'high';
  return 'normal';
}
