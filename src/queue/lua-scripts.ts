import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis, Result } from 'ioredis';
import { CaseAlreadyClaimedError, CaseClosedError, CaseNotFoundError } from './errors';

/** Arguments are documented in each script's header (src/queue/lua/*.lua). */
type ScriptArg = string | number;
declare module 'ioredis' {
  interface RedisCommander<Context> {
    rempartEnqueueCase(...args: ScriptArg[]): Result<unknown, Context>;
    rempartClaimCase(...args: ScriptArg[]): Result<unknown, Context>;
    rempartTransferCase(...args: ScriptArg[]): Result<unknown, Context>;
    rempartCloseCase(...args: ScriptArg[]): Result<unknown, Context>;
    rempartRaiseCase(...args: ScriptArg[]): Result<unknown, Context>;
    rempartAppendCase(...args: ScriptArg[]): Result<unknown, Context>;
    rempartNoteCase(...args: ScriptArg[]): Result<unknown, Context>;
    /** Variable key count: the first argument is the number of keys. */
    rempartEraseConversation(...args: ScriptArg[]): Result<unknown, Context>;
    /** Variable key count: the first argument is the number of keys. */
    rempartReadCases(...args: ScriptArg[]): Result<unknown, Context>;
  }
}

/** Script name → [file, number of keys (undefined = given per call)]. */
const SCRIPTS = {
  rempartEnqueueCase: ['enqueue-case.lua', 8],
  rempartClaimCase: ['claim-case.lua', 10],
  rempartTransferCase: ['transfer-case.lua', 10],
  rempartCloseCase: ['close-case.lua', 14],
  rempartRaiseCase: ['raise-case.lua', 10],
  rempartAppendCase: ['append-case.lua', 3],
  rempartNoteCase: ['note-case.lua', 1],
  rempartEraseConversation: ['erase-conversation.lua', undefined],
  rempartReadCases: ['read-cases.lua', undefined],
} as const;

let sources: Map<string, string> | undefined;

/** Loaded from next to this file, so it works from ts (tests) and from dist (scripts/copy-assets.js). */
function loadSources(): Map<string, string> {
  if (!sources) {
    const prelude = readFileSync(join(__dirname, 'lua', 'prelude.lua'), 'utf8');
    sources = new Map(Object.values(SCRIPTS).map(([file]) => [file, `${prelude}\n${readFileSync(join(__dirname, 'lua', file), 'utf8')}`]));
  }
  return sources;
}

/** Registers the case scripts on a connection (idempotent: a shared client may serve several stores). */
export function defineCaseScripts(redis: Redis): void {
  const lua = loadSources();
  for (const [name, [file, numberOfKeys]] of Object.entries(SCRIPTS)) {
    if (typeof (redis as unknown as Record<string, unknown>)[name] === 'function') continue;
    const source = lua.get(file) ?? '';
    redis.defineCommand(name, numberOfKeys === undefined ? { lua: source } : { numberOfKeys, lua: source });
  }
}

/** A script reply: a status code, and for -2 the holder, for 0/1 a case id. */
export function scriptReply(reply: unknown): { code: number; value?: string } {
  if (!Array.isArray(reply) || typeof reply[0] !== 'number') throw new TypeError(`Unexpected script reply: ${JSON.stringify(reply)}`);
  const value = reply[1];
  return { code: reply[0], value: typeof value === 'string' ? value : undefined };
}

/** The one place negative script codes become errors. Returns the code when it is not an error. */
export function checkScriptCode(caseId: string, reply: { code: number; value?: string }): number {
  switch (reply.code) {
    case -1: throw new CaseNotFoundError(caseId);
    case -2: throw new CaseAlreadyClaimedError(caseId, reply.value ?? 'someone else');
    case -3: throw new CaseClosedError(caseId);
    default:
      if (reply.code < 0 && reply.code !== -6) throw new Error(`Unknown script code ${reply.code} for case ${caseId}`);
      return reply.code;
  }
}
