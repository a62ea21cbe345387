import { Conversation, createTestBot, localePattern, sharedParts, t, texts } from '../support/bot-harness';

/** Scripts that stop at each prompt of the conversation, with the locale key of the prompt reached. */
const toPrompt: { prompt: string; script: string[] }[] = [
  { prompt: 'triage.askSituation', script: ['bonjour'] },
  { prompt: 'persona.ask', script: ['bonjour', t('triage.choice.insults')] },
  { prompt: 'safety.askDanger', script: ['bonjour', t('triage.choice.threats'), t('persona.choice.adult')] },
  { prompt: 'guidance.more', script: ['bonjour', t('triage.choice.insults'), t('persona.choice.adult')] },
  { prompt: 'legal.askDate', script: ['bonjour', t('triage.choice.insults'), t('persona.choice.adult'), t('guidance.done')] },
  { prompt: 'coverage.ask', script: ['bonjour', t('triage.choice.insults'), t('persona.choice.adult'), t('guidance.done'), t('legal.dontKnow')] },
  { prompt: 'coverage.askNumber', script: ['bonjour', t('triage.choice.insults'), t('persona.choice.adult'), t('guidance.done'), t('legal.dontKnow'), t('coverage.choice.yes')] },
  { prompt: 'handoff.offer', script: ['bonjour', t('triage.choice.insults'), t('persona.choice.adult'), t('guidance.done'), t('legal.dontKnow'), t('coverage.choice.no')] },
  { prompt: 'handoff.askConsent', script: ['bonjour', 'je veux parler à un juriste', t('common.yes')] },
  { prompt: 'erase.confirm', script: ['bonjour', 'efface mes données'] },
];

const crisisLines = [
  "j'ai envie de mourir",
  'jveux plus vivre franchement',
  'I want to kill myself tonight',
  "j'ai tout préparé pour ce soir",
  'je me suis encore coupé les bras',
];

describe.each(toPrompt)('a crisis message at $prompt', ({ prompt, script }) => {
  test.each(crisisLines)('"%s" gets the emergency contacts at once, then the offer of a psychologist', async (crisisText) => {
    const { knowledge } = sharedParts();
    const testBot = createTestBot();
    const chat = new Conversation(testBot);
    let last = '';
    for (const line of script) last = await chat.sayText(line);
    expect(last).toMatch(localePattern(prompt));

    const replies = await chat.sayText(crisisText);
    expect(replies).toMatch(localePattern('crisis.intro', 'any'));
    for (const contact of knowledge.crisisContacts()) expect(replies).toContain(contact.number);
    expect(replies).toMatch(localePattern('handoff.confirm.psychologist', 'any'));

    expect(await chat.sayText('oui')).toMatch(localePattern('handoff.askConsent', 'any'));
    expect(await chat.sayText('oui')).toMatch(localePattern('handoff.queued', 'any'));
    const cases = await testBot.store.list({});
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ queue: 'psychologist', priority: 'emergency', crisis: true, status: 'waiting' });
  });
});

test('hyperbole is not a crisis', async () => {
  const chat = new Conversation(createTestBot());
  for (const line of ['mdr jsuis mort de rire', 'this homework is killing me lol']) {
    expect(await chat.sayText(line)).not.toMatch(localePattern('crisis.intro'));
  }
});

test('"je ne veux pas mourir" gets a gentle check, not the crisis path', async () => {
  const chat = new Conversation(createTestBot());
  const replies = await chat.sayText('je ne veux pas mourir, je veux juste que ça s’arrête');
  expect(replies).toMatch(localePattern('crisis.gentleCheck'));
  expect(replies).not.toMatch(localePattern('crisis.intro'));
});

test('a crisis while a case waits raises it to emergency and tells the user', async () => {
  const testBot = createTestBot();
  const chat = new Conversation(testBot);
  await chat.say('bonjour');
  await chat.say('je veux parler à un juriste');
  await chat.say(t('common.yes'));
  await chat.say(t('common.no'));
  const [queued] = await testBot.store.list({});
  expect(queued.priority).toBe('normal');
  const replies = await chat.sayText('jvais me foutre en l’air ce soir');
  expect(replies).toMatch(localePattern('crisis.intro'));
  expect(replies).toMatch(localePattern('crisis.escalated'));
  const [raised] = await testBot.store.list({});
  expect(raised).toMatchObject({ id: queued.id, priority: 'emergency', crisis: true });
});

test('a crisis during the live relay reaches staff, raises the case and still gives the contacts', async () => {
  const testBot = createTestBot();
  const chat = new Conversation(testBot);
  await chat.say('bonjour');
  await chat.say('je veux parler à un psy');
  await chat.say(t('common.yes'));
  await chat.say(t('common.yes'));
  const [c] = await testBot.store.list({});
  const alice = { name: 'alice', role: 'psychologist' as const };
  await testBot.handoff.claim(alice, c.id);
  expect(await chat.sayText('merci de me répondre')).toBe(''); // relay: the bot stays silent
  const replies = await chat.sayText('en vrai j’ai envie d’en finir');
  expect(replies).toMatch(localePattern('crisis.intro'));
  const detail = await testBot.handoff.get(alice, c.id);
  expect(detail.case).toMatchObject({ priority: 'emergency', crisis: true, status: 'claimed' });
  expect(detail.transcript.map((e) => e.text)).toEqual(expect.arrayContaining(['merci de me répondre', 'en vrai j’ai envie d’en finir']));
});

test('on Teams the contacts come as an Adaptive Card Teams renders (v1.4 FactSet), under a short text', async () => {
  const { knowledge } = sharedParts();
  const chat = new Conversation(createTestBot({ channelId: 'msteams' }));
  const replies = await chat.say("j'ai envie de mourir");
  const card = replies.find((a) => a.attachments?.some((att) => att.contentType === 'application/vnd.microsoft.card.adaptive'));
  expect(card?.text).toMatch(localePattern('crisis.intro'));
  const content = card!.attachments![0].content as { version: string; body: { type: string; facts?: { title: string }[] }[] };
  expect(content.version).toBe('1.4');
  const facts = content.body.find((b) => b.type === 'FactSet')!.facts!.map((f) => f.title);
  expect(facts).toEqual(knowledge.crisisContacts().map((c) => c.number));
  // the offer of a person follows, as hero card buttons on Teams
  const offer = replies.find((a) => a.attachments?.some((att) => att.contentType === 'application/vnd.microsoft.card.hero'));
  expect(offer).toBeDefined();
});

test('a crisis in the very first message: the emergency contacts come first, then the welcome, then the offer', async () => {
  const chat = new Conversation(createTestBot());
  const replies = texts(await chat.say("j'ai envie d'en finir ce soir"));
  expect(replies[0]).toMatch(localePattern('crisis.intro'));
  expect(replies.findIndex((r) => localePattern('welcome.intro').test(r))).toBeGreaterThan(0);
  expect(replies[replies.length - 1]).toMatch(localePattern('handoff.confirm.psychologist'));
});
