import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES, SITUATIONS } from '../../../src/domain/labels';
import { defaultKnowledgeDir, loadNlpKnowledge, NlpKnowledgeError } from '../../../src/nlp';
import { checkNlpKnowledge } from '../../../src/nlp/check-nlp-knowledge';
import { sharedTriage } from './shared-triage';

const { knowledge } = sharedTriage();

describe('triage knowledge', () => {
  test('passes every cross-check (labels in both languages, no utterance under two labels, languages, dominance)', () => {
    expect(checkNlpKnowledge(knowledge)).toEqual([]);
  });

  test.each(SITUATIONS)('%s has at least 150 training utterances across the two languages, in both', (label) => {
    const counts = LANGUAGES.map((l) => knowledge.utterances[l].utterances[label]?.length ?? 0);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(counts[0] + counts[1]).toBeGreaterThanOrEqual(150);
  });

  test('the dominance order puts intimate images first, threats and impersonation over insults', () => {
    const order = knowledge.situations.dominance;
    expect(order[0]).toBe('revenge_porn');
    expect(order.indexOf('threats')).toBeLessThan(order.indexOf('insults'));
    expect(order.indexOf('identity_theft')).toBeLessThan(order.indexOf('insults'));
  });

  describe('with a broken copy', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'rempart-nlp-'));
      cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('reports an utterance listed under two labels, naming file and labels', () => {
      const file = join(dir, 'utterances', 'fr.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data.utterances.insults.push(data.utterances.threats[0]);
      writeFileSync(file, JSON.stringify(data));
      expect(() => loadNlpKnowledge(dir)).toThrow(/utterances\/fr\.json: .* is under insults and under threats/);
    });

    test('reports a label missing in one language', () => {
      const file = join(dir, 'utterances', 'en.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      delete data.utterances.pile_on;
      writeFileSync(file, JSON.stringify(data));
      expect(() => loadNlpKnowledge(dir)).toThrow(/utterances\/en\.json: .*pile_on/);
    });

    test('rejects an invalid crisis pattern with the file and path', () => {
      const file = join(dir, 'crisis', 'en.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data.signals[0].pattern = '(unclosed';
      writeFileSync(file, JSON.stringify(data));
      let error: unknown;
      try {
        loadNlpKnowledge(dir);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(NlpKnowledgeError);
      expect((error as Error).message).toMatch(/crisis\/en\.json: signals\.0\.pattern: not a valid regular expression/);
    });
  });
});
