import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadNlpKnowledge } from '../../../src/nlp';
import { buildTriageParts } from '../../../src/nlp/create-triage';
import { readEvalSet } from '../../../src/nlp/eval-set';
import { artifactLookup, modelArtifactCandidates, readModelArtifact } from '../../../src/nlp/model-artifact';
import { defaultKnowledgeDir } from '../../../src/nlp/load-nlp-knowledge';

/**
 * The router reads most messages with their own language's crisis patterns only (src/nlp/crisis-router.ts). It must
 * decide exactly like the merged detector: checked on every row of every evaluation set (9,000+ messages by twenty
 * authors, code-switched ones included).
 */
describe('crisis router', () => {
  const knowledge = loadNlpKnowledge();
  const lookup = artifactLookup(knowledge, {});
  const { model, crisis, router } = buildTriageParts(knowledge, {}, readModelArtifact(modelArtifactCandidates(defaultKnowledgeDir()), lookup.fingerprint, lookup.field));
  const dir = join(__dirname, '..', '..', 'fixtures', 'triage-eval');
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readEvalSet(join(dir, f)));

  test('decides like the merged detector on every evaluation row', () => {
    expect(rows.length).toBeGreaterThan(9000);
    const differ = rows.filter((row) => {
      const prepared = model.prepare(row.text, undefined, 'fr', 20_000);
      if (prepared.tokens.length === 0) return false;
      const text = model.expandForCrisis(prepared.tokens, prepared.language);
      const a = crisis.detectNormalized(text, prepared.language);
      const b = router.detect(prepared.tokens, text, prepared.language);
      return a.crisis !== b.crisis || a.kind !== b.kind;
    });
    expect(differ.map((r) => r.id)).toEqual([]);
  });

  test('a message with words of both languages is read with both files', () => {
    const prepared = model.prepare('jsuis done with everything, kms ce soir', 'fr');
    expect(router.detectorFor(prepared.tokens, 'fr')).toBe(crisis);
    const plain = model.prepare("ils m'insultent tous les jours au collège", 'fr');
    expect(router.detectorFor(plain.tokens, 'fr')).not.toBe(crisis);
  });
});
