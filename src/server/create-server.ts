import restify, { type Server } from 'restify';
import type { Logger } from '../log';
import { sendError } from './http-errors';

/** Bodies above this are refused with 413 before parsing (a 200k-character message still fits). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A restify server with JSON body parsing and errors that never leak a stack trace. */
export function createServer(log: Logger): Server {
  const server = restify.createServer({ name: 'rempart', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false }));
  server.on('restifyError', (req, res, err, callback) => {
    // Parser errors (malformed JSON, too large) arrive here: answer in our JSON error shape.
    const status = typeof (err as { statusCode?: unknown }).statusCode === 'number' ? (err as { statusCode: number }).statusCode : 500;
    if (status >= 500) log.error('HTTP error', { err, path: req.path() });
    err.toJSON = () => ({ error: status === 400 ? 'invalid_input' : status === 413 ? 'payload_too_large' : status === 404 ? 'not_found' : status === 405 ? 'method_not_allowed' : 'internal', message: status >= 500 ? 'Something went wrong on our side.' : err.message });
    return callback();
  });
  return server;
}

export { sendError };
