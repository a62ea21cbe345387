import { RempartError } from '../../errors';

/** Missing, tampered, expired, or scoped to another conversation (all answer 403, as Direct Line does). */
export class TokenForbiddenError extends RempartError {
  readonly code = 'token_forbidden';
}

/** No Direct Line conversation with this id on this server (expired, or never started). */
export class ConversationNotFoundError extends RempartError {
  readonly code = 'conversation_not_found';
}

/** A token bucket ran dry; `retryAfterSeconds` goes into the Retry-After header. */
export class TooManyRequestsError extends RempartError {
  readonly code = 'too_many_requests';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

/** A posted activity's text is longer than the Direct Line limit. */
export class ActivityTooLargeError extends RempartError {
  readonly code = 'payload_too_large';
}

/** A connector call (bot → conversation) without proof that it comes from this process. */
export class ConnectorForbiddenError extends RempartError {
  readonly code = 'forbidden';
}
