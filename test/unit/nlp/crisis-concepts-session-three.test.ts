import { sharedTriage } from './shared-triage';

/**
 * Session 3 of issue 3: what sets AA to AG showed in general terms. A denied rumour no longer silences the writer's
 * own words (the scorer reads them with a high threshold); a parent's report of blood and long sleeves; hitting one's
 * head until it bleeds; a date set with nobody to look for the writer; apologies to everyone; pills counted or kept for
 * a day; the height of a fall asked; someone ringing at the door again and again. And false alarms: "last night",
 * "je viens d'arriver de", "i'll survive", an old episode "years ago" that is behind the writer. Phrasings written for
 * this test (not taken from any evaluation set).
 */
describe('crisis concepts, session 3', () => {
  const { triage } = sharedTriage();

  test.each([
    // a rumour denied, then the writer's own act or plan
    "ils disent partout que j'ai volé le portable de la prof, c'est faux. j'ai pris la boîte de somnifères de ma mère, je la garde pour samedi",
    "people keep saying i cheated on him, it's a lie. i drove to the bridge after school and i've been sitting on the railing for an hour",
    // a parent's report
    'my son has been wearing long sleeves in the heat and i keep finding bloody tissues in the bathroom bin',
    "ma fille porte des manches longues en pleine canicule et j'ai trouvé des mouchoirs pleins de sang sous son lit",
    // self-harm
    "après leurs messages je me suis tapée la tête contre le carrelage jusqu'à saigner",
    // a date, nobody to look for the writer
    "j'ai fixé le 9, ce jour-là mes parents sont chez ma tante et personne me cherchera",
    // apologies to everyone
    "ce soir j'ai envoyé des messages d'excuse à tout le monde, même à mon ancienne prof. voilà.",
    'tell my dad im sorry. im sorry to everyone, i tried',
    // pills counted, kept for a day
    'the tablets are all counted out on my bedside table',
    // a fall asked about
    "c'est quoi la hauteur minimum pour ne pas survivre, genre quel étage",
    // someone at the door, again and again, now
    'someone keeps banging on the front door right now and the guy who threatened me just posted a photo of my street',
    // sets AH-AL: things given away with no more use for them, a pet entrusted "just in case", a tidied locker
    "j'ai donné mes mangas à mon voisin, j'en aurai plus besoin de toute façon",
    'can you keep my hamster if anything happens, i mean it',
    "j'ai vidé mon casier et donné mon skate à Théo",
    // tools taken out again, not eating since a day
    "ce soir j'ai ressorti le cutter, j'ai pas pu m'en empêcher",
    "i haven't eaten anything since thursday and i don't plan to",
    // a farewell then silence
    'she sent me "thanks for everything, you were the best" and now she is not answering',
    "mon frère a mis « rdv de l'autre côté » sur son statut et il est parti sans son téléphone",
    // a funeral planned, the highest bridge looked up
    "i've been picking the songs for my funeral. it makes me feel calm",
    'i keep looking up which bridge near me is the highest',
    // the scorer is sure, a polite closing does not stop it
    "merci pour tout vous deux, prenez soin de maman. je vous aime",
    // someone parked outside who will not leave
    'a van has been parked outside our house for two hours and the man inside keeps looking at my window, i am alone',
    // a denied report, then the writer's own act
    "ils disent partout que j'ai fait une TS, c'est faux. mais ce soir j'ai avalé toute la plaquette",
    'people are saying i cut myself, not true. but tonight i burned my arm with a lighter',
    // sets AM-AR: a firearm and its key, a fall asked about, a photo of the street tonight, a parent's report
    "mon oncle garde sa carabine à la cave, je sais où il range les cartouches. j'en peux plus d'eux",
    'if you fall from the 10th floor would it be instant',
    "le compte qui me menace a posté une photo de mon immeuble, il a écrit qu'il arrivait ce soir",
    'my daughter asked me if i would be okay on my own. she has never talked like that',
    "je suis fatiguée d'être en vie, c'est tout",
    "i'm at the station and this is the last time i write to anyone",
    // sets AS-AX: goodbyes scheduled, bleach drunk, a blade put back, a smell of smoke after a threat
    "i've set goodbye texts to everyone for sunday morning. they'll understand then",
    "j'ai bu un peu de javel tout à l'heure, j'ai mal au ventre",
    'put the blade back in my pencil case tonight. 4 months clean and now this',
    "he said he'd burn our house down and i can smell smoke right now",
    "elle m'a dit qu'elle serait pas là pour le brevet et qu'elle avait tout prévu",
    // sets AY-BD: hiding while they wait, a rifle on the lap, no next month, sleep as the end, no need after this week
    "ils m'attendent devant le lycée avec leurs potes, je suis cachée aux toilettes et ça va bientôt sonner",
    "j'ai passé la soirée avec la carabine de mon oncle sur les genoux",
    "i can't see a version of next year where i'm still here",
    'i just want to fall asleep and have that be the end of it',
    "i won't need my gym stuff after this week",
    "j'ai recommencé à me taper la tête contre le mur, personne le sait",
    // sets BE-BJ: a drug named in the other language's file, a gun in the bag, a will, last words, no next year for me
    "i've been putting my doliprane aside all month, i know how many i need",
    "i've got my uncle's revolver in my backpack. it's for me",
    'i wrote my will in my notes app last night',
    "j'ai tapé mes derniers mots, le fichier s'appelle à lire après",
    "there isn't going to be a next year for me",
    "il a fermé la porte à clé et il a pris mon téléphone, j'écris depuis l'ordi",
    // sets BK-BP: a coffin drawing, someone in the lobby asking for the flat, a prescription saved, the top of the car park
    "un élève qu'on harcèle m'a donné un dessin de lui dans une tombe, avec écrit « bientôt »",
    "the guy who threatened me is in the lobby of my building asking for my flat number, i'm on the 6th floor with the lights off",
    "i've been saving my prescription for a month, i have enough now",
    "i'm in my car at the top of the car park, been here an hour",
    "he sent me my own live location and wrote see you in 5. i'm alone at the bus stop",
    'since the raid i have been cutting every night, i used to be clean for a year',
    // sets BQ-BV: a rehearsal stopped in time, waiting for the parents to fall asleep, a man asking for a pupil by name
    "hier j'ai fait une simulation avec la ceinture, j'ai serré et j'ai arrêté à temps",
    "i'm waiting for my parents to fall asleep, the rope is in the garage",
    "a man who threatened one of our pupils online is at the hotel reception asking for her by name",
    // sets BW-CB: a group following a child and threatening her, a crowd at the shop window, notes to be found after
    'un groupe la suit depuis le métro en la menaçant, ma fille est cachée dans une pharmacie',
    "ils sont dix devant la vitrine et ils tapent dessus, je suis dans la réserve",
    "j'ai glissé des mots dans les cahiers de mes amis pour qu'ils les trouvent après",
    "il m'envoie sa localisation en direct, il se rapproche de chez moi, il est à 200 m",
    "i'm on the bridge by the station. i just wanted someone to know it wasn't true",
    // sets CC-CH: a parent finding the lunch in the bin, a search about hanging, a hose for the exhaust, the intercom
    "mon fils ne mange plus le midi, je retrouve son repas dans la poubelle tous les soirs",
    'my 14 year old has been googling how to hang yourself on the family laptop',
    "je suis sur le parking avec un tuyau dans le coffre pour l'échappement",
    'the man who threatened me just buzzed my intercom and said my name, he is still down there',
    "demain matin personne me verra plus nulle part",
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    'my friend got blackmailed last night, she told her parents and they went to the police together',
    "je viens d'arriver du Maroc et au collège ils se moquent de mon accent",
    'ok they made a meme of me, whatever, i will survive, how do i report it',
    'years ago i had dark thoughts because of a group chat, it is all behind me now, i am asking for my little sister',
    "they said monday is my last day at this school, they're just being dramatic, can i report the group chat",
    "c'est arrivé à ma cousine il y a deux ans, elle avait fait une tentative à l'époque, aujourd'hui elle va bien",
    // a pet looked after during a trip, a song about a bridge
    'can you keep my cat while we are on holiday in august',
    "j'écoute une chanson sur un pont depuis ce matin, elle est trop belle",
    // an act inside a report the writer denies
    "someone said i overdosed at a party last weekend. i didn't, i was at home babysitting",
    "une fille raconte que je me scarifie, c'est complètement inventé, je veux juste que ça s'arrête",
    // a song quoted
    "j'écoute en boucle la chanson qui dit « je veux plus me réveiller », trop belle",
    // an old episode that is over, and the harassment starting again
    "il y a deux ans j'avais des idées noires, aujourd'hui ça va, mais ça recommence avec ma sœur",
    // a floor is not a date
    "we live on the 4th floor and the neighbours keep posting about us in the building group",
    // a harasser's imperative, an insult, a coach, fabric, a song on repeat, a denied post
    "sous ma vidéo ils écrivent « suicide-toi », je le ferai pas, je veux juste les signaler",
    "on me traite de suicidaire parce que je suis goth, je vais très bien",
    "je vais me faire tuer par la prof si j'arrive encore en retard",
    "i'm cutting fabric for my art class and nicked my finger lol",
    "someone wrote online that i tried to kill myself. it never happened, i'm honestly fine",
  ])('no crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });
});
