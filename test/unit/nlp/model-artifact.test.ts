import { createTriage, loadNlpKnowledge, loadTriage } from '../../../src/nlp';
import { defaultKnowledgeDir } from '../../../src/nlp/load-nlp-knowledge';
import { modelArtifactCandidates, readModelArtifact, trainingFingerprint } from '../../../src/nlp/model-artifact';

describe('trained model artifact (src/nlp/model/triage-model.json.gz)', () => {
  const knowledge = loadNlpKnowledge();

  test('is up to date with the knowledge (else run: node -r ts-node/register/transpile-only scripts/train-triage.ts)', () => {
    const pretrained = readModelArtifact(modelArtifactCandidates(defaultKnowledgeDir()), trainingFingerprint(knowledge, {}));
    expect(pretrained).toBeDefined();
  });

  test('is ignored when the knowledge changed (fingerprint mismatch)', () => {
    const changed = { ...knowledge, situations: { ...knowledge.situations, version: `${knowledge.situations.version}-edited` } };
    expect(readModelArtifact(modelArtifactCandidates(defaultKnowledgeDir()), trainingFingerprint(changed, {}))).toBeUndefined();
  });

  test('restored weights answer like freshly trained ones', () => {
    const restored = loadTriage();
    const trained = createTriage(knowledge);
    const texts = [...Object.values(knowledge.utterances.fr.utterances).flat(), ...Object.values(knowledge.utterances.en.utterances).flat()].filter(
      (_, i) => i % 7 === 0,
    );
    const differ = texts.filter((t) => {
      const a = restored.triage(t);
      const b = trained.triage(t);
      return a.situation !== b.situation || a.crisis !== b.crisis;
    });
    expect(differ).toEqual([]);
  });
});
