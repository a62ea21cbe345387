import { sharedTriage } from './shared-triage';

/**
 * Fifth pass of issue 3: concepts for what set E's misses showed in general terms, and the filters added with them.
 * Phrasings written for this test (not taken from any evaluation set).
 */
describe('crisis concepts, fifth pass', () => {
  const { triage } = sharedTriage();

  test.each([
    // followed home, the follower now near the house
    "un mec m'a suivie jusqu'à chez moi et il est en bas de l'immeuble",
    'some guy followed me home from the station and he is downstairs right now',
    // papers or bills put in order, with a plan or a finality
    "j'ai rangé tous mes papiers pour mes parents, je sais où je vais le faire",
    'i sorted out all my paperwork for my kids and i know when i am going to do it',
    // no coming back, at a place, now
    'ce soir je marche jusqu au fleuve pour ne plus revenir',
    // a lethal place and the time of the train
    'les rails sont à 5 minutes de chez moi, le prochain train passe bientôt',
    // belongings left with "it's yours now"
    "j'ai laissé ma guitare à mon cousin avec un mot, c'est à toi maintenant",
    'left my headphones on my sisters bed with a note, theyre yours now',
    // joining a dead relative
    "mon mari est décédé l'an dernier, je suis prête à le rejoindre",
    "my mom passed away in june and i'm going to join her soon",
    // research of a lethal amount
    'which amount of sleeping pills would be lethal for someone my size',
    // stockpiled medicine, even when it is a prescription
    "i've been stockpiling my prescribed pills for a month",
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    "j'ai pris mon traitement du soir",
    'took my allergy pills this morning before school',
    'i took my meds for my migraine today',
    'back in 8th grade i wanted to disappear but i am doing great now',
    'le dernier train pour Lyon passe à 22h, on se retrouve à la gare ?',
    "ma grand-mère est décédée la semaine dernière, l'enterrement est samedi",
    'my grandpa died last week and i miss him so much',
    'i sorted my papers for the tax office today',
  ])('not a crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });
});
