import { sharedTriage } from './shared-triage';

const { triage } = sharedTriage();

describe('detectLanguage', () => {
  test.each([
    ['jsuis grv mal', 'fr'],
    ['wsh', 'fr'],
    ['ptdr', 'fr'],
    ['oui', 'fr'],
    ['merci', 'fr'],
    ['ils ont balancé mes nudes sur snap', 'fr'],
    ['ppl are mean', 'en'],
    ['ngl', 'en'],
    ['bc of her', 'en'],
    ['yes', 'en'],
    ['someone made a fake insta of me', 'en'],
    ['my daughter is being bullied', 'en'],
    ['il a leak mes pics sur insta', 'fr'],
  ] as const)('%j -> %s', (text, expected) => {
    expect(triage.detectLanguage(text)).toBe(expected);
  });

  test('falls back to the given language when there is nothing to go on', () => {
    expect(triage.detectLanguage('', 'en')).toBe('en');
    expect(triage.detectLanguage('💀💀💀', 'en')).toBe('en');
    expect(triage.detectLanguage('   ', 'fr')).toBe('fr');
  });

  test('is right on at least 97% of the training utterances (sanity check of markers + tinyld)', () => {
    const { knowledge } = sharedTriage();
    let right = 0;
    let total = 0;
    for (const lang of ['fr', 'en'] as const) {
      for (const list of Object.values(knowledge.utterances[lang].utterances)) {
        for (const text of list) {
          total += 1;
          if (triage.detectLanguage(text, lang === 'fr' ? 'en' : 'fr') === lang) right += 1;
        }
      }
    }
    expect(right / total).toBeGreaterThanOrEqual(0.97);
  });
});
