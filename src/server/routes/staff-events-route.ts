import type { Request, Response, Server } from 'restify';
import type { HandoffService, StaffMember } from '../../handoff/types';
import type { Logger } from '../../log';
import type { CaseEvent } from '../../queue/case';
import { sendError } from '../http-errors';
import { openEventStream, type EventStream } from '../sse';
import { queuesFor, type StaffAuth } from '../staff-auth';
import { StaffUnauthorizedError, TooManyStreamsError } from '../staff-errors';
import { eventsQuerySchema } from '../staff-schemas';

export interface StaffEventsDeps {
  auth: StaffAuth;
  handoff: HandoffService;
  log: Logger;
  /** @default 15000 */
  heartbeatMs?: number;
  /** Open streams per instance before new ones get 429. @default 200 */
  maxStreams?: number;
}

/**
 * What one staff member may receive of an event: the whole event on their queues; of a case that
 * left for a queue they cannot see, only that it left (no text, no entry), so their list drops it.
 */
export function eventFor(staff: StaffMember, event: CaseEvent): Partial<CaseEvent> | null {
  if (queuesFor(staff.role).includes(event.queue)) return event;
  if (event.type === 'case.transferred') {
    return { id: event.id, type: event.type, caseId: event.caseId, queue: event.queue, at: event.at };
  }
  return null;
}

/**
 * POST /api/staff/events/ticket (bearer) → {ticket, expiresInSeconds}; GET /api/staff/events with
 * the bearer header or `?ticket=` (EventSource cannot send headers; the token never goes in a URL).
 */
export function registerStaffEvents(server: Server, deps: StaffEventsDeps): { close(): Promise<void> } {
  const streams = new Set<EventStream>();
  const maxStreams = deps.maxStreams ?? 200;

  server.post('/api/staff/events/ticket', async (req, res) => {
    try {
      const staff = deps.auth.fromHeader(req.header('authorization'));
      res.header('Cache-Control', 'no-store');
      res.send(200, deps.auth.issueTicket(staff));
    } catch (err) {
      fail(res, err, deps.log);
    }
  });

  server.get('/api/staff/events', async (req: Request, res: Response) => {
    let staff: StaffMember;
    try {
      staff = authenticate(req, deps.auth);
      if (streams.size >= maxStreams) throw new TooManyStreamsError(`Too many open event streams (limit ${maxStreams}); try again shortly.`);
    } catch (err) {
      fail(res, err, deps.log);
      return;
    }
    const stream = openEventStream(req, res, { heartbeatMs: deps.heartbeatMs });
    streams.add(stream);
    const unsubscribe = deps.handoff.subscribe((event) => {
      const visible = eventFor(staff, event);
      if (visible) stream.send('case', visible, event.id);
    });
    stream.onClose(() => {
      unsubscribe();
      streams.delete(stream);
      deps.log.debug('staff event stream closed', { staff: staff.name, open: streams.size });
    });
    stream.send('ready', { name: staff.name, role: staff.role, queues: queuesFor(staff.role) });
    deps.log.debug('staff event stream opened', { staff: staff.name, open: streams.size });
  });

  return {
    async close() {
      for (const stream of [...streams]) stream.close();
    },
  };
}

function authenticate(req: Request, auth: StaffAuth): StaffMember {
  const header = req.header('authorization');
  if (header) return auth.fromHeader(header);
  const query = eventsQuerySchema.safeParse(req.query ?? {});
  if (query.success && query.data.ticket) return auth.fromTicket(query.data.ticket);
  throw new StaffUnauthorizedError('Expected "Authorization: Bearer <staff token>" or ?ticket= from POST /api/staff/events/ticket.');
}

/** sendError, plus the WWW-Authenticate challenge on 401 (RFC 6750). */
export function fail(res: Response, err: unknown, log: Logger): void {
  if (err instanceof StaffUnauthorizedError) res.header('WWW-Authenticate', 'Bearer realm="rempart-staff"');
  res.header('Cache-Control', 'no-store');
  sendError(res, err, log);
}
