import type { Server } from 'restify';
import type { StaffAccount } from '../../config/staff-tokens';
import type { HandoffService } from '../../handoff/types';
import type { Logger } from '../../log';

export interface StaffRoutesDeps {
  handoff: HandoffService;
  staff: StaffAccount[];
  log: Logger;
}

/** Registers /api/staff/* and the console at /staff. */
export function registerStaffRoutes(_server: Server, _deps: StaffRoutesDeps): { close(): Promise<void> } {
  // Built by the handoff work (issue 4).
  return { close: async () => undefined };
}
