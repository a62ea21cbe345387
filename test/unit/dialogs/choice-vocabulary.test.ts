import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHOICES_FILE, choiceSpecs, createDontKnowMatcher, loadChoiceVocabulary, type ChoiceSetName, type ChoiceVocabulary, type ChoiceWords,
} from '../../../dialogs/choice-vocabulary';
import { defaultKnowledgeDir, KnowledgeError } from '../../../src/knowledge';

const SETS: readonly ChoiceSetName[] = ['yesNo', 'handoffQueue', 'guidanceStep', 'coverageAnswer', 'dontKnow'];
const vocabulary = loadChoiceVocabulary();
const rawFile = (): Record<string, unknown> => JSON.parse(readFileSync(join(defaultKnowledgeDir(), CHOICES_FILE), 'utf8')) as Record<string, unknown>;

describe('knowledge/dialogs/choices.json', () => {
  test('validates, with a version and a comment for reviewers', () => {
    expect(vocabulary.version).toBeGreaterThanOrEqual(1);
    expect(vocabulary.comment.length).toBeGreaterThan(20);
  });

  test('every value of every choice set has at least one French and one English word', () => {
    const thin: string[] = [];
    for (const set of SETS) {
      for (const [value, words] of Object.entries<ChoiceWords>(vocabulary[set])) {
        if (words.fr.length === 0 || words.en.length === 0) thin.push(`${set}.${value}`);
      }
    }
    expect(Object.keys(vocabulary.handoffQueue)).toEqual(['psychologist', 'jurist', 'both', 'none']);
    expect(thin).toEqual([]);
  });

  test('is read once per knowledge folder', () => {
    expect(loadChoiceVocabulary()).toBe(vocabulary);
  });
});

describe('a bad file stops loading with the file and the field', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rempart-choices-'));
    mkdirSync(join(dir, 'dialogs'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes the shipped file with one edit into a temp knowledge folder; returns its loader. */
  function loadWith(edit: (file: ChoiceVocabulary & Record<string, unknown>) => void): () => ChoiceVocabulary {
    const file = rawFile() as ChoiceVocabulary & Record<string, unknown>;
    edit(file);
    writeFileSync(join(dir, CHOICES_FILE), JSON.stringify(file));
    return () => loadChoiceVocabulary(dir);
  }

  test('a value with no English word', () => {
    const load = loadWith((f) => { f.yesNo.yes.en = []; });
    expect(load).toThrow(KnowledgeError);
    expect(load).toThrow(/dialogs\/choices\.json: yesNo\.yes\.en: /);
  });

  test('a missing value, an unknown value and a misspelt set are all listed', () => {
    const load = loadWith((f) => {
      const queue = f.handoffQueue as unknown as Record<string, unknown>;
      delete queue.both;
      queue.lawyer = { fr: ['avocat'], en: ['lawyer'] };
      f.guidanceSteps = f.guidanceStep;
      delete (f as Record<string, unknown>).guidanceStep;
    });
    let error: unknown;
    try { load(); } catch (err) { error = err; }
    expect(error).toBeInstanceOf(KnowledgeError);
    const problems = (error as KnowledgeError).problems.join('\n');
    expect(problems).toMatch(/dialogs\/choices\.json: handoffQueue\.both: /);
    expect(problems).toMatch(/dialogs\/choices\.json: handoffQueue: .*lawyer/);
    expect(problems).toMatch(/dialogs\/choices\.json: guidanceStep: /);
    expect(problems).toMatch(/guidanceSteps/);
  });

  test('one word selecting two values of a set', () => {
    const load = loadWith((f) => { f.guidanceStep.done.fr.push('Suivant'); });
    expect(load).toThrow(/dialogs\/choices\.json: guidanceStep\.done\.fr\[\d+\]: "Suivant" already selects "next"/);
  });

  test('not JSON, or no file at all', () => {
    writeFileSync(join(dir, CHOICES_FILE), '{ "version": 1,');
    expect(() => loadChoiceVocabulary(dir)).toThrow(/dialogs\/choices\.json: \(file\): not valid JSON/);
    rmSync(join(dir, CHOICES_FILE));
    expect(() => loadChoiceVocabulary(dir)).toThrow(/dialogs\/choices\.json: \(file\): missing/);
  });
});

describe('choiceSpecs', () => {
  test('buttons in code order with their locale keys; French then English words, each once', () => {
    const specs = choiceSpecs(vocabulary, 'yesNo', { yes: 'common.yes', no: 'common.no' });
    expect(specs.map((s) => [s.value, s.key])).toEqual([['yes', 'common.yes'], ['no', 'common.no']]);
    const yes = specs[0].synonyms ?? [];
    expect(yes).toEqual(expect.arrayContaining(['oui', 'yes', 'ok']));
    expect(yes.filter((w) => w === 'ok')).toHaveLength(1);
    expect(yes.indexOf('oui')).toBeLessThan(yes.indexOf('yes'));
  });
});

describe('"don\'t know" matcher', () => {
  const isDontKnow = createDontKnowMatcher(vocabulary);
  // The inline regex it replaces, kept here to prove the same answers still count.
  const OLD = /\b(sais pas|jsp|sai pa|know|idk|no idea|aucune id)/;

  test.each(['je sais pas', 'jsp', 'idk', 'no idea', "J'sais pas", 'Je ne sais pas trop', 'aucune idée', 'Aucune IDEE',
    'je sai pa', 'sai pas', 'jspas', "I don't know", 'dont know sorry', 'who knows', 'No idea!!', 'IDK'])('accepts %j', (text) => {
    expect(isDontKnow(text)).toBe(true);
  });

  test.each(['le 3 mars', '12/09/2026', 'il y a deux semaines', 'hier', 'last monday', 'mars 2026', 'jspr', 'knowledge', 'midk'])('rejects %j', (text) => {
    expect(isDontKnow(text)).toBe(false);
  });

  test('whatever the old regex accepted among typical answers, the new matcher accepts', () => {
    const answers = ['je sais pas', 'jsp', 'je sai pa', 'sai pas', 'jspas', 'aucune idée', 'aucune idee', 'aucune id',
      "i don't know", 'i dont know', 'who knows', 'idk', 'no idea', 'no idea sorry', "j'sais pas", 'je ne sais pas',
      'le 3 mars', '12/09/2026', 'hier', 'il y a un mois'];
    const lost = answers.filter((a) => OLD.test(a.toLowerCase()) && !isDontKnow(a));
    expect(lost).toEqual([]);
  });
});
