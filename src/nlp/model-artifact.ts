import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { PretrainedTriage, TriageOptions } from './create-triage';
import type { NlpKnowledge } from './knowledge-schemas';
import { WEIGHT_SCALE, type SerializedSoftmaxEnsemble } from './softmax-classifier';

/**
 * The trained weights, built by `scripts/train-triage.ts` into src/nlp/model/triage-model.json.gz, so that start-up
 * restores instead of training (well under the 1 s budget on a busy machine). The artifact carries a fingerprint of
 * the knowledge and of the training options: when anything changed, it is ignored and the triage trains at start-up.
 */
/** Bump when the training code, the feature extraction or the file layout changes (the fingerprint only sees knowledge and options). */
const FORMAT = 11;

/**
 * Weights and biases as base64 of little-endian Int32 counts of 1e-4 (they are rounded to 4 decimals when serialised):
 * parsing 32 MB of JSON numbers was most of the start-up once 31,000 external rows had trained the models (≈ 400 of
 * 900 ms); a base64 string parses at once and decodes to the same doubles (n / 1e4 is correctly rounded like the
 * decimal text was).
 */
const packed = z.string().transform((text, ctx) => {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) {
    ctx.addIssue({ code: 'custom', message: 'packed weights: not a whole number of Int32 values' });
    return z.NEVER;
  }
  const out = new Float64Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = bytes.readInt32LE(i * 4) / WEIGHT_SCALE;
  return out;
});
const ensembleSchema = z.object({
  nLabels: z.number().int().positive(),
  features: z.array(z.string()),
  models: z.array(z.object({ weights: packed, bias: packed })).min(1),
});

/** The file form of an ensemble: each weight list packed as described above. */
function pack(ensemble: SerializedSoftmaxEnsemble): object {
  const encode = (values: ArrayLike<number>): string => {
    const bytes = Buffer.alloc(values.length * 4);
    for (let i = 0; i < values.length; i += 1) bytes.writeInt32LE(Math.round(values[i] * WEIGHT_SCALE), i * 4);
    return bytes.toString('base64');
  };
  return { ...ensemble, models: ensemble.models.map((m) => ({ weights: encode(m.weights), bias: encode(m.bias) })) };
}
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
  const bytes = gzipSync(JSON.stringify({ format: FORMAT, fingerprint, baseFingerprint, situation: pack(pretrained.situation), crisis: pack(pretrained.crisis) }), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}
