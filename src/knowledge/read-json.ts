import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

/** "personas.teen[2].sources[0]" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

/**
 * Reads `dir/file` and parses it with `schema`. On any problem, pushes "file: path: problem"
 * lines to `problems` (every zod issue, not just the first) and returns undefined.
 */
export function readJsonFile<S extends z.ZodType>(dir: string, file: string, schema: S, problems: string[]): z.output<S> | undefined {
  const full = join(dir, file);
  if (!existsSync(full)) {
    problems.push(`${file}: (file): missing`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    problems.push(`${file}: (file): not valid JSON (${(err as Error).message})`);
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
    return undefined;
  }
  return parsed.data;
}
