import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../log';
import type { SafetyContact } from './safety-contacts';

export interface WidgetRoutesDeps {
  /** Folder holding index.html, widget.js, widget.css, embed.js and strings.<lang>.json. */
  widgetDir: string;
  /** Origins that may frame the page (CSP frame-ancestors) and fetch its strings. */
  allowedOrigins: readonly string[];
  safetyContacts: SafetyContact[] | undefined;
  log: Logger;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const WIDGET_FILE = /^[a-z0-9][a-z0-9.-]*\.(js|css|json|png|svg)$/;

/** The folder of botframework-webchat's browser bundles ("exports" hides dist/, so go from the main entry). */
export function webChatDistDir(): string {
  return join(dirname(require.resolve('botframework-webchat')), '..', 'dist');
}

/**
 * Nothing is loaded from another host: scripts, styles and the Web Chat bundle are ours. Web Chat injects
 * <style> elements at run time, hence 'unsafe-inline' for styles only.
 */
export function widgetCsp(allowedOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...allowedOrigins].join(' ')}`,
  ].join('; ');
}

/** GET / (the widget page), /widget/* (its files, the embed script, safety.json), /webchat/webchat.js. */
export function registerWidgetRoutes(server: Server, deps: WidgetRoutesDeps): void {
  const page = readFileSync(join(deps.widgetDir, 'index.html'));
  const csp = widgetCsp(deps.allowedOrigins);
  const bundle = join(webChatDistDir(), 'webchat.js');
  const common = (res: Response) => {
    res.header('X-Content-Type-Options', 'nosniff');
    // Quick exit must not tell the neutral site where the user came from.
    res.header('Referrer-Policy', 'no-referrer');
  };

  server.get('/', async (_req: Request, res: Response) => {
    common(res);
    res.header('Content-Security-Policy', csp);
    res.header('Cache-Control', 'no-store');
    res.sendRaw(200, page, { 'Content-Type': 'text/html; charset=utf-8' });
  });

  server.get('/widget/safety.json', async (_req: Request, res: Response) => {
    common(res);
    if (!deps.safetyContacts) {
      res.send(404, { error: 'not_found', message: 'No emergency contacts are configured (knowledge/contacts.json).' });
      return;
    }
    res.send(200, { contacts: deps.safetyContacts });
  });

  server.get('/widget/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file);
    const path = join(deps.widgetDir, file);
    if (!WIDGET_FILE.test(file) || file === 'index.html' || !existsSync(path)) {
      res.send(404, { error: 'not_found', message: `No widget file ${file}.` });
      return;
    }
    common(res);
    const origin = req.header('origin');
    if (file.startsWith('strings.') && origin && deps.allowedOrigins.includes(origin)) {
      res.header('Access-Control-Allow-Origin', origin);
      res.header('Vary', 'Origin');
    }
    res.header('Cache-Control', 'public, max-age=300');
    res.sendRaw(200, readFileSync(path), { 'Content-Type': CONTENT_TYPES[extname(file)] });
  });

  server.get('/webchat/webchat.js', async (_req: Request, res: Response) => {
    common(res);
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.js'], 'Cache-Control': 'public, max-age=86400' });
    await new Promise<void>((resolve) => {
      createReadStream(bundle)
        .on('error', (err) => {
          deps.log.error('cannot read the Web Chat bundle', { err });
          res.end();
          resolve();
        })
        .on('end', resolve)
        .pipe(res);
    });
  });
}
