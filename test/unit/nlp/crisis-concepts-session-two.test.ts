import { sharedTriage } from './shared-triage';

/**
 * Session 2 of issue 3: concepts for what the misses and false alarms of sets G to L showed in general terms (danger
 * happening now: someone getting in, hiding, a group waiting with a threat; farewells by letter; a parent's report;
 * self-harm with a tool) and the filters for words of death inside a rumour the writer denies or a post an
 * impersonator made. Phrasings written for this test (not taken from any evaluation set).
 */
describe('crisis concepts, session 2', () => {
  const { triage } = sharedTriage();

  test.each([
    // someone getting in or inside, now
    "il essaie d'entrer chez moi, il force la porte, j'ai peur",
    'someone is trying to break into our flat, i locked myself in the bathroom',
    "le gars qui me harcèle rôde autour de la maison, la police met du temps à arriver",
    // a group waiting, a threat, now
    'they said they would jump me after school today and they are already outside the gates',
    "ils m'attendent à l'arrêt de bus en ce moment, ils ont dit qu'ils allaient me faire la peau",
    // farewells, a place, a date
    "j'ai écrit des lettres pour mes parents, ils les liront après",
    'i have written letters to my two best friends, they will get them after i am gone',
    "i've set a date and i'm not telling anyone",
    'im going to the lake tonight and im not coming back',
    // a parent's report
    'my daughter keeps saying we would be better off without her, she gave her phone to her brother',
    // self-harm with a tool, pills
    "je me suis brûlée avec le briquet exprès après leurs messages",
    "j'ai acheté des lames ce matin au tabac",
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    // words of death inside a rumour the writer denies
    "ils racontent que j'ai voulu me suicider, c'est complètement faux, je vais très bien",
    'people say i cut myself, it is not true, it was a cat scratch',
    // a farewell an impersonator posted
    "mon compte a été piraté et ils ont posté « adieu tout le monde », je vais bien, je veux le récupérer",
    // time words with no harm
    'my mum is parked outside the school, she is picking me up now',
    "mon frère arrive dans 10 minutes avec les courses",
    // meeting plans
    'the last train leaves at 11, see you at the station',
    // a game, no marker of now
    'i died like fifty times in that boss fight, worst game ever',
  ])('not a crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });
});
