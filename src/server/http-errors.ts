import type { Response } from 'restify';
import { z } from 'zod';
import type { Logger } from '../log';

/**
 * The only place that maps errors to HTTP statuses. Errors carry a string `code`
 * (see each module's errors.ts); unknown errors become 500 without details.
 */
const statusByCode: Record<string, number> = {
  invalid_input: 400,
  bad_request: 400,
  unauthorized: 401,
  queue_forbidden: 403,
  forbidden: 403,
  token_forbidden: 403,
  case_not_found: 404,
  not_found: 404,
  conversation_not_found: 404,
  case_already_claimed: 409,
  case_not_claimed: 409,
  case_closed: 409,
  case_conflict: 409,
  payload_too_large: 413,
  too_many_requests: 429,
  store_unavailable: 503,
};

export function statusFor(err: unknown): number {
  if (err instanceof z.ZodError) return 400;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in statusByCode ? statusByCode[code] : 500;
}

export function sendError(res: Response, err: unknown, log?: Logger): void {
  const status = statusFor(err);
  if (err instanceof z.ZodError) {
    res.send(400, { error: 'invalid_input', message: 'The request body is not valid.', issues: z.flattenError(err) });
    return;
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (status === 500) {
    log?.error('unhandled error on HTTP route', { err });
    res.send(500, { error: 'internal', message: 'Something went wrong on our side.' });
    return;
  }
  res.send(status, { error: code, message: (err as Error).message });
}
