import { spawn, ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real redis-server started for a test suite on a free loopback port. */
export interface RedisServerHandle {
  port: number;
  url: string;
  dir: string;
  /** Stops with SIGTERM (or SIGKILL when `hard`) and waits for exit. Keeps the data dir. */
  stop(hard?: boolean): Promise<void>;
  /** Starts again on the same port and data dir (AOF replay when `appendonly`). */
  restart(): Promise<void>;
  /** Stops and removes the data dir. */
  dispose(): Promise<void>;
}

export function redisServerBinary(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('redis-server not found: install it with `apt-get install -y redis-server` (Debian package).');
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function launch(bin: string, port: number, dir: string, appendonly: boolean): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [
      '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', appendonly ? 'yes' : 'no',
      '--dir', dir, '--daemonize', 'no', '--loglevel', 'notice',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`redis-server did not start on ${port}: ${out.slice(-500)}`)); }, 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) { clearTimeout(timer); resolve(child); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`redis-server exited with ${code}: ${out.slice(-500)}`)); });
  });
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startRedisServer(options: { appendonly?: boolean } = {}): Promise<RedisServerHandle> {
  const bin = redisServerBinary();
  const dir = mkdtempSync(join(tmpdir(), 'rempart-redis-'));
  const appendonly = options.appendonly ?? false;
  let port = await freePort();
  let child: ChildProcess;
  try {
    child = await launch(bin, port, dir, appendonly);
  } catch {
    port = await freePort(); // the free-port probe has a small race: try once more
    child = await launch(bin, port, dir, appendonly);
  }
  child.removeAllListeners('exit');
  const handle: RedisServerHandle = {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    async stop(hard = false) {
      child.kill(hard ? 'SIGKILL' : 'SIGTERM');
      await waitExit(child);
    },
    async restart() {
      child = await launch(bin, port, dir, appendonly);
      child.removeAllListeners('exit');
    },
    async dispose() {
      child.kill('SIGTERM');
      await waitExit(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return handle;
}
