import { SoftmaxClassifier, type TrainingDoc } from '../../../src/nlp/softmax-classifier';

/** Weight averaging (averageEpochs) of the softmax trainer: the crisis scorer uses it to damp the last pass's noise. */
describe('SoftmaxClassifier weight averaging', () => {
  const docs: TrainingDoc[] = [
    { features: ['w:pills', 'w:saved', 'w:tonight'], label: 1 },
    { features: ['w:bridge', 'w:tonight', 'w:goodbye'], label: 1 },
    { features: ['w:homework', 'w:maths', 'w:tonight'], label: 0 },
    { features: ['w:match', 'w:football', 'w:saturday'], label: 0 },
    { features: ['w:rope', 'w:bought'], label: 1 },
    { features: ['w:pizza', 'w:friends'], label: 0 },
  ];
  const probe = ['w:pills', 'w:tonight', 'w:maths'];
  const train = (averageEpochs?: number): SoftmaxClassifier => SoftmaxClassifier.train(docs, 2, { epochs: 12, seed: 3, averageEpochs });

  test('averaging over the last pass only is the plain last-pass model', () => {
    expect(Array.from(train(1).predict(probe))).toEqual(Array.from(train(undefined).predict(probe)));
  });

  test('averaging over several passes gives other weights, still a probability distribution that learned the labels', () => {
    const plain = train(undefined).predict(probe);
    const averaged = train(6);
    expect(Array.from(averaged.predict(probe))).not.toEqual(Array.from(plain));
    const p = averaged.predict(['w:rope', 'w:bought']);
    expect(p[0] + p[1]).toBeCloseTo(1, 10);
    expect(p[1]).toBeGreaterThan(0.5);
    expect(averaged.predict(['w:pizza', 'w:friends'])[0]).toBeGreaterThan(0.5);
  });
});

/** Frequency cut (minDocuments): the situation model drops the features of fewer than 3 training messages. */
describe('SoftmaxClassifier minimum document frequency', () => {
  const docs: TrainingDoc[] = [
    { features: ['w:fake', 'w:account', 'c:<fak'], label: 1 },
    { features: ['w:fake', 'w:profile', 'c:<fak'], label: 1 },
    { features: ['w:fake', 'w:insta'], label: 1 },
    { features: ['w:pizza', 'w:friends', 'w:tonight'], label: 0 },
    { features: ['w:pizza', 'w:match', 'w:tonight'], label: 0 },
    { features: ['w:pizza', 'w:cinema'], label: 0 },
  ];

  test('features seen in fewer documents than the minimum are not in the model', () => {
    const all = SoftmaxClassifier.serialize([SoftmaxClassifier.train(docs, 2, { seed: 3 })]);
    const cut = SoftmaxClassifier.serialize([SoftmaxClassifier.train(docs, 2, { seed: 3, minDocuments: 2 })]);
    expect(all.features).toContain('w:insta');
    expect(cut.features.sort()).toEqual(['c:<fak', 'w:fake', 'w:pizza', 'w:tonight']);
    expect(cut.models[0].weights).toHaveLength(cut.features.length * 2);
  });

  test('a feature repeated in one document counts once; the cut model still learns from what is left', () => {
    const repeated: TrainingDoc[] = [...docs, { features: ['w:insta', 'w:insta'], label: 1 }];
    const model = SoftmaxClassifier.train(repeated, 2, { seed: 3, minDocuments: 3 });
    expect(model.knownCount(['w:insta'])).toBe(0);
    expect(model.predict(['w:fake', 'w:insta'])[1]).toBeGreaterThan(0.5);
    expect(model.predict(['w:pizza'])[0]).toBeGreaterThan(0.5);
  });
});
