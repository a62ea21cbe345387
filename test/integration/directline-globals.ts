/* directlinejs reads XMLHttpRequest and WebSocket from the global scope; Node 20 has neither. Import this first. */
import WebSocketImpl from 'ws';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XhrImpl: unknown = require('xhr2');

const g = globalThis as unknown as { XMLHttpRequest?: unknown; WebSocket?: unknown };
g.XMLHttpRequest = XhrImpl;
g.WebSocket = WebSocketImpl;
