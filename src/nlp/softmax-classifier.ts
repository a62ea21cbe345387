/**
 * Multinomial logistic regression (softmax) over sparse binary features, trained with AdaGrad SGD.
 * Chosen over natural's classifiers after measuring (see bench/triage-bench.ts): natural's BayesClassifier is fast
 * but less accurate on short slangy messages, and its LogisticRegressionClassifier takes minutes to train.
 * This one trains on ~1,300 utterances in well under a second, so the model is trained at start-up from the
 * knowledge files (no stale artifact), and classifies in microseconds.
 */
export interface SoftmaxTrainingOptions {
  /** Passes over the data (default 10). */
  epochs?: number;
  /** AdaGrad base learning rate (default 0.5). */
  learningRate?: number;
  /** L2 penalty applied to the weights touched by each example (default 1e-4). */
  l2?: number;
  /** Seed of the deterministic shuffle and dropout (default 7). */
  seed?: number;
  /**
   * Feature dropout: each feature of an example is kept with this probability at each pass (default 0.5).
   * It makes every feature predictive on its own (a cue word still counts when the rest of the message is unseen),
   * which measured about +1.5 macro-F1 points on set A and on the held-out split.
   */
  keepProbability?: number;
  /**
   * AdaGrad accumulators: 'feature' (one per feature, shared by the labels: fast, used by the situation model) or
   * 'weight' (one per weight: slower, measured better for the small crisis scorer). Default 'feature'.
   */
  adagrad?: 'feature' | 'weight';
  /**
   * Averages the weights over the last `averageEpochs` passes (Polyak-Ruppert averaging; default 0: the last pass's
   * weights). With dropout the last pass's weights carry that pass's noise.
   */
  averageEpochs?: number;
  /**
   * Keeps only the features found in at least this many training documents (default 1: all). Most character
   * n-grams and bigrams occur in one message only: they memorise that message, weigh on the model's size, its
   * load time and every lookup, and an unseen message rarely holds them.
   */
  minDocuments?: number;
}

export interface TrainingDoc {
  features: readonly string[];
  label: number;
}

// Math functions bound once: under jest's node environment every `Math.x` lookup goes through a slow global
// accessor (measured ~70x slower in the training loop), and module-level bindings are faster anywhere.
const { sqrt, exp, floor, imul } = Math;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trained weights of several softmax models that share one feature list (an ensemble trained on the same docs). */
export interface SerializedSoftmaxEnsemble {
  nLabels: number;
  features: string[];
  /** Per model: weights in feature-major order (feature i, label k at i * nLabels + k), then the biases. */
  models: Array<{ weights: ArrayLike<number>; bias: ArrayLike<number> }>;
}

/** Weights are kept to 4 decimals: model-artifact.ts stores them as integers of 1e-4. */
export const WEIGHT_SCALE = 1e4;
const round = (x: number): number => Math.round(x * WEIGHT_SCALE) / WEIGHT_SCALE;

export class SoftmaxClassifier {
  private constructor(
    private readonly nLabels: number,
    private readonly index: ReadonlyMap<string, number>,
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
  ) {}

