import { RempartError } from '../errors';

/** No bearer token, an unknown token, or a bad or expired event ticket (401). */
export class StaffUnauthorizedError extends RempartError {
  readonly code = 'unauthorized';
}

/** Too many open event streams on this instance (429): a runaway console or a flood. */
export class TooManyStreamsError extends RempartError {
  readonly code = 'too_many_requests';
}

/** The audit trail is for supervisors only (403). */
export class AuditForbiddenError extends RempartError {
  readonly code = 'forbidden';
}

/** The server was built without an audit reader (404). */
export class AuditUnavailableError extends RempartError {
  readonly code = 'not_found';
}
