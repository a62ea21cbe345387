import { RempartError } from '../errors';

/** A knowledge file is missing, malformed or inconsistent; `problems` lists every one as "file: path: problem". */
export class KnowledgeError extends RempartError {
  readonly code = 'knowledge_invalid';
  constructor(readonly problems: string[]) {
    super(`Knowledge files have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A date given to the legal clock cannot be used (invalid, or in the future). */
export class InvalidDateError extends RempartError {
  readonly code = 'invalid_input';
}