  static train(docs: readonly TrainingDoc[], nLabels: number, options: SoftmaxTrainingOptions = {}): SoftmaxClassifier {
    const epochs = options.epochs ?? 10;
    const lr = options.learningRate ?? 0.5;
    const l2 = options.l2 ?? 1e-4;
    const random = mulberry32(options.seed ?? 7);
    const keep = options.keepProbability ?? 0.5;
    const minDocuments = options.minDocuments ?? 1;
    const frequency = new Map<string, number>();
    if (minDocuments > 1) for (const d of docs) for (const f of new Set(d.features)) frequency.set(f, (frequency.get(f) ?? 0) + 1);
    const index = new Map<string, number>();
    const encoded = docs.map((d) => {
      const ids: number[] = [];
      for (const f of d.features) {
        if (minDocuments > 1 && (frequency.get(f) ?? 0) < minDocuments) continue;
        let id = index.get(f);
        if (id === undefined) {
          id = index.size;
          index.set(f, id);
        }
        ids.push(id);
      }
      return { ids, label: d.label };
    });
    const weights = new Float64Array(index.size * nLabels);
    const bias = new Float64Array(nLabels);
    const perWeight = options.adagrad === 'weight';
    const gradSq = new Float64Array(perWeight ? index.size * nLabels : index.size).fill(1e-8);
    const grads = new Float64Array(nLabels);
    const biasGradSq = new Float64Array(nLabels).fill(1e-8);
    const model = new SoftmaxClassifier(nLabels, index, weights, bias);
    const averaged = Math.min(options.averageEpochs ?? 0, epochs);
    const sumWeights = averaged > 0 ? new Float64Array(weights.length) : undefined;
    const sumBias = new Float64Array(nLabels);
    const order = encoded.map((_, i) => i);
    const probs = new Float64Array(nLabels);
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const di of order) {
        const doc = encoded[di];
        const ids = keep >= 1 ? doc.ids : doc.ids.filter(() => random() < keep);
        if (ids.length === 0 && doc.ids.length > 0) ids.push(doc.ids[floor(random() * doc.ids.length)]);
        model.scoreIds(ids, probs, keep);
        // AdaGrad with one accumulator per feature (shared by the labels): one square root per feature, not per weight.
        let g2 = 0;
        for (let k = 0; k < nLabels; k += 1) {
          grads[k] = probs[k] - (k === doc.label ? 1 : 0);
          g2 += grads[k] * grads[k];
          biasGradSq[k] += grads[k] * grads[k];
          bias[k] -= (lr * grads[k]) / sqrt(biasGradSq[k]);
        }
        for (const id of ids) {
          const base = id * nLabels;
          if (perWeight) {
            for (let k = 0; k < nLabels; k += 1) {
              const gw = grads[k] + l2 * weights[base + k];
              gradSq[base + k] += gw * gw;
              weights[base + k] -= (lr * gw) / sqrt(gradSq[base + k]);
            }
          } else {
            gradSq[id] += g2;
            const step = lr / sqrt(gradSq[id]);
            for (let k = 0; k < nLabels; k += 1) weights[base + k] -= step * (grads[k] + l2 * weights[base + k]);
          }
        }
      }
      if (sumWeights !== undefined && epoch >= epochs - averaged) {
        for (let i = 0; i < weights.length; i += 1) sumWeights[i] += weights[i];
        for (let k = 0; k < nLabels; k += 1) sumBias[k] += bias[k];
      }
    }
    if (sumWeights !== undefined) {
      for (let i = 0; i < weights.length; i += 1) weights[i] = sumWeights[i] / averaged;
      for (let k = 0; k < nLabels; k += 1) bias[k] = sumBias[k] / averaged;
    }
    return model;
  }

  /** Serialises models trained on the same documents (hence the same feature index). */
  static serialize(models: readonly SoftmaxClassifier[]): SerializedSoftmaxEnsemble {
    const first = models[0];
    const features = [...first.index.keys()];
    return {
      nLabels: first.nLabels,
      features,
      models: models.map((m) => ({ weights: Array.from(m.weights, round), bias: Array.from(m.bias, round) })),
    };
  }

  static restore(data: SerializedSoftmaxEnsemble): SoftmaxClassifier[] {
    const index = new Map(data.features.map((f, i) => [f, i]));
    return data.models.map((m) => new SoftmaxClassifier(data.nLabels, index, Float64Array.from(m.weights), Float64Array.from(m.bias)));
  }

  /** Probabilities per label index (they sum to 1). Unknown features are ignored. */
  predict(features: readonly string[]): Float64Array {
    const ids: number[] = [];
    for (const f of features) {
      const id = this.index.get(f);
      if (id !== undefined) ids.push(id);
    }
    const probs = new Float64Array(this.nLabels);
    this.scoreIds(ids, probs);
    return probs;
  }

  /** How many of these features the model knows (0 means the message shares nothing with the training data). */
  knownCount(features: readonly string[]): number {
    let n = 0;
    for (const f of features) if (this.index.has(f)) n += 1;
    return n;
  }

  /** `scale` > 1 compensates dropout during training (inverted dropout: kept features count 1/keep). */
  private scoreIds(ids: readonly number[], out: Float64Array, keep = 1): void {
    let max = -Infinity;
    const scale = 1 / keep;
    for (let k = 0; k < this.nLabels; k += 1) {
      let s = 0;
      for (const id of ids) s += this.weights[id * this.nLabels + k];
      s = this.bias[k] + s * scale;
      out[k] = s;
      if (s > max) max = s;
    }
    let sum = 0;
    for (let k = 0; k < this.nLabels; k += 1) {
      out[k] = exp(out[k] - max);
      sum += out[k];
    }
    for (let k = 0; k < this.nLabels; k += 1) out[k] /= sum;
  }
}
