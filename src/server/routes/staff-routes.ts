import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { StaffAccount } from '../../config/staff-tokens';
import type { HandoffService, StaffMember } from '../../handoff/types';
import type { Logger } from '../../log';
import type { AuditEntry } from '../../queue/audit-entry';
import { AuditForbiddenError, AuditUnavailableError } from '../staff-errors';
import { createStaffAuth, queuesFor, type StaffAuth } from '../staff-auth';
import {
  caseIdParamsSchema, closeBodySchema, listCasesQuerySchema, staffMessageBodySchema, transferBodySchema, withoutEmpty,
} from '../staff-schemas';
import { registerStaffConsole } from './staff-console-route';
import { fail, registerStaffEvents } from './staff-events-route';

export interface StaffRoutesDeps {
  handoff: HandoffService;
  staff: StaffAccount[];
  log: Logger;
  /** Reads the audit trail, newest first (CaseStore.auditTrail). Without it GET /api/staff/audit is 404. */
  auditTrail?: (limit: number) => Promise<AuditEntry[]>;
  /** HMAC key of SSE tickets, shared by all instances. @default derived from the staff tokens */
  ticketSecret?: string;
  /** @default 60 */
  ticketTtlSeconds?: number;
  /** SSE heartbeat comment interval. @default 15000 */
  sseHeartbeatMs?: number;
  /** Open SSE streams per instance. @default 200 */
  maxEventStreams?: number;
  /** Folder of the console's static files. @default src/web/staff next to the compiled code */
  consoleDir?: string;
}

const auditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

type StaffHandler = (staff: StaffMember, req: Request, res: Response) => Promise<void>;

/**
 * Registers /api/staff/* (see ../shared/INTERFACES.md) and the console at /staff. Every route
 * authenticates first (401), validates with zod (400), then lets the HandoffService check the
 * role (403), the case (404) and the claim (409). The service writes the audit entry of each action.
 * `close()` ends the open SSE streams: call it before server.close(), which waits for them.
 */
export function registerStaffRoutes(server: Server, deps: StaffRoutesDeps): { close(): Promise<void> } {
  const auth = createStaffAuth({ accounts: deps.staff, ticketSecret: deps.ticketSecret, ticketTtlSeconds: deps.ticketTtlSeconds });
  const { handoff, log } = deps;
  const route = (handler: StaffHandler) => guarded(auth, log, handler);

  registerStaffConsole(server, { dir: deps.consoleDir, log });
  const events = registerStaffEvents(server, { auth, handoff, log, heartbeatMs: deps.sseHeartbeatMs, maxStreams: deps.maxEventStreams });

  server.get('/api/staff/me', route(async (staff, _req, res) => {
    res.send(200, { name: staff.name, role: staff.role, queues: queuesFor(staff.role) });
  }));

  server.get('/api/staff/cases', route(async (staff, req, res) => {
    const filter = listCasesQuerySchema.parse(withoutEmpty(req.query));
    res.send(200, { cases: await handoff.list(staff, filter) });
  }));

  server.get('/api/staff/cases/:id', route(async (staff, req, res) => {
    const { id } = caseIdParamsSchema.parse(req.params);
    const found = await handoff.get(staff, id);
    res.send(200, { ...found.case, transcript: found.transcript });
  }));

  server.post('/api/staff/cases/:id/claim', route(async (staff, req, res) => {
    const { id } = caseIdParamsSchema.parse(req.params);
    res.send(200, await handoff.claim(staff, id));
  }));

  server.post('/api/staff/cases/:id/messages', route(async (staff, req, res) => {
    const { id } = caseIdParamsSchema.parse(req.params);
    const { text } = staffMessageBodySchema.parse(req.body ?? {});
    await handoff.reply(staff, id, text);
    res.send(200, { sent: true });
  }));

  server.post('/api/staff/cases/:id/transfer', route(async (staff, req, res) => {
    const { id } = caseIdParamsSchema.parse(req.params);
    const { queue } = transferBodySchema.parse(req.body ?? {});
    res.send(200, await handoff.transfer(staff, id, queue));
  }));

  server.post('/api/staff/cases/:id/close', route(async (staff, req, res) => {
    const { id } = caseIdParamsSchema.parse(req.params);
    const { outcome } = closeBodySchema.parse(req.body ?? {});
    res.send(200, await handoff.close(staff, id, outcome));
  }));

  server.get('/api/staff/stats', route(async (staff, _req, res) => {
    res.send(200, await handoff.stats(staff));
  }));

  server.get('/api/staff/audit', route(async (staff, req, res) => {
    if (staff.role !== 'supervisor') throw new AuditForbiddenError(`Staff member ${staff.name} (${staff.role}) may not read the audit trail: supervisors only`);
    if (!deps.auditTrail) throw new AuditUnavailableError('The audit trail is not available on this server');
    const { limit } = auditQuerySchema.parse(withoutEmpty(req.query));
    res.send(200, { entries: await deps.auditTrail(limit) });
  }));

  return events;
}

/** Authenticates, runs the handler, and maps any error through sendError; case data is never cached. */
function guarded(auth: StaffAuth, log: Logger, handler: StaffHandler) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const staff = auth.fromHeader(req.header('authorization'));
      res.header('Cache-Control', 'no-store');
      await handler(staff, req, res);
    } catch (err) {
      fail(res, err, log);
    }
  };
}
