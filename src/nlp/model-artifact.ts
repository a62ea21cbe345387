import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { PretrainedTriage, TriageOptions } from './create-triage';
import type { NlpKnowledge } from './knowledge-schemas';

/**
 * The trained weights, built by `scripts/train-triage.ts` into src/nlp/model/triage-model.json.gz, so that start-up
 * restores instead of training (well under the 1 s budget on a busy machine). The artifact carries a fingerprint of
 * the knowledge and of the training options: when anything changed, it is ignored and the triage trains at start-up.
 */
/** Bump when the training code or the feature extraction changes (the fingerprint only sees knowledge and options). */
const FORMAT = 4;

const ensembleSchema = z.object({
  nLabels: z.number().int().positive(),
  features: z.array(z.string()),
  models: z.array(z.object({ weights: z.array(z.number()), bias: z.array(z.number()) })).min(1),
});
const artifactSchema = z.object({
  format: z.literal(FORMAT),
  fingerprint: z.string(),
  situation: ensembleSchema,
  crisis: ensembleSchema,
});

/** Where loadTriage looks for the artifact: next to this file (src/nlp or dist/src/nlp), then in the sources. */
export function modelArtifactCandidates(knowledgeDir: string): string[] {
  return [join(__dirname, 'model', 'triage-model.json.gz'), join(dirname(knowledgeDir), 'src', 'nlp', 'model', 'triage-model.json.gz')];
}

/** Hash of everything training depends on: the knowledge, the options that change the weights, the format. */
export function trainingFingerprint(knowledge: NlpKnowledge, options: TriageOptions): string {
  const trainingOptions = {
    ensembleSize: options.ensembleSize,
    charNgram: options.charNgram,
    training: options.training,
    crisisScorerTraining: options.crisisScorerTraining,
  };
  return createHash('sha256').update(JSON.stringify({ FORMAT, knowledge, trainingOptions })).digest('hex');
}

/** The pretrained weights if a valid artifact with this fingerprint exists; undefined otherwise (never throws). */
export function readModelArtifact(paths: readonly string[], fingerprint: string): PretrainedTriage | undefined {
  for (const path of paths) {
    if (!existsSync(path)) continue;
    try {
      const parsed = artifactSchema.safeParse(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')));
      if (parsed.success && parsed.data.fingerprint === fingerprint) return { situation: parsed.data.situation, crisis: parsed.data.crisis };
    } catch {
      // A corrupt or unreadable artifact is the same as none: the caller trains instead.
    }
  }
  return undefined;
}

export function writeModelArtifact(path: string, fingerprint: string, pretrained: PretrainedTriage): number {
  mkdirSync(dirname(path), { recursive: true });
  const bytes = gzipSync(JSON.stringify({ format: FORMAT, fingerprint, ...pretrained }), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}
