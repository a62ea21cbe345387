import type { Request, Response } from 'restify';

/**
 * CORS for the token and conversation endpoints: only origins in WIDGET_ALLOWED_ORIGINS get the
 * headers (the widget page itself is same-origin and needs none).
 */
export function applyCors(req: Request, res: Response, allowedOrigins: readonly string[]): void {
  const origin = req.header('origin');
  if (!origin || !allowedOrigins.includes(origin)) return;
  res.header('Access-Control-Allow-Origin', origin);
  res.header('Vary', 'Origin');
  res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
  res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.header('Access-Control-Max-Age', '600');
}
