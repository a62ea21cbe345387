import { RempartError } from '../errors';

/** A triage knowledge file (knowledge/utterances, crisis, lexicon, commands, situations.json) is missing or invalid. */
export class NlpKnowledgeError extends RempartError {
  readonly code = 'nlp_knowledge_invalid';
}
