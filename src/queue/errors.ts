import { RempartError } from '../errors';

/** No case with that id (never existed, erased, or expired after closing). */
export class CaseNotFoundError extends RempartError {
  readonly code = 'case_not_found';
  constructor(readonly caseId: string, options?: { cause?: unknown }) {
    super(`Case ${caseId} was not found`, options);
  }
}

/** Someone else won the claim race. The message names the holder. */
export class CaseAlreadyClaimedError extends RempartError {
  readonly code = 'case_already_claimed';
  constructor(readonly caseId: string, readonly holder: string) {
    super(`Case ${caseId} is already claimed by ${holder}`);
  }
}

/** The case is closed: nothing more can happen to it. */
export class CaseClosedError extends RempartError {
  readonly code = 'case_closed';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} is closed`);
  }
}

/** The action needs the case claimed (by the acting staff member). */
export class CaseNotClaimedError extends RempartError {
  readonly code = 'case_not_claimed';
  constructor(readonly caseId: string, detail = 'is not claimed') {
    super(`Case ${caseId} ${detail}`);
  }
}

/** The backing store (Redis) cannot be reached; callers tell the user kindly, /healthz says 503. */
export class StoreUnavailableError extends RempartError {
  readonly code = 'store_unavailable';
  constructor(message = 'The case store is unavailable', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The staff member's role may not see or act on that queue. */
export class QueueForbiddenError extends RempartError {
  readonly code = 'queue_forbidden';
  constructor(readonly staffName: string, readonly queue: string) {
    super(`Staff member ${staffName} may not act on the ${queue} queue`);
  }
}
