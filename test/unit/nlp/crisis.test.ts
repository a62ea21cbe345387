import { sharedTriage } from './shared-triage';

const { knowledge, triage } = sharedTriage();
const examples = (key: 'crisis' | 'gentle' | 'none'): string[] => [...knowledge.crisis.fr.examples[key], ...knowledge.crisis.en.examples[key]];

describe('crisis detector', () => {
  test.each(examples('crisis'))('crisis: %j', (text) => {
    const r = triage.detectCrisis(text);
    expect(r.crisis).toBe(true);
    expect(r.kind).toBeDefined();
  });

  test.each(examples('gentle'))('not a crisis but a gentle check: %j', (text) => {
    expect(triage.detectCrisis(text)).toEqual({ crisis: false, gentleCheck: true });
  });

  test.each(examples('none'))('not a crisis: %j', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });

  test.each([
    ['mort de rire'],
    ['jpp je meurs'],
    ['this homework is killing me'],
    ["j'ai failli mourir de honte"],
    ['je vais le tuer ce prof mdr'],
    ["i'm dead 💀"],
  ])('hyperbole is not a crisis: %j', (text) => {
    expect(triage.detectCrisis(text).crisis).toBe(false);
  });

  test('negation: "je ne veux pas mourir" is not a crisis, but asks for a gentle check', () => {
    expect(triage.detectCrisis('je ne veux pas mourir')).toEqual({ crisis: false, gentleCheck: true });
    expect(triage.detectCrisis("i don't want to die")).toEqual({ crisis: false, gentleCheck: true });
  });

  test('a negation does not hide a plan said in the same message', () => {
    expect(triage.detectCrisis("je ne veux pas mourir mais j'ai tout préparé pour ce soir").crisis).toBe(true);
  });

  test.each([
    ["j'ai tout préparé pour ce soir", 'suicide'],
    ['je veux plus me réveiller', 'suicide'],
    ['personne me regrettera', 'suicide'],
    ['I wrote my goodbye letters', 'suicide'],
    ['je me scarifie', 'self_harm'],
    ["he's outside my house with a knife", 'danger'],
    ['il va venir chez moi me tabasser ce soir', 'danger'],
  ])('kind of %j is %s', (text, kind) => {
    expect(triage.detectCrisis(text)).toMatchObject({ crisis: true, kind });
  });

  test('flags the crisis in the triage result too, whatever the situation', () => {
    const r = triage.triage('ils ont mis mes nudes partout, je veux mourir');
    expect(r.situation).toBe('revenge_porn');
    expect(r.crisis).toBe(true);
    expect(r.crisisDetail.kind).toBe('suicide');
  });

  test('a crisis at the end of a long message is still found', () => {
    expect(triage.detectCrisis(`${'ils m insultent tous les jours. '.repeat(300)} j'ai tout préparé pour ce soir`).crisis).toBe(true);
  });
});
