import type { Persona, Situation } from '../domain/labels';
import type { CoverageCatalogue } from './catalogue';

/** Free public help to offer when nothing (or not everything) is covered: a contact id or a guidance step id. */
export interface FreeRoute { kind: 'contact' | 'guidance'; id: string }

/** The catalogue's free routes that fit this situation and persona (unknown persona → adult). */
export function freeRoutesFor(situation: Situation, persona: Persona, catalogue: CoverageCatalogue): FreeRoute[] {
  const who = persona === 'unknown' ? 'adult' : persona;
  return catalogue.freeRoutes
    .filter((r) => (r.personas ?? [who]).includes(who) && (r.situations ?? [situation]).includes(situation))
    .map((r) => ({ kind: r.kind, id: r.id }));
}
