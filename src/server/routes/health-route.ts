import type { Server } from 'restify';

export interface HealthDeps {
  storage: 'redis' | 'memory';
  /** Resolves to null when healthy, or a short reason. */
  check: () => Promise<string | null>;
}

/** GET /healthz: 200 {status, storage}, or 503 with a reason when Redis is configured but unreachable. */
export function registerHealthRoute(server: Server, deps: HealthDeps): void {
  server.get('/healthz', async (_req, res) => {
    const reason = await deps.check().catch((err: unknown) => (err instanceof Error ? err.message : 'check failed'));
    if (reason) {
      res.send(503, { status: 'unavailable', storage: deps.storage, reason });
      return;
    }
    res.send(200, { status: 'ok', storage: deps.storage });
  });
}
