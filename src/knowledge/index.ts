/** Public face of the knowledge base: types, loader, localisation and the legal clock. */
export type { Knowledge, EmergencyContact } from './knowledge';
export type { GuidanceStep } from './cross-checks';
export type { Source, LegalRules } from './schemas';
export type { LocalizedText, TextVars } from './localized-text';
export { localize, fillLocalized } from './localized-text';
export { loadKnowledge, defaultKnowledgeDir } from './load-knowledge';
export { KnowledgeError, InvalidDateError } from './errors';
export {
  complaintDeadline, legalClockApplies, DEFAULT_CLOSE_DAYS, DEFAULT_TIME_ZONE, type ComplaintDeadline,
} from './legal-clock';
