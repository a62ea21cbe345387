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
import { trainingFingerprint, writeModelArtifact } from '../src/nlp/model-artifact';

const knowledge = loadNlpKnowledge(defaultKnowledgeDir());
const started = Date.now();
const { model, scorer } = buildTriageParts(knowledge);
const path = join(__dirname, '..', 'src', 'nlp', 'model', 'triage-model.json.gz');
const bytes = writeModelArtifact(path, trainingFingerprint(knowledge, {}), { situation: model.serialize(), crisis: scorer.serialize() });
process.stderr.write(`triage model trained in ${Date.now() - started} ms, ${Math.round(bytes / 1024)} KiB written to ${path}\n`);
