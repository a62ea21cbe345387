// Talks to /api/staff/*: bearer token on every call, SSE through a short-lived ticket
// (EventSource cannot send headers, and the token must never appear in a URL).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || String(status));
    this.status = status;
    this.code = code || '';
  }
}

export function createApi(token) {
  async function call(method, path, body) {
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    } catch (err) {
      throw new ApiError(0, 'network', err instanceof Error ? err.message : 'network');
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new ApiError(res.status, data.error, data.message);
    return data;
  }

  return {
    me: () => call('GET', '/api/staff/me'),
    cases: (status) => call('GET', `/api/staff/cases?status=${encodeURIComponent(status)}`),
    caseDetail: (id) => call('GET', `/api/staff/cases/${encodeURIComponent(id)}`),
    claim: (id) => call('POST', `/api/staff/cases/${encodeURIComponent(id)}/claim`, {}),
    reply: (id, text) => call('POST', `/api/staff/cases/${encodeURIComponent(id)}/messages`, { text }),
    transfer: (id, queue) => call('POST', `/api/staff/cases/${encodeURIComponent(id)}/transfer`, { queue }),
    close: (id, outcome) => call('POST', `/api/staff/cases/${encodeURIComponent(id)}/close`, { outcome }),
    stats: () => call('GET', '/api/staff/stats'),
    audit: () => call('GET', '/api/staff/audit?limit=100'),

    /**
     * Opens the event stream and keeps it open: on error it closes, asks for a fresh ticket and
     * reconnects with a growing delay. Returns a function that stops it for good.
     */
    events(handlers) {
      let source = null;
      let stopped = false;
      let delay = 1000;
      let timer = null;
      const connect = async () => {
        if (stopped) return;
        let ticket;
        try {
          ({ ticket } = await call('POST', '/api/staff/events/ticket', {}));
        } catch (err) {
          if (err.status === 401) { handlers.unauthorized(); return; }
          retry();
          return;
        }
        if (stopped) return;
        source = new EventSource(`/api/staff/events?ticket=${encodeURIComponent(ticket)}`);
        source.addEventListener('ready', () => { delay = 1000; handlers.ready(); });
        source.addEventListener('case', (e) => handlers.event(JSON.parse(e.data)));
        source.onerror = () => { source.close(); source = null; retry(); };
      };
      const retry = () => {
        if (stopped) return;
        handlers.down();
        timer = setTimeout(connect, delay);
        delay = Math.min(delay * 2, 30000);
      };
      connect();
      return () => { stopped = true; clearTimeout(timer); if (source) source.close(); };
    },
  };
}
