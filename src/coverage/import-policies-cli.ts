/**
 * `npm run policies:import <file.csv>`: validates an insurer's CSV and writes the good rows to Redis.
 * Entry point, so it reads REDIS_URL and REDIS_PREFIX from the environment (validated with zod).
 * Exit codes: 0 all rows imported; 2 some rows rejected (the others imported); 1 nothing done.
 */
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { loadKnowledge } from '../knowledge';
import { parsePolicyCsv } from './policy-csv';
import { RedisPolicyRegistry } from './redis-policy-registry';

const envSchema = z.object({
  REDIS_URL: z.string({ error: 'REDIS_URL is not set' }).regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://'),
  REDIS_PREFIX: z.string().min(1).default('rempart:'),
});

export interface CliIo { out: (line: string) => void; err: (line: string) => void }

/** Hides a password in a Redis URL before printing it. */
const safeUrl = (url: string): string => url.replace(/\/\/([^@/]*)@/, '//***@');

export async function runImportCli(args: string[], env: Record<string, string | undefined>, io: CliIo, knowledgeDir?: string): Promise<number> {
  const file = args[0];
  if (!file) { io.err('usage: npm run policies:import <file.csv>'); return 1; }
  const parsedEnv = envSchema.safeParse(env);
  if (!parsedEnv.success) { io.err(parsedEnv.error.issues.map((i) => i.message).join('; ')); return 1; }
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (err) { io.err(`cannot read ${file}: ${(err as Error).message}`); return 1; }
  let result;
  try { result = parsePolicyCsv(text, loadKnowledge(knowledgeDir).coverage); } catch (err) { io.err(`${file} ${(err as Error).message}`); return 1; }
  const { REDIS_URL, REDIS_PREFIX } = parsedEnv.data;
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, connectTimeout: 3000 });
  redis.on('error', () => { /* reported by connect() below; without a listener ioredis logs to the console */ });
  try {
    await redis.connect();
  } catch (err) {
    io.err(`Redis is unreachable at ${safeUrl(REDIS_URL)}: ${(err as Error).message}`);
    redis.disconnect();
    return 1;
  }
  try {
    for (const p of result.problems) io.err(`${file} line ${p.line}: ${p.message}`);
    const imported = await new RedisPolicyRegistry({ redis, prefix: REDIS_PREFIX }).upsert(result.policies);
    io.out(`Imported ${imported} policies under ${REDIS_PREFIX}policy:*; ${result.problems.length} row(s) rejected.`);
    return result.problems.length > 0 ? 2 : 0;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

if (require.main === module) {
  runImportCli(process.argv.slice(2), process.env, {
    out: (l) => process.stdout.write(l + '\n'),
    err: (l) => process.stderr.write(l + '\n'),
  }).then((code) => { process.exitCode = code; }, (err: unknown) => {
    process.stderr.write(`policies:import failed: ${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
