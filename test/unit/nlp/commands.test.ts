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
