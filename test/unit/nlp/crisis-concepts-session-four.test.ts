import { sharedTriage } from './shared-triage';

/**
 * Session 4 of issue 3: what sets CI to CZ showed in general terms. Pills counted every evening, looked at again and
 * again, taken out and stared at, kept on oneself "just in case" or slept with; a knife drawer looked at; being scared
 * of oneself; the wish to fall asleep and never be found; a stool under a beam; a train waited for "not to get on it";
 * "I'll do it" right after an injunction to die; a child's or student's report ("he says he wants to jump", "thanks for
 * everything"); a pupil threatened before a break a few minutes away; a harasser "in front of your school" looking for
 * the writer. And false alarms: lyrics stuck in one's head, "not literally", "no dark thoughts", killing oneself
 * laughing, a parent's "she is fine, she is next to me". Phrasings written for this test (not taken from any
 * evaluation set).
 */
describe('crisis concepts, session 4', () => {
  const { triage } = sharedTriage();

  test.each([
    // pills counted, looked at, kept close
    "le soir je recompte mes cachets en me demandant combien il en faudrait",
    'every night i count my pills and wonder how many it would take',
    "j'ai sorti toutes les boîtes de médocs de l'armoire et je les fixe depuis tout à l'heure",
    "j'ai rangé mes comprimés dans ma trousse et je la garde sur moi, au cas où",
    'i sleep with the tablets under my pillow now, just knowing they are there helps',
    "i can't stop staring at the knife block since they posted it",
    // scared of oneself, sleep and never be found
    "j'ai peur de ce que je pourrais me faire ce soir",
    "i'm scared of what i might do to myself",
    'sometimes i just want to fall asleep and never be found',
    // a plan prepared, a train waited for
    "j'ai mis la chaise sous la poutre du grenier",
    "je suis sur le quai, j'attends le dernier train, pas pour monter dedans",
    // after an injunction to die
    'they all keep telling me to kill myself. maybe i will do it',
    "ils me disent d'aller me pendre en story. je crois que je vais le faire",
    // agreeing with the injunction
    "sous chaque photo ils écrivent de me suicider. peut-être qu'ils ont raison",
    "the whole server keeps telling me to kys and honestly they're right",
    // a child's, student's or player's report
    'one of my players texted me thanks for everything coach, and now he is not answering',
    'my daughter keeps saying she wants to jump, she is on the balcony',
    "ma fille m'a dit ce soir qu'elle compte pas voir Noël et que je pourrai garder sa chambre",
    // danger now
    "the boy who threatened my son with a knife is still on our street",
    'a pupil told me two boys threatened to stab her at lunch, lunch is in 10 minutes',
    "il m'a écrit « je suis devant ton collège », il me cherche",
    // sets DA-DF: a drink spiked, held and shoved, a goodbye and the phone turned off, a threat at a time already near
    'i think someone slipped something into my drink and this guy keeps pulling me outside',
    "ils bloquent la porte du vestiaire et ils me bousculent, je peux pas sortir",
    "j'ai envoyé à mon père que je l'aimais fort et j'ai éteint mon portable",
    'a group said they would wait for him at the gate at 5 with knives. it is 4 45',
    "il m'a dit que si la vidéo sortait il se jetterait du pont",
    "samedi il voulait que je vienne. là il vient d'écrire qu'il est en bas de chez moi et qu'il monte",
    // sets DG-DL: a denied rumour, then the writer's own words; water and "going in"; a countdown in a notebook
    "they say i got expelled from my last school, it's a lie. anyway i'm standing at the edge of the platform and the next train doesn't stop here",
    "ils racontent que je me drogue, c'est faux. mais vu comment ça va, autant le faire pour de vrai",
    "i'm sitting by the river and i think i'm just going to walk into the water",
    'mon fils a écrit sur sa trousse « plus que 2 jours », il refuse de dire pourquoi',
    'a pupil came in with fresh cuts on her arms, she says she did it at break',
    "je vais chez ma tante ce week-end. aujourd'hui j'ai jeté toutes mes affaires et posté merci pour tout",
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    "ce refrain « je veux mourir ce soir » tourne en boucle dans ma tête depuis hier, il est trop bien ce son",
    'that line "i wanna die tonight" is stuck in my head, what song is that',
    'they made a sticker of my face, i want to disappear lol, not literally, just embarrassed',
    "mon fils a pas d'idées noires, il veut juste changer de club, comment signaler les messages ?",
    "i'm killing myself laughing at the memes they made of our teacher",
    "they said i'm the worst goalkeeper in the league and they're right lol",
    "my daughter is fine, she is sitting next to me, we want to report the fake account",
    "they said they'd come to my house, it's a lie, i'm ok, not suicidal or anything, just tired of it",
    "il a dit qu'il me casserait la gueule en septembre. d'ici là je suis chez ma tante",
    "can you take care of my cat next weekend while we visit grandma? (question for my neighbour, sorry wrong chat)",
  ])('no crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });
});
