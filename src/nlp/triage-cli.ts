/**
 * `npm run triage`: JSON Lines in (`{"id", "text"}`, other fields ignored), JSON Lines out
 * (`{"id", "situation", "crisis", "language", "confidence"}`), one line per input line, in order. Nothing else on
 * stdout: warnings go to stderr, and stdout is guarded so that no library can print on it.
 */
// natural runs dotenv on import, which prints on stdout; src/nlp avoids natural's index, but stay safe.
process.env.DOTENV_CONFIG_QUIET = 'true';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runTriageCli } = require('./run-triage-cli') as typeof import('./run-triage-cli');

runTriageCli({ input: process.stdin, output: process.stdout, errors: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`triage: ${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
