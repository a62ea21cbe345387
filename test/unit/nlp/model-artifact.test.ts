import { createTriage, loadNlpKnowledge, loadTriage } from '../../../src/nlp';
import { defaultKnowledgeDir } from '../../../src/nlp/load-nlp-knowledge';
import { DEVELOPMENT_SETS, EXTERNAL_TRAINING_SETS, defaultExternalTrainingDir, loadExternalTraining } from '../../../src/nlp/external-training';
import { artifactLookup, modelArtifactCandidates, readModelArtifact, trainingFingerprint } from '../../../src/nlp/model-artifact';

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

describe('external training sets (src/nlp/external-training.ts)', () => {
  const knowledge = loadNlpKnowledge();

  test('are the sets but the development sets Q, R and Y, all loaded by default', () => {
    expect(EXTERNAL_TRAINING_SETS).toEqual(['set-a', 'set-b', 'set-c', 'set-d', 'set-e', 'set-f', 'set-h', 'set-i', 'set-j', 'set-k', 'set-n', 'set-o', 'set-p', 'set-s', 'set-t', 'set-u', 'set-v', 'set-w', 'set-x', 'set-z', 'set-g', 'set-l', 'set-m', 'set-aa', 'set-ab', 'set-ac', 'set-ad', 'set-ae', 'set-af', 'set-ag', 'set-ah', 'set-ai', 'set-aj', 'set-ak', 'set-al', 'set-am', 'set-an', 'set-ao', 'set-ap', 'set-aq', 'set-ar', 'set-as', 'set-at', 'set-au', 'set-av', 'set-aw', 'set-ax', 'set-ay', 'set-az', 'set-ba', 'set-bb', 'set-bc', 'set-bd', 'set-be', 'set-bf', 'set-bg', 'set-bh', 'set-bi', 'set-bj', 'set-bk', 'set-bl', 'set-bm', 'set-bn', 'set-bo', 'set-bp', 'set-bq', 'set-br', 'set-bs', 'set-bt', 'set-bu', 'set-bv', 'set-bw', 'set-bx', 'set-by', 'set-bz', 'set-ca', 'set-cb', 'set-cc', 'set-cd', 'set-ce', 'set-cf', 'set-cg', 'set-ch', 'set-ci', 'set-cj', 'set-ck', 'set-cl', 'set-cm', 'set-cn', 'set-co', 'set-cp', 'set-cq', 'set-cr', 'set-cs', 'set-ct', 'set-cu', 'set-cv', 'set-cw', 'set-cx', 'set-cy', 'set-cz', 'set-da', 'set-db', 'set-dc', 'set-dd', 'set-de', 'set-df', 'set-dg', 'set-dh', 'set-di', 'set-dj', 'set-dk', 'set-dl', 'set-dm', 'set-dn', 'set-do', 'set-dp', 'set-dq', 'set-dr', 'set-ds', 'set-dt', 'set-du', 'set-dv', 'set-dw', 'set-dx', 'set-dy', 'set-dz', 'set-ea', 'set-eb', 'set-ec', 'set-ed', 'set-ee', 'set-ef', 'set-eg', 'set-eh', 'set-ei', 'set-ej', 'set-ek', 'set-el', 'set-em', 'set-en', 'set-eo', 'set-ep', 'set-eq', 'set-er', 'set-es', 'set-et', 'set-eu', 'set-ev']);
    expect(knowledge.external.length).toBe(loadExternalTraining(defaultExternalTrainingDir(defaultKnowledgeDir())).length);
    expect(knowledge.external.length).toBeGreaterThan(55000);
    expect(knowledge.external.every((r) => typeof r.text === 'string' && r.text.length > 0)).toBe(true);
  });

  test('never include a development set (they gate the model: training on them would make the gate measure nothing)', () => {
    expect(EXTERNAL_TRAINING_SETS.filter((name) => (DEVELOPMENT_SETS as readonly string[]).includes(name))).toEqual([]);
    expect(DEVELOPMENT_SETS.length).toBeGreaterThan(0);
  });

  test('missing files are skipped, and the fingerprint covers the rows', () => {
    expect(loadExternalTraining('/nonexistent-dir')).toEqual([]);
    const fewer = { ...knowledge, external: knowledge.external.slice(1) };
    expect(trainingFingerprint(fewer, {})).not.toBe(trainingFingerprint(knowledge, {}));
  });

  test('without the external files (a deployment without test/), the artifact is matched on the knowledge alone', () => {
    const bare = loadNlpKnowledge(defaultKnowledgeDir(), null);
    expect(bare.external).toEqual([]);
    const lookup = artifactLookup(bare, {});
    expect(lookup.field).toBe('baseFingerprint');
    expect(readModelArtifact(modelArtifactCandidates(defaultKnowledgeDir()), lookup.fingerprint, lookup.field)).toBeDefined();
    // Restored, not trained (the start-up time is measured by `npm run bench`, triage part).
    const restored = loadTriage({ externalTrainingDir: null });
    expect(restored.triage('il a mis mes nudes sur snap').situation).toBe('revenge_porn');
  });
});
