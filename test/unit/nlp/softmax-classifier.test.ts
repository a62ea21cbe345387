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
