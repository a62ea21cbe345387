/**
 * The two peers of the triage bench, trained on exactly the same data as Rempart's pipeline:
 * - a plain `natural` BayesClassifier (default settings) for the situation, and a second one for crisis/no crisis;
 * - NLP.js (`@nlpjs/nlp` with `@nlpjs/lang-fr` and `@nlpjs/lang-en`), one model for situations, one for crisis.
 */
import { LANGUAGES, SITUATIONS, type Language, type Situation } from '../../src/domain/labels';
import type { NlpKnowledge } from '../../src/nlp/knowledge-schemas';
import { CRISIS_KINDS } from '../../src/nlp/knowledge-schemas';

export interface TrainingSet {
  situations: Array<{ text: string; language: Language; label: Situation }>;
  crisis: Array<{ text: string; language: Language; crisis: boolean }>;
}

export interface Predictor {
  predict(text: string): Promise<{ situation: Situation; crisis: boolean; language: string }>;
}

/**
 * Same data as createTriage(): knowledge/utterances and the external training rows (sets A, B, C and D, see
 * src/nlp/external-training.ts) for situations; knowledge/crisis training lists and the external rows for crisis.
 */
export function trainingSet(k: NlpKnowledge): TrainingSet {
  const situations: TrainingSet['situations'] = [];
  const crisis: TrainingSet['crisis'] = [];
  for (const language of LANGUAGES) {
    for (const label of SITUATIONS) {
      for (const text of k.utterances[language].utterances[label] ?? []) {
        situations.push({ text, language, label });
        crisis.push({ text, language, crisis: false });
      }
    }
    const c = k.crisis[language];
    for (const kind of CRISIS_KINDS) for (const text of c.training[kind]) crisis.push({ text, language, crisis: true });
    for (const text of [...c.training.notCrisis, ...c.examples.none]) crisis.push({ text, language, crisis: false });
  }
  for (const row of k.external) {
    situations.push({ text: row.text, language: row.language, label: row.situation });
    crisis.push({ text: row.text, language: row.language, crisis: row.crisis });
  }
  // A text labelled crisis elsewhere (e.g. a pure crisis message under `other`) counts as crisis, not both.
  const positives = new Set(crisis.filter((c) => c.crisis).map((c) => c.text));
  return { situations, crisis: crisis.filter((c) => c.crisis || !positives.has(c.text)) };
}

interface BayesLike {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}

export function trainNaturalBayes(data: TrainingSet): Predictor {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const natural = require('natural') as { BayesClassifier: new () => BayesLike };
  const situations = new natural.BayesClassifier();
  for (const d of data.situations) situations.addDocument(d.text, d.label);
  situations.train();
  const crisis = new natural.BayesClassifier();
  for (const d of data.crisis) crisis.addDocument(d.text, d.crisis ? 'crisis' : 'none');
  crisis.train();
  return {
    predict: async (text) => ({
      situation: situations.classify(text) as Situation,
      crisis: crisis.classify(text) === 'crisis',
      language: 'n/a',
    }),
  };
}

interface NlpJs {
  settings: { autoSave: boolean; autoLoad: boolean; log: boolean };
  addLanguage(lang: string): void;
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<unknown>;
  process(text: string): Promise<{ intent: string; locale?: string }>;
}

async function nlpJsModel(docs: Array<{ language: Language; text: string; intent: string }>): Promise<NlpJs> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { containerBootstrap } = require('@nlpjs/core') as {
    containerBootstrap: () => Promise<{ use(x: unknown): void; get(n: string, settings?: object): NlpJs; registerConfiguration(tag: string, c: object, override: boolean): void }>;
  };
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
  const { LangFr } = require('@nlpjs/lang-fr') as { LangFr: unknown };
  const { LangEn } = require('@nlpjs/lang-en') as { LangEn: unknown };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangFr);
  container.use(LangEn);
  // NLP.js's default NLU configuration logs every training epoch with console.log: same defaults, log off.
  container.registerConfiguration(
    'nlu-??',
    { keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2, spellCheck: false, spellCheckDistance: 1, filterZeros: true, log: false },
    true,
  );
  const nlp = container.get('nlp', { autoSave: false, autoLoad: false });
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.log = false;
  nlp.addLanguage('fr');
  nlp.addLanguage('en');
  for (const d of docs) nlp.addDocument(d.language, d.text, d.intent);
  await nlp.train();
  return nlp;
}

export async function trainNlpJs(data: TrainingSet): Promise<Predictor> {
  const situations = await nlpJsModel(data.situations.map((d) => ({ language: d.language, text: d.text, intent: d.label })));
  const crisis = await nlpJsModel(data.crisis.map((d) => ({ language: d.language, text: d.text, intent: d.crisis ? 'crisis' : 'none' })));
  return {
    predict: async (text) => {
      const s = await situations.process(text);
      const c = await crisis.process(text);
      const situation = (SITUATIONS as readonly string[]).includes(s.intent) ? (s.intent as Situation) : 'other';
      return { situation, crisis: c.intent === 'crisis', language: s.locale ?? 'n/a' };
    },
  };
}
