import { sharedTriage } from './shared-triage';

/**
 * Session 5 of issue 3: what sets DM to EV showed in general terms. A child's or friend's intent reported by a parent
 * or friend ("she says she's going to hurt herself"); "doesn't want to wake up anymore"; "you won't hear from me
 * again"; painless ways searched; a relapse with the tool named; a funeral playlist; a life insurance asked about
 * for a death that is "voluntary"; blood-soaked tissues found; a child missing with a river or a bridge named; a
 * violent partner breaking things in the next room; someone trying the door handle; a stalker who "knows when you
 * close" with the hour minutes away; a goodbye that gives away skins or passwords. And false alarms: an
 * impersonator's post while the child is sitting next to the parent; harassment that "starts again" after an old
 * episode that is over. Phrasings written for this test (not taken from any evaluation set).
 */
describe('crisis concepts, session 5', () => {
  const { triage } = sharedTriage();

  test.each([
    // intent reported by a parent or a friend
    'my daughter told me at dinner she is going to hurt herself if the video stays up',
    "ma copine m'a écrit ce soir qu'elle va se tuer si la vidéo tourne encore",
    "my best mate keeps saying he doesn't want to wake up anymore",
    'elle répète qu’elle veut plus se réveiller le matin',
    // goodbyes, researched means
    "tout le monde me déteste au lycée. vous n'entendrez plus parler de moi.",
    "after what they posted you won't hear from me again",
    'i looked up painless ways to die last night',
    "j'ai cherché des façons de mourir sans souffrir",
    'he sent a voice note: it was nice knowing you guys, you can have my skins',
    "il m'a envoyé le mot de passe de son compte en me disant adieu",
    // self-harm shown, a funeral prepared, insurance
    'relapsed tonight, the blade from my sharpener again',
    "j'ai rechuté, le compas est encore sur mon bureau",
    'made a funeral playlist today, just in case',
    "est-ce que l'assurance vie paie si c'est un suicide ? c'est pour ma famille",
    'found bloodstained tissues in my son’s bin this morning',
    'ma fille porte des manches longues alors qu’il fait 35 degrés et j’ai trouvé des pansements pleins de sang',
    // danger now
    'my son is missing from school and his friends think he went to the bridge',
    "ma fille a disparu depuis ce matin, elle parlait de la rivière",
    'he just threw a chair at the wall, he is in the next room and he has been drinking',
    "il vient de casser la table du salon, il est dans la pièce d'à côté",
    'someone just tried the handle of my back door and the guy from the dms said tonight',
    'he messaged "i know when you finish your shift". i finish in ten minutes',
    // round 17 (DS-DX): violence now, a stalker nearby, answers to "are you safe?"
    'my stepdad is beating my mum right now in the living room',
    'he found out which bus i take and his car is parked at my stop right now',
    'nope. not safe',
    'non, je suis pas en sécurité',
    // after an injunction to die, obeying it; a means at hand; a relapse one promised to avoid
    'they all tell me to die and tbh tonight i might',
    "on m'a écrit « va te pendre » et je crois que je vais le faire",
    "j'ai les cachets de ma mère avec moi dans ma chambre",
    "rechute. je m'étais promis de tenir un mois",
    // others' reports: a boyfriend's threat, "better if he weren't here", a child's question about heaven
    "she said if i leave she will post my pics and kill herself",
    "mon fils m'a dit hier qu'il vaudrait mieux qu'il ne soit plus là",
    "ma fille de 9 ans m'a demandé si au paradis on peut encore voir ses copines",
    "they're betting on how long i'll last. they won't have to wait long",
    // belongings handed over, a pet entrusted, affairs settled
    "un élève m'a offert sa montre en souvenir de lui et m'a remerciée pour tout",
    'she sent me her dog s vet records and asked me to look after him',
    "paid my staff their last wages and sent a goodbye email to my partner",
    "combien de comprimés il y a dans une boîte de doliprane ? c'est pour un exposé. enfin non.",
    // round 18 (DY-ED): short answers, obeying, no way out, a plan checked on the road, a relapse, research
    'nope, he is still outside',
    'non il est toujours en bas',
    'still got the tablets with me, yes',
    "tout le lycée contre moi, je vois aucune issue",
    'everyone in the comments says kys and i think i am going to',
    "depuis que je suis passée à la télé on m'insulte partout. je veux mourir",
    "my son said he finally understands why people do it",
    "j'ai arrêté mon traitement pour le cœur, de toute façon ça s'arrangera tout seul",
    'she told her friend she would do it properly next time',
    "je sais exactement quel pont, j'ai refait le trajet ce matin pour vérifier",
    "j'ai recommencé à me couper depuis la vidéo",
    'they say it was my fault. how many of my sleeping pills would it take',
    'leaked. cant do this anymore. bye',
    // round 19 (EE-EJ): reports, resignation, a threat at a time minutes away, someone outside now
    'my son says he wants to die since the fake account started posting as him',
    "il m'a menacée, je lui ai dit de venir le faire, je ferme plus la porte à clé",
    'if anything happens to me, the account posting as me was never me. love you',
    "my dad texted he'll smash my face when he gets home. he gets home at 7, it's 6:45",
    'he said he would wait for me after practice and now he is standing by my bike',
    "il vient d'écrire « je suis devant chez toi » après ses menaces d'hier",
    'she has been threatening to sort me out and she just pulled up outside',
    "il est dans notre jardin avec une barre de fer, il m'insulte depuis des semaines",
    "un youtubeur se moque de moi, ça fait deux nuits que je me coupe avec un cutter",
    'been reading about how much helium you would need',
    'it does not hurt anymore lol, i keep pressing the blade into my wrist to feel something',
    "il faut quelle hauteur pour ne pas se rater",
    // round 20 (EK-EP): the writer's own wish next to what he did; a plan; means with me; someone here now
    'i want to die. she sent the pics to my whole year',
    'yeah i have a plan',
    "oui j'ai un plan",
    'they keep commenting kys under my videos, honestly i might take their advice',
    'he found my new address. he is on the landing',
    'just stay with me until the pills kick in',
    "je suis dans ma voiture avec une boîte de somnifères",
    "j'ai acheté trois boîtes de doliprane dans deux pharmacies, personne a fait gaffe",
    "ma sœur m'a écrit « viens vite », son ex est chez elle, et depuis plus rien",
    "l'infirmière m'a dit qu'une élève avait prévu d'en finir samedi",
    'how high does a car park have to be',
    "my daughter keeps asking if people ever come back from something like this, she's in her room now",
    'my brother wears sweatbands to bed and there are cuts under them',
    // round 21 (EQ-EV, read after its blind measurement)
    "j'ai laissé une lettre pour mon mari sur le bureau, il rentre à 18h",
    'he sent me my home address and "omw"',
    "i've walked up to the cliffs, it's quiet here",
    "personne sait que je suis là, sur le pont",
    "il est dans l'entrée en train de verser de l'essence, il avait dit qu'il brûlerait l'appart",
    'her essay reads like a goodbye letter, she thanked every teacher by name',
  ])('crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(true);
  });

  test.each([
    'someone made a fake account of my son saying he will kill himself. he is fine, he is sitting right next to me',
    "il y a deux ans j'avais des idées noires à cause d'une rumeur, c'est derrière moi. là ça recommence avec ma sœur, comment l'aider ?",
    'two years ago the rumours made me self harm, i am fine now. it is back with my little brother, how do i report it?',
    'thanks for the help, goodbye',
    'my brother says he wants to kill the guy who hacked his fortnite account lol',
    "je passe le relais à ma mère, merci, au revoir",
    "ils disent sur insta que mon père me frappe, c'est faux, il est super, je veux juste que ça s'arrête",
    'the knife emoji they sent is scary but he lives in another country and i am at my gran s',
    "ce film d'horreur c'est mortel, on le regarde ce soir ?",
    "tout le monde m'écrit « crève » sous ma vidéo, mais je vais bien, je veux juste bloquer",
    'they called my son a suicide risk because he sees a therapist, he is doing great',
    'this chemistry homework, i swear im gonna die',
    "on raconte que j'ai fait une overdose samedi, j'étais même pas là",
    'my ex posts that i drove him to suicide, he is alive and well, is that defamation?',
    'our school is updating its self harm policy, do you have resources?',
    "j'ai envie de tout plaquer et partir vivre à la montagne, rien de grave",
    "they ask me if i cut myself because i wear black. i don't lol, it's just annoying",
    'a fake account of my daughter says awful things, she is upset but fine, how do we report it?',
    "someone hacked my insta and posted 'i want to die' as a prank. i'm fine, everyone is just panicking",
  ])('no crisis: %s', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });
});
