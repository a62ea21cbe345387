// Load generator for the turn bench, in its own process so that it does not share the bot's event loop
// and core: it plays the channel (a connector server that receives the bot's replies) and the users.
// Usage: node bench/turn-load.js <targetBaseUrl> <conversations> <turnsPerConversation> <script.json>
// Prints one JSON line on stdout: { turnsPerSecond, p50, p99, failures }.
'use strict';
const http = require('node:http');
const { readFileSync } = require('node:fs');

const [target, conversationsArg, turnsArg, scriptPath] = process.argv.slice(2);
const conversations = Number(conversationsArg);
const turns = Number(turnsArg);
const script = JSON.parse(readFileSync(scriptPath, 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: conversations * 2 });

let received = 0;
function startConnector() {
  const server = http.createServer((req, res) => {
    received += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"x"}');
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function post(url, body) {
  return new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(body));
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': data.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function main() {
  const connector = await startConnector();
  const serviceUrl = `http://127.0.0.1:${connector.address().port}`;
  const latencies = [];
  let failures = 0;
  const run = async (c) => {
    const conversationId = `load-${c}-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; i < turns; i += 1) {
      const started = performance.now();
      const status = await post(`${target}/api/messages`, {
        type: 'message', id: `${conversationId}-${i}`, channelId: 'webchat', serviceUrl, locale: 'fr-FR',
        conversation: { id: conversationId }, from: { id: `user-${c}`, role: 'user' }, recipient: { id: 'bot', role: 'bot' },
        text: script[i % script.length],
      });
      if (status >= 400) failures += 1;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: conversations }, (_, c) => run(c)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil((p / 100) * latencies.length) - 1))];
  process.stdout.write(JSON.stringify({ turnsPerSecond: latencies.length / seconds, p50: pct(50), p99: pct(99), failures, repliesPerTurn: received / latencies.length }) + '\n');
  connector.close();
  agent.destroy();
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
