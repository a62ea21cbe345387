import type { Persona, Situation } from '../domain/labels';
import type { CoverageCatalogue } from '../coverage/catalogue';
import type { Policy } from '../coverage/policy';
import type { GuidanceStep } from './cross-checks';
import type { ContactRecord, LegalRules, Source } from './schemas';

/** A phone number, SMS number or site to give the user, with when to use it and its sources. */
export type EmergencyContact = ContactRecord;

/** All the facts the conversation states, loaded once and checked against each other. */
export interface Knowledge {
  sources: ReadonlyMap<string, Source>;
  contacts: ReadonlyMap<string, EmergencyContact>;
  /** Ordered steps for the situation and persona (unknown → adult). Teens, parents and professionals differ. */
  guidanceFor(situation: Situation, persona: Persona): GuidanceStep[];
  /** Any guidance step by id (shared or situation-specific), e.g. "lawyer_legal_aid" from coverage free routes. */
  step(id: string): GuidanceStep | undefined;
  /** The sources of these ids, in order, skipping unknown ids. */
  citations(ids: readonly string[]): Source[];
  /** Crisis set shown on any crisis: 3114, 112, 17, 114 (SMS), 119 (child in danger), in that order. */
  crisisContacts(): EmergencyContact[];
  contact(id: string): EmergencyContact | undefined;
  legal: LegalRules;
  coverage: CoverageCatalogue;
  /** Fictional contracts for the embedded MemoryPolicyRegistry. */
  demoPolicies: readonly Policy[];
}
