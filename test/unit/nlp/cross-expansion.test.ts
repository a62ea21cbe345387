import { loadNlpKnowledge } from '../../../src/nlp';
import { TriageModel } from '../../../src/nlp/triage-model';

describe('crisis expansion with both lexicons', () => {
  const model = new TriageModel(loadNlpKnowledge(undefined, null), { ensembleSize: 1, training: { epochs: 1 } });
  const expand = (text: string, language: 'fr' | 'en'): string => model.expandForCrisis(model.prepare(text, language).tokens, language);

  test('a French "y" is not read as the English slang for "why"', () => {
    expect(expand('y a 10 min', 'fr')).toBe('y a 10 min');
  });

  test('English slang still expands in an English message', () => {
    expect(expand('y r u like this', 'en')).toContain('why');
  });
});
