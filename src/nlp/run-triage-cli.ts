import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { loadTriage } from './index';
import type { Triage } from './types';

const inputSchema = z.object({ id: z.union([z.string(), z.number()]).nullable().optional(), text: z.string() });

export interface TriageLine {
  id: string | number | null;
  situation: string;
  crisis: boolean;
  language: string;
  confidence: number;
}

/** Best effort on a line that is not valid JSON: pull out `"id"` and `"text"` values when they look intact. */
function salvage(line: string): { id: string | number | null; text: string } {
  const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(line)?.[1];
  const text = /"text"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
  const parse = (s: string | undefined): unknown => {
    if (s === undefined) return undefined;
    try {
      return JSON.parse(s);
    } catch {
      return undefined; // not recoverable: the caller falls back to null / the raw line
    }
  };
  const parsedId = parse(id);
  const parsedText = parse(text);
  return {
    id: typeof parsedId === 'string' || typeof parsedId === 'number' ? parsedId : null,
    text: typeof parsedText === 'string' ? parsedText : line,
  };
}

/** One output record per input line; never throws. `warn` gets a note (no message text) for malformed lines. */
export function triageLine(triage: Triage, line: string, lineNo: number, warn: (msg: string) => void): TriageLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    const { id, text } = salvage(line);
    warn(`line ${lineNo}: not valid JSON; answered "other" with the crisis check only`);
    return { id, situation: 'other', crisis: triage.detectCrisis(text).crisis, language: triage.detectLanguage(text), confidence: 0 };
  }
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) {
    const obj = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? obj.id : null;
    const text = typeof obj.text === 'string' ? obj.text : typeof json === 'string' ? json : '';
    warn(`line ${lineNo}: expected {"id", "text"} with a string text; answered "other" with the crisis check only`);
    return { id, situation: 'other', crisis: triage.detectCrisis(text).crisis, language: triage.detectLanguage(text), confidence: 0 };
  }
  const r = triage.triage(parsed.data.text);
  return { id: parsed.data.id ?? null, situation: r.situation, crisis: r.crisis, language: r.language, confidence: r.confidence };
}

/**
 * Streams `input` line by line (large inputs never sit in memory) and writes one JSON line per non-blank input line.
 * While it runs, anything else written to `output` through process.stdout.write is diverted to `errors`.
 */
export async function runTriageCli(io: { input: Readable; output: Writable; errors: Writable; triage?: Triage }): Promise<number> {
  const write = io.output.write.bind(io.output);
  const guarded = io.output === process.stdout;
  if (guarded) process.stdout.write = io.errors.write.bind(io.errors) as typeof process.stdout.write;
  try {
    const triage = io.triage ?? loadTriage();
    const warn = (msg: string): void => void io.errors.write(`triage: ${msg}\n`);
    const lines = createInterface({ input: io.input, crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo += 1;
      if (line.trim().length === 0) continue;
      const out = JSON.stringify(triageLine(triage, line, lineNo, warn));
      if (!write(`${out}\n`)) await once(io.output, 'drain');
    }
    return 0;
  } finally {
    if (guarded) process.stdout.write = write as typeof process.stdout.write;
  }
}
