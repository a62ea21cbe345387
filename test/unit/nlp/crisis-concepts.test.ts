import { loadNlpKnowledge } from '../../../src/nlp';
import { ConceptMatcher } from '../../../src/nlp/crisis-concepts';
import { sharedTriage } from './shared-triage';

/** Phrasings written for this test (not taken from any evaluation set): concepts, not memorised sentences. */
describe('concept-based crisis detection', () => {
  const { triage } = sharedTriage();

  test('every concept named by a combo or a scorer cue is defined', () => {
    const k = loadNlpKnowledge();
    expect(new ConceptMatcher([k.crisis.fr, k.crisis.en]).undefinedNames()).toEqual([]);
  });

  test.each([
    "j'ai offert ma switch à mon cousin, j'en aurai plus besoin",
    'tout le monde serait mieux sans moi franchement',
    "mon fils se scarifie depuis qu'on se moque de lui",
    "ma fille a écrit une lettre d'adieu, je l'ai trouvée sous son lit",
    "jme fais vomir après chaque repas depuis les moqueries",
    'ce soir je saute, c est fini',
    'adieu tout le monde',
    "i gave my dog to my neighbor, i won't need to look after him anymore",
    "my daughter wrote a goodbye note and she's not answering her phone",
    "my son has been cutting himself since the group chat started",
    "i haven't eaten in 6 days and i make myself throw up",
    "i stockpiled my meds for weeks",
    "my ex is on his way and he's hit me before",
    'bye everyone, it is over for me',
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    'il m a dit qu il me frapperait lundi au lycée',
    'je me coupe la frange ce soir',
    'merci pour tout, bonne soirée',
    "j'ai pris mes médicaments contre l'asthme ce matin",
    'ils racontent que je me scarifie, c est faux',
    "he said he'd beat me up next week",
    'thanks for everything, have a good night',
    'i took my meds this morning',
    "they're spreading that i cut myself, it's not true",
    'my dad is coming home in 10 minutes',
    'je suis seule chez moi ce soir, mes parents sont sortis',
    'i read that a singer took his own life last year',
  ])('not a crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });
});
