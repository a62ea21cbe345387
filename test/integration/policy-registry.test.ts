import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { RedisPolicyRegistry } from '../../src/coverage/policy-registry';
import { InvalidPolicyRecordError } from '../../src/coverage/errors';
import { runImportCli } from '../../src/coverage/import-policies-cli';
import type { Policy } from '../../src/coverage/policy';
import { createKeys } from '../../src/queue/keys';
import { freePort, startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { deleteKeys, testPrefix } from '../support/redis-prefix';

const root = join(__dirname, '../..');
const fixtures = join(root, 'test/fixtures/policies');
let server: RedisServerHandle;
let redis: Redis;
let prefix: string;

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
});
afterAll(async () => {
  await redis.quit();
  await server.dispose();
});
beforeEach(() => { prefix = testPrefix(); });
afterEach(async () => { await deleteKeys(redis, prefix); });

const policy: Policy = {
  number: 'DEMO-2025-0001', productId: 'demo-scolaire-cyber', holder: 'student', subscribedAt: '2025-09-01',
  expiresAt: '2026-08-31', status: 'active', options: ['option_juridique'], psychologicalSessionsUsed: 2,
};

describe('RedisPolicyRegistry on a real redis-server', () => {
  test('upsert then lookup round-trips, by loose number too; one hash per contract under the prefix, no TTL', async () => {
    const registry = new RedisPolicyRegistry({ redis, prefix });
    expect(await registry.upsert([policy, { ...policy, number: 'DEMO-2025-0002', options: [], expiresAt: undefined }])).toBe(2);
    expect(await registry.lookup('DEMO-2025-0001')).toEqual(policy);
    const second = await registry.lookup(' demo 2025 0002 ');
    expect(second).toMatchObject({ number: 'DEMO-2025-0002', options: [] });
    expect(second).not.toHaveProperty('expiresAt');
    const key = createKeys(prefix).policy('DEMO-2025-0001');
    expect(await redis.type(key)).toBe('hash');
    expect(await redis.ttl(key)).toBe(-1);
  });

  test('unknown or malformed numbers give null; another prefix sees nothing', async () => {
    await new RedisPolicyRegistry({ redis, prefix }).upsert([policy]);
    expect(await new RedisPolicyRegistry({ redis, prefix }).lookup('DEMO-2025-9999')).toBeNull();
    expect(await new RedisPolicyRegistry({ redis, prefix }).lookup('???')).toBeNull();
    const other = testPrefix();
    expect(await new RedisPolicyRegistry({ redis, prefix: other }).lookup('DEMO-2025-0001')).toBeNull();
  });

  test('re-importing replaces the contract whole: a removed end date does not linger', async () => {
    const registry = new RedisPolicyRegistry({ redis, prefix });
    await registry.upsert([policy]);
    const { expiresAt: _dropped, ...withoutEnd } = policy;
    await registry.upsert([{ ...withoutEnd, status: 'suspended' }]);
    const back = await registry.lookup(policy.number);
    expect(back).toMatchObject({ status: 'suspended' });
    expect(back).not.toHaveProperty('expiresAt');
  });

  test('a corrupted record is an error, not a silent null', async () => {
    await redis.hset(createKeys(prefix).policy('DEMO-2025-0003'), { number: 'DEMO-2025-0003', status: 'weird' });
    await expect(new RedisPolicyRegistry({ redis, prefix }).lookup('DEMO-2025-0003')).rejects.toThrow(InvalidPolicyRecordError);
  });

  test('large batches go through', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...policy, number: `DEMO-2025-${String(i).padStart(4, '0')}` }));
    expect(await new RedisPolicyRegistry({ redis, prefix }).upsert(many)).toBe(1200);
    expect((await new RedisPolicyRegistry({ redis, prefix }).lookup('DEMO-2025-1199'))?.number).toBe('DEMO-2025-1199');
  });
});

describe('policies:import CLI', () => {
  const run = async (args: string[], env: Record<string, string | undefined>) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImportCli(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  };

  test('imports a valid file and exits 0', async () => {
    const r = await run([join(fixtures, 'valid.csv')], { REDIS_URL: server.url, REDIS_PREFIX: prefix });
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out).toEqual([`Imported 3 policies under ${prefix}policy:*; 0 row(s) rejected.`]);
    expect((await new RedisPolicyRegistry({ redis, prefix }).lookup('DEMO-2025-1002'))?.options).toEqual(['option_ereputation']);
  });

  test('reports bad rows by line, imports the good ones and exits 2', async () => {
    const file = join(fixtures, 'mixed.csv');
    const r = await run([file], { REDIS_URL: server.url, REDIS_PREFIX: prefix });
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(7);
    expect(r.err[0]).toBe(`${file} line 3: holder: product "demo-scolaire-cyber" is for "student", got "adult"`);
    expect(r.out[0]).toContain('Imported 2 policies');
    const registry = new RedisPolicyRegistry({ redis, prefix });
    expect(await registry.lookup('DEMO-2025-2007')).not.toBeNull();
    expect(await registry.lookup('DEMO-2025-2002')).toBeNull();
  });

  test('missing REDIS_URL, unreachable Redis, missing file: one line and exit 1', async () => {
    const file = join(fixtures, 'valid.csv');
    expect(await run([file], {})).toMatchObject({ code: 1, err: ['REDIS_URL is not set'] });
    expect(await run([file], { REDIS_URL: 'http://x' })).toMatchObject({ code: 1, err: ['REDIS_URL must start with redis:// or rediss://'] });
    const port = await freePort();
    const down = await run([file], { REDIS_URL: `redis://user:secret@127.0.0.1:${port}` });
    expect(down.code).toBe(1);
    expect(down.err).toHaveLength(1);
    expect(down.err[0]).toMatch(new RegExp(`^Redis is unreachable at redis://\\*\\*\\*@127\\.0\\.0\\.1:${port}`));
    expect(await run([], { REDIS_URL: server.url })).toMatchObject({ code: 1, err: ['usage: npm run policies:import <file.csv>'] });
    expect((await run([join(fixtures, 'nope.csv')], { REDIS_URL: server.url })).err[0]).toMatch(/^cannot read .*nope\.csv/);
  });

  test('runs as `npm run policies:import` does (ts-node entry point)', async () => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/coverage/import-policies-cli.ts', join(fixtures, 'semicolon.csv')], {
      cwd: root, env: { PATH: process.env.PATH, REDIS_URL: server.url, REDIS_PREFIX: prefix }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.trim()).toBe(`Imported 1 policies under ${prefix}policy:*; 0 row(s) rejected.`);
    expect(await new RedisPolicyRegistry({ redis, prefix }).lookup('DEMO-2025-3001')).not.toBeNull();
  }, 30_000);
});
