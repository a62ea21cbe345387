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
