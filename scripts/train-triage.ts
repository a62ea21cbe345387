/**
 * Trains the triage (situation ensemble + crisis scorer) from knowledge/ and writes the weights to
 * src/nlp/model/triage-model.json.gz, so that start-up restores them instead of training.
 * Run after editing any triage knowledge file:
 *   node -r ts-node/register/transpile-only scripts/train-triage.ts
 * (Without it nothing breaks: a stale artifact is detected by its fingerprint and the triage trains at start-up.)
 */
import { join } from 'node:path';
import { buildTriageParts } from '../src/nlp/create-triage';
import { defaultKnowledgeDir, loadNlpKnowledge } from '../src/nlp/load-nlp-knowledge';
import { writeModelArtifact } from '../src/nlp/model-artifact';

// Knowledge plus the external training sets A to E (test/fixtures/triage-eval, see src/nlp/external-training.ts):
// the fingerprint covers both. Training is deterministic (fixed seeds, fixed file order).
const knowledge = loadNlpKnowledge(defaultKnowledgeDir());
if (knowledge.external.length === 0) throw new Error('external training sets not found under test/fixtures/triage-eval');
const started = Date.now();
const { model, scorer } = buildTriageParts(knowledge);
const path = join(__dirname, '..', 'src', 'nlp', 'model', 'triage-model.json.gz');
const bytes = writeModelArtifact(path, knowledge, {}, { situation: model.serialize(), crisis: scorer.serialize() });
process.stderr.write(`${knowledge.external.length} external rows; triage model trained in ${Date.now() - started} ms, ${Math.round(bytes / 1024)} KiB written to ${path}\n`);
