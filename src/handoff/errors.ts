import { RempartError } from '../errors';

/** A transfer must go to the other queue. */
export class SameQueueTransferError extends RempartError {
  readonly code = 'invalid_input';
  constructor(readonly caseId: string, readonly queue: string) {
    super(`Case ${caseId} is already in the ${queue} queue: expected the other queue`);
  }
}
