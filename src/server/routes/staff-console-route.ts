import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Server } from 'restify';
import type { Logger } from '../../log';

/**
 * The console's Content-Security-Policy: only our own scripts, styles and API; no inline
 * script, so a teenager's message that slipped into the DOM as markup still could not run.
 */
export const STAFF_CONSOLE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

/** Files of src/web/staff served under /staff, by exact path (no directory listing, no traversal). */
const FILES: Record<string, { file: string; type: string }> = {
  '/staff': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/staff/staff.js': { file: 'staff.js', type: 'text/javascript; charset=utf-8' },
  '/staff/staff-api.js': { file: 'staff-api.js', type: 'text/javascript; charset=utf-8' },
  '/staff/staff-render.js': { file: 'staff-render.js', type: 'text/javascript; charset=utf-8' },
  '/staff/staff-alert.js': { file: 'staff-alert.js', type: 'text/javascript; charset=utf-8' },
  '/staff/staff.css': { file: 'staff.css', type: 'text/css; charset=utf-8' },
  '/staff/i18n.json': { file: 'i18n.json', type: 'application/json; charset=utf-8' },
};

/** Resolved from this file so it works from src/ (ts-jest) and from dist/ (copy-assets copies src/web). */
export const DEFAULT_STAFF_CONSOLE_DIR = join(__dirname, '..', '..', 'web', 'staff');

export function securityHeaders(type: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': STAFF_CONSOLE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    // The page itself holds no case data, but a fresh copy after a deploy matters more than caching.
    'Cache-Control': 'no-cache',
  };
}

/** GET /staff (+ its script, style and strings): the static staff console. */
export function registerStaffConsole(server: Server, deps: { dir?: string; log: Logger }): void {
  const dir = deps.dir ?? DEFAULT_STAFF_CONSOLE_DIR;
  const cache = new Map<string, Buffer>();
  for (const [path, { file, type }] of Object.entries(FILES)) {
    server.get(path, async (_req, res) => {
      let body = cache.get(file);
      if (!body) {
        try {
          body = await readFile(join(dir, file));
        } catch (err) {
          deps.log.error('staff console file missing (was copy-assets run?)', { err, file });
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Staff console unavailable.');
          return;
        }
        cache.set(file, body);
      }
      res.writeHead(200, { ...securityHeaders(type), 'Content-Length': String(body.length) });
      res.end(body);
    });
  }
  server.get('/staff/', async (_req, res) => {
    res.writeHead(308, { Location: '/staff' });
    res.end();
  });
}
