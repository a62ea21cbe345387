import { sharedTriage } from './shared-triage';

const { triage } = sharedTriage();

describe('detectCommand', () => {
  test.each([
    ['aide', 'help'],
    ['Help!', 'help'],
    ['recommencer', 'restart'],
    ['on recommence stp', 'restart'],
    ['start over', 'restart'],
    ['stop', 'stop'],
    ['STOP', 'stop'],
    ['je veux parler à qqn', 'talk_to_someone'],
    ['wesh je veux parler a un humain', 'talk_to_someone'],
    ['talk to someone please', 'talk_to_someone'],
    ['un psy', 'psychologist'],
    ['je voudrais parler à un psychologue svp', 'psychologist'],
    ['a therapist', 'psychologist'],
    ['un avocat', 'jurist'],
    ['un juriste', 'jurist'],
    ['i need a lawyer', 'jurist'],
    ['efface mes données', 'erase'],
    ['supprime tout', 'erase'],
    ['delete my data', 'erase'],
  ])('%j -> %s', (text, command) => {
    expect(triage.detectCommand(text)).toBe(command);
  });

  test.each([
    ["il m'a dit stop"],
    ['mon avocat dit que je dois porter plainte'],
    ["j'ai besoin d'aide ils ont publié mes photos"],
    ['she told me to stop talking'],
    ['my lawyer says to wait'],
    ['ils ont supprimé tout mon compte'],
    [''],
    ['💀'],
  ])('not a command: %j', (text) => {
    expect(triage.detectCommand(text)).toBeNull();
  });
});

describe('detectYesNo', () => {
  test.each([
    ['oui', true],
    ['ouais', true],
    ['grave', true],
    ['wesh oui', true],
    ['oui oui', true],
    ['yep', true],
    ['yes please', true],
    ['ok', true],
    ['non', false],
    ['nan', false],
    ['nope', false],
    ['non merci', false],
    ['nah', false],
    ['pas du tout', false],
  ])('%j -> %s', (text, expected) => {
    expect(triage.detectYesNo(text)).toBe(expected);
  });

  test.each([["c'est grave ce qu'ils font"], ['peut-être'], ['they said yes to the raid and then posted it everywhere'], [''], ['🙂']])(
    'neither: %j',
    (text) => {
      expect(triage.detectYesNo(text)).toBeNull();
    },
  );
});

describe('second-pass command phrasings', () => {
  const { triage: t } = sharedTriage();
  test.each([
    ['laisse tomber', 'stop'],
    ['on reprend depuis le début', 'restart'],
    ['jcomprends rien', 'help'],
    ['tu sers à quoi', 'help'],
    ['je veux recommencer', 'restart'],
    ["efface tout ce que j'ai dit", 'erase'],
    ['supprime mes infos', 'erase'],
    ['delete all my stuff', 'erase'],
    ['I wanna talk to a real person', 'talk_to_someone'],
    ['can I talk to a lawyer', 'jurist'],
  ])('%j is the command %s', (text, command) => {
    expect(t.detectCommand(text)).toBe(command);
  });

  test.each([
    ["il m'a dit laisse tomber sinon je te tue"],
    ['elle a supprimé mes infos de son compte et recréé un faux'],
    ['he told me to delete all my stuff or he posts it'],
    ["mon avocat dit qu'on reprend depuis le début la plainte"],
    ['my mom wants to talk to a real person at the school about the bullying'],
  ])('a description that contains the words is not a command: %j', (text) => {
    expect(t.detectCommand(text)).toBeNull();
  });
});
