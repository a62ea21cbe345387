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
const FORMAT = 8;

/**
 * A plain loop instead of z.array(z.number()) for the ~2.6 million weights: zod's per-element parse was half the
 * start-up (≈ 250 of 500 ms to read the artifact); this checks the same thing (an array of finite numbers) in a few ms.
 */
const numbers = z.custom<number[]>((value) => {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i += 1) if (typeof value[i] !== 'number' || !Number.isFinite(value[i])) return false;
  return true;
}, 'an array of finite numbers');
const ensembleSchema = z.object({
  nLabels: z.number().int().positive(),
  features: z.array(z.string()),
  models: z.array(z.object({ weights: numbers, bias: numbers })).min(1),
});
const artifactSchema = z.object({
  format: z.literal(FORMAT),
  fingerprint: z.string(),
  /** Fingerprint of the same training without the external rows: matched when they are absent (no test/ shipped). */
  baseFingerprint: z.string(),
  situation: ensembleSchema,
  crisis: ensembleSchema,
});

/** Where loadTriage looks for the artifact: next to this file (src/nlp or dist/src/nlp), then in the sources. */
export function modelArtifactCandidates(knowledgeDir: string): string[] {
  return [join(__dirname, 'model', 'triage-model.json.gz'), join(dirname(knowledgeDir), 'src', 'nlp', 'model', 'triage-model.json.gz')];
}

/**
 * Hash of everything training depends on: the knowledge including the external training rows (external-training.ts),
 * the options that change the weights, the format.
 */
export function trainingFingerprint(knowledge: NlpKnowledge, options: TriageOptions): string {
  const trainingOptions = {
    ensembleSize: options.ensembleSize,
    charNgram: options.charNgram,
    training: options.training,
    crisisScorerTraining: options.crisisScorerTraining,
    externalWeight: options.externalWeight,
    crisisScorerCharNgram: options.crisisScorerCharNgram,
    crisisExternalWeight: options.crisisExternalWeight,
  };
  return createHash('sha256').update(JSON.stringify({ FORMAT, knowledge, trainingOptions })).digest('hex');
}

/**
 * The fingerprint to look for: the full one, or, when no external training row could be read (a deployment without
 * test/fixtures), the artifact's `baseFingerprint` (the knowledge files and options still have to match exactly).
 */
export function artifactLookup(knowledge: NlpKnowledge, options: TriageOptions): { fingerprint: string; field: 'fingerprint' | 'baseFingerprint' } {
  return { fingerprint: trainingFingerprint(knowledge, options), field: knowledge.external.length > 0 ? 'fingerprint' : 'baseFingerprint' };
}

/** The pretrained weights if a valid artifact with this fingerprint (in `field`) exists; undefined otherwise (never throws). */
export function readModelArtifact(paths: readonly string[], fingerprint: string, field: 'fingerprint' | 'baseFingerprint' = 'fingerprint'): PretrainedTriage | undefined {
  for (const path of paths) {
    if (!existsSync(path)) continue;
    try {
      const parsed = artifactSchema.safeParse(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')));
      if (parsed.success && parsed.data[field] === fingerprint) return { situation: parsed.data.situation, crisis: parsed.data.crisis };
    } catch {
      // A corrupt or unreadable artifact is the same as none: the caller trains instead.
    }
  }
  return undefined;
}

/** Writes the artifact for `knowledge` (both fingerprints are computed here); returns its size in bytes. */
export function writeModelArtifact(path: string, knowledge: NlpKnowledge, options: TriageOptions, pretrained: PretrainedTriage): number {
  mkdirSync(dirname(path), { recursive: true });
  const fingerprint = trainingFingerprint(knowledge, options);
  const baseFingerprint = trainingFingerprint({ ...knowledge, external: [] }, options);
  const bytes = gzipSync(JSON.stringify({ format: FORMAT, fingerprint, baseFingerprint, ...pretrained }), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}
