import { sharedTriage } from './shared-triage';

const { triage } = sharedTriage();

describe('extractFacts', () => {
  test.each([
    ["ils ont balancé mes nudes sur snap", { platform: 'Snapchat' }],
    ['someone made a fake insta of me', { platform: 'Instagram' }],
    ['on a des faux avis google', { platform: 'Google reviews' }],
    ['he keeps tweeting about me on twitter', { platform: 'X' }],
    ["j'ai 15 ans et on m'insulte sur tiktok", { platform: 'TikTok', age: 15, persona: 'teen' }],
    ["i'm 14 and they raid my discord", { platform: 'Discord', age: 14, persona: 'teen' }],
    ['ma fille de 12 ans est harcelée sur whatsapp', { platform: 'WhatsApp', age: 12, persona: 'parent' }],
    ['my 13 year old son gets threats', { age: 13, persona: 'parent' }],
    ['mon fils reçoit des menaces', { persona: 'parent' }],
    ['notre restaurant reçoit des faux avis', { persona: 'professional' }],
    ['my business is getting fake reviews', { persona: 'professional' }],
    ["j'ai 34 ans et mon ex me harcèle", { age: 34, persona: 'adult' }],
    ['bonjour', {}],
  ])('%j', (text, expected) => {
    expect(triage.extractFacts(text)).toEqual(expected);
  });
});

describe('persona from school levels and children', () => {
  const { triage: t } = sharedTriage();
  test.each([
    ['jsuis en 2nde et ils font tourner une rumeur sur moi'],
    ['je suis en seconde'],
    ['en 3e on me traite de tous les noms'],
    ['moi je suis en 4ème et ya un fake de moi'],
    ['au collège tout le monde se moque de moi'],
    ['les gens de ma classe au lycée me harcèlent'],
    ['je suis en première'],
    ['jsuis en terminale'],
    ["i'm in 9th grade and people spam my insta"],
    ['in year 10, someone made a fake account of me'],
    ['everyone in high school hates me since the video'],
    ['middle school has been hell since the rumor'],
  ])('a teen: %j', (text) => {
    expect(t.extractFacts(text).persona).toBe('teen');
  });

  test.each([
    ['ma soeur est en 3e et on la harcèle'],
    ['je suis prof au lycée et un élève me menace'],
    ['my brother is in 9th grade and gets threats'],
    ['i teach in middle school and a parent threatened me'],
  ])('a school level said of someone else is not the writer: %j', (text) => {
    expect(t.extractFacts(text).persona).not.toBe('teen');
  });

  test.each([
    ['mon fils est en 4ème et on le harcèle'],
    ['ma fille'],
    ["c'est ma fille"],
    ['my son is in high school and they made a fake of him'],
    ['my daughter'],
    ['my kid got sent a threat'],
  ])('a parent: %j', (text) => {
    expect(t.extractFacts(text).persona).toBe('parent');
  });
});
