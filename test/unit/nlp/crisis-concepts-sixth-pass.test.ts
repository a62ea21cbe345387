import { sharedTriage } from './shared-triage';

/**
 * Sixth pass of issue 3: concepts for what set F's misses showed in general terms, and the wider "old episode" filter
 * for its false alarms. Phrasings written for this test (not taken from any evaluation set).
 */
describe('crisis concepts, sixth pass', () => {
  const { triage } = sharedTriage();

  test.each([
    // a thank-you with "tell them it was not their fault"
    "merci pour tout monsieur, dites à ma mère que c'était pas sa faute",
    'thank you for everything, tell my parents it was not their fault',
    // nobody left to bully
    'vous inquiétez pas, bientôt y aura plus personne à insulter dans cette classe',
    "don't worry, soon you'll have nobody left to pick on",
    // hiding while a group waits
    "ma fille s'est cachée dans les toilettes du gymnase, ils l'attendent devant avec un couteau",
    "my son is hiding in a shop, three guys are waiting for him outside",
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    // an old episode, told with a year or an age, and over
    "en 2021 j'ai eu des idées suicidaires, j'ai été aidée et ça va beaucoup mieux, je veux juste signaler un faux compte",
    'when i was 13 i used to cut, that is all behind me now, 2 years clean, i need help with a fake profile',
    "i thought about suicide in 2020 but i'm in recovery and doing really well, how can i help others",
    // "it's not your fault" alone is support, not a farewell
    "c'est pas ta faute si il t'insulte, tu peux le signaler",
    // hiding something, not someone
    'she is hiding her phone from me because of the messages',
  ])('no crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });
});
