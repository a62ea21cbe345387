import { expandTokens, normalizeText, tokenize } from '../../../src/nlp/normalize';
import { sharedTriage } from './shared-triage';

const { knowledge } = sharedTriage();
const fr = new Map(Object.entries(knowledge.lexicon.fr.expansions));
const en = new Map(Object.entries(knowledge.lexicon.en.expansions));
const expand = (text: string, lang: 'fr' | 'en'): string => expandTokens(tokenize(normalizeText(text)), lang === 'fr' ? fr : en, lang === 'en').join(' ');

describe('normalizeText', () => {
  test.each([
    ['Élève HARCELÉ à l’école', 'eleve harcele a l ecole'],
    ['mdrrrrr nooooon', 'mdr non'],
    ['J’AI   peur!!!', 'j ai peur'],
    ['cœur', 'coeur'],
    ['💀💀', 'lol lol'],
    ['a\u0000b', 'a b'],
    ['', ''],
    ['Привет мир', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('truncates long input instead of rejecting it', () => {
    expect(normalizeText('a '.repeat(100_000), 10)).toBe('a a a a a');
  });

  test('accepts non-string input without throwing', () => {
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(undefined)).toBe('');
    expect(normalizeText(42)).toBe('42');
  });
});

describe('slang expansion', () => {
  test.each([
    ['jsuis grv mal', 'fr', 'je suis grave mal'],
    ['chui pas bien', 'fr', 'je suis pas bien'],
    ['jsp pk', 'fr', 'je sais pas pourquoi'],
    ['qqn a fait un fake', 'fr', 'quelqu un a fait un fake'],
    ['c faux', 'fr', 'c est faux'],
    ["c'est faux", 'fr', 'c est faux'],
    ['ppl hate me bc of this', 'en', 'people hate me because of this'],
    ["i don't know ngl", 'en', 'i do not know not gonna lie'],
    ["i'm scared", 'en', 'i am scared'],
  ] as const)('%j (%s) -> %j', (input, lang, expected) => {
    expect(expand(input, lang)).toBe(expected);
  });
});
