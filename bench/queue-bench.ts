import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import type { QueueName } from '../src/domain/labels';
import type { Case } from '../src/queue/case';
import type { NewCase } from '../src/queue/case-store';
import { createKeys } from '../src/queue/keys';
import { RedisCaseStore } from '../src/queue/redis-case-store';
import { startRedisServer } from '../test/support/redis-server';
import { percentile, type BenchTable } from './bench-table';

const LATENCY_SAMPLES = 500;
const CLAIM_CASES = 2000;
const CLAIM_CONCURRENCY = 16;
const LIST_CASES = 10_000;

function draft(queue: QueueName, i: number): NewCase {
  const at = new Date().toISOString();
  const id = `c_${randomUUID().slice(0, 12)}`;
  const c: Case = {
    id, queue, status: 'waiting', priority: (['emergency', 'high', 'normal'] as const)[i % 3], situation: 'insults', crisis: false,
    persona: 'teen', language: 'fr', channel: 'webchat', conversationId: `bench-${id}`, createdAt: at, updatedAt: at,
    summary: 'Bench case', consentToShare: false,
  };
  return { case: c, reference: { channelId: 'webchat', conversation: { id: c.conversationId, isGroup: false, conversationType: 'personal', name: '' } }, transcript: [] };
}

/** Runs `work(i)` for i in [0, n) with `concurrency` in flight. */
async function pool(n: number, concurrency: number, work: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) await work(next++);
  }));
}

const ms = (startNs: bigint) => Number(process.hrtime.bigint() - startNs) / 1e6;

/** Enqueue on one instance → case.queued seen by a subscriber on another instance (what the console's SSE relays). */
async function visibleLatency(producer: RedisCaseStore, consumer: RedisCaseStore): Promise<{ enqueue: number[]; visible: number[] }> {
  const started = new Map<string, bigint>();
  const visible: number[] = [];
  let seen: () => void = () => undefined;
  const off = consumer.subscribe((e) => {
    const t0 = started.get(e.caseId);
    if (e.type === 'case.queued' && t0 !== undefined) { visible.push(ms(t0)); seen(); }
  });
  await consumer.eventsReady();
  const enqueue: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
    const d = draft('psychologist', i);
    const arrived = new Promise<void>((resolve) => { seen = resolve; });
    const t0 = process.hrtime.bigint();
    started.set(d.case.id, t0);
    await producer.enqueue(d);
    enqueue.push(ms(t0));
    await arrived;
  }
  off();
  return { enqueue: enqueue.sort((a, b) => a - b), visible: visible.sort((a, b) => a - b) };
}

async function claimsPerSecond(a: RedisCaseStore, b: RedisCaseStore): Promise<number> {
  const ids: string[] = [];
  await pool(CLAIM_CASES, 32, async (i) => { const d = draft('jurist', i); ids.push(d.case.id); await a.enqueue(d); });
  const t0 = process.hrtime.bigint();
  await pool(ids.length, CLAIM_CONCURRENCY, (i) => (i % 2 ? a : b).claim(ids[i], `staff-${i % 7}`, new Date()));
  return ids.length / (ms(t0) / 1000);
}

async function listTimes(store: RedisCaseStore): Promise<number[]> {
  await pool(LIST_CASES, 64, (i) => store.enqueue(draft('psychologist', i)));
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t0 = process.hrtime.bigint();
    const cases = await store.list({ queue: 'psychologist', status: 'waiting' });
    times.push(ms(t0));
    if (cases.length < LIST_CASES) throw new Error(`list returned ${cases.length} cases, expected at least ${LIST_CASES}`);
  }
  return times.sort((x, y) => x - y);
}

/** Raw figures of the same Redis: `redis-benchmark -t set,get,zadd -n 20000 -q`. */
async function rawRedis(port: number): Promise<(string | number)[][]> {
  try {
    const { stdout } = await promisify(execFile)('redis-benchmark', ['-p', String(port), '-t', 'set,get,zadd', '-n', '20000', '-q'], { timeout: 120_000 });
    const finals = stdout.split(/[\r\n]+/).map((l) => /^(\w+): ([\d.]+) requests per second(?:, p50=([\d.]+) msec)?/.exec(l.trim())).filter((m): m is RegExpExecArray => m !== null);
    return finals.map((m) => [`redis-benchmark ${m[1]}`, Number(m[2]), 'ops/s', m[3] ? `p50 ${m[3]} ms, 50 clients, no pipelining` : '50 clients']);
  } catch (err) {
    return [['redis-benchmark', 'n/a', '', `not run: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`]];
  }
}

/** Queue operations on a real redis-server it starts itself, next to raw redis-benchmark figures. */
export async function runQueueBench(): Promise<BenchTable> {
  const server = await startRedisServer();
  const connections = [new Redis(server.url), new Redis(server.url)];
  const keys = createKeys(`bench-${randomUUID().slice(0, 8)}:`);
  const [a, b] = connections.map((redis) => new RedisCaseStore({ redis, keys, commandTimeoutMs: 10_000 }));
  try {
    const latency = await visibleLatency(a, b);
    const claims = await claimsPerSecond(a, b);
    const list = await listTimes(a);
    const raw = await rawRedis(server.port);
    return {
      title: `Queue operations (RedisCaseStore, redis-server on 127.0.0.1:${server.port}, two connections)`,
      columns: ['measure', 'value', 'unit', 'notes'],
      rows: [
        ['enqueue() p50', percentile(latency.enqueue, 50), 'ms', `${LATENCY_SAMPLES} sequential: enqueue-case.lua, then the case read back`],
        ['enqueue() p99', percentile(latency.enqueue, 99), 'ms', ''],
        ['enqueue → visible to a subscriber p50', percentile(latency.visible, 50), 'ms', 'from the enqueue() call to case.queued via XREAD BLOCK on another connection (arrives before enqueue() returns)'],
        ['enqueue → visible to a subscriber p99', percentile(latency.visible, 99), 'ms', ''],
        ['claims per second', claims, 'claims/s', `${CLAIM_CASES} cases, ${CLAIM_CONCURRENCY} in flight over 2 connections`],
        ['list() with 10,000 waiting cases p50', percentile(list, 50), 'ms', '5 runs: ZRANGE, then read-cases.lua per 1,000 (one JSON reply), zod'],
        ['list() with 10,000 waiting cases max', list[list.length - 1], 'ms', ''],
        ...raw,
      ],
    };
  } finally {
    await Promise.all([a.dispose(), b.dispose()]);
    await Promise.all(connections.map((c) => c.quit()));
    await server.dispose();
  }
}
