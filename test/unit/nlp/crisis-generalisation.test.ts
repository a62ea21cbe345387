import { sharedTriage } from './shared-triage';

/**
 * Fourth pass of issue 3: situations the concepts now cover and the "settled" filters (an episode that is over,
 * fiction, a joke with a condition). Phrasings written for this test, not taken from any evaluation set.
 */
describe('crisis concepts added in the fourth pass', () => {
  const { triage } = sharedTriage();

  test.each([
    'je suis sur le toit de mon immeuble, personne le sait',
    "i'm standing on the old railway bridge right now",
    "j'ai regardé combien de doliprane il faudrait pour pas me réveiller",
    'googled how many of my sleeping pills it would take',
    'je suis dans la voiture dans le garage fermé, moteur allumé',
    "sitting in my car in the garage with the engine running",
    'ce soir je vais rejoindre mon papi au ciel',
    "i just want to be with my grandpa up there",
    "j'ai écrit mon testament hier soir",
    "i've written a will and left it on the desk",
    "j'ai envoyé à mon frère tous mes mots de passe, j'en aurai plus besoin",
    "sent my best friend my passwords, i won't be needing them",
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    "il y a deux ans j'ai fait une tentative, aujourd'hui je vais bien et je veux aider une amie",
    'i used to cut in year 9 but i am in a good place now, 2 years clean',
    'cette chanson qui parle de suicide, elle est adaptée pour un enfant de 10 ans ?',
    'is that movie about a boy who kills himself okay for my class to watch?',
    "if my mom sees my report card i'm jumping out the window lol",
    'si je rate encore ce niveau je me jette du pont mdr',
    "c'est mort pour la soirée, mon père a dit non",
    'my will to keep playing this game is gone lol',
    'y a 10 min il a liké toutes mes photos, c bizarre non ?',
  ])('not a crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });

  test('an episode that is over still gets a gentle check', () => {
    expect(triage.detectCrisis("l'année dernière j'avais des idées noires, maintenant ça va").gentleCheck).toBe(true);
  });
});
