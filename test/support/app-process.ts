import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The app run as `npm start` runs it (`node dist/src/index.js` after the build), on a free port. */
export interface AppProcess {
  url: string;
  child: ChildProcess;
  logs: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const root = join(__dirname, '..', '..');

export async function startAppProcess(env: Record<string, string>, timeoutMs = 20_000): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', join(root, 'dist', 'src', 'index.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start: ${logs.join('\n').slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter((l) => l.trim())) {
        logs.push(line);
        const match = /"msg":"rempart listening".*"url":"([^"]+)"/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', (chunk: Buffer) => logs.push(`[stdout] ${chunk.toString()}`));
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`app exited with ${code}: ${logs.join('\n').slice(-2000)}`)); });
  });
  child.removeAllListeners('exit');
  return {
    url,
    child,
    logs,
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', (code) => { clearTimeout(timer); resolve(code); });
        child.kill(signal);
      });
    },
  };
}
