import { buttons, Conversation, createTestBot, localePattern, t, texts } from '../support/bot-harness';

/** Drives to the persona prompt, a point inside the main dialog. */
async function midDialog(chat: Conversation): Promise<void> {
  await chat.say('bonjour');
  const reply = await chat.sayText(t('triage.choice.insults'));
  expect(reply).toMatch(localePattern('persona.ask'));
}

describe('global commands work at any point, in both languages and teen wording', () => {
  test.each(['aide', 'help', 'comment ça marche ?', 'wsh aide moi stp'])('help: "%s" explains, then asks the open question again', async (line) => {
    const chat = new Conversation(createTestBot());
    await midDialog(chat);
    const reply = await chat.sayText(line);
    expect(reply).toMatch(localePattern('help.text'));
    expect(reply).toMatch(localePattern('persona.ask'));
  });

  test.each(['recommencer', 'restart', 'on recommence'])('restart: "%s" starts over', async (line) => {
    const chat = new Conversation(createTestBot());
    await midDialog(chat);
    const reply = await chat.sayText(line);
    expect(reply).toMatch(localePattern('restart.done'));
    expect(reply).toMatch(localePattern('triage.askWhatHappened'));
  });

  test.each(['stop', 'arrête', 'laisse moi tranquille'])('stop: "%s" ends the dialog kindly', async (line) => {
    const chat = new Conversation(createTestBot());
    await midDialog(chat);
    expect(await chat.sayText(line)).toMatch(localePattern('stop.done'));
    // the next message starts a new triage rather than answering the old prompt
    expect(await chat.sayText('on a piraté mon compte insta et il poste des trucs en se faisant passer pour moi')).toMatch(localePattern('triage.understood.identity_theft'));
  });

  test.each([
    ['je veux parler à un psy', 'psychologist'],
    ['I want to talk to a lawyer', 'jurist'],
    ['un avocat svp', 'jurist'],
  ])('"%s" asks one yes/no confirmation, then consent, then queues (%s)', async (line, queue) => {
    const testBot = createTestBot();
    const chat = new Conversation(testBot);
    await midDialog(chat);
    const confirm = await chat.say(line);
    expect(texts(confirm).join('\n')).toMatch(localePattern(`handoff.confirm.${queue}`, /lawyer/.test(line) ? 'en' : 'fr'));
    expect(buttons(confirm).length).toBe(2);
    await chat.say('oui');
    const queued = await chat.sayText('non');
    expect(queued).toMatch(/handoff|n°|number/i);
    const cases = await testBot.store.list({});
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ queue, status: 'waiting', consentToShare: false, situation: 'insults' });
    expect(cases[0].summary).not.toContain('bonjour');
  });

  test('"parler à quelqu\'un" offers both queues', async () => {
    const chat = new Conversation(createTestBot());
    const replies = await chat.say("je voudrais parler à quelqu'un");
    expect(buttons(replies)).toEqual(expect.arrayContaining([t('handoff.choice.psychologist'), t('handoff.choice.jurist')]));
  });

  test('a command word inside a description is not a command', async () => {
    const chat = new Conversation(createTestBot());
    const reply = await chat.sayText("il m'a dit stop sinon il publie mes photos nues partout");
    expect(reply).not.toMatch(localePattern('stop.done'));
    expect(reply).toMatch(localePattern('triage.understood.revenge_porn'));
  });
});

describe('erase my data', () => {
  test('confirms, deletes state, cases and transcript, and says so', async () => {
    const testBot = createTestBot();
    const chat = new Conversation(testBot);
    await chat.say('ma fille de 14 ans reçoit des menaces de mort sur snap');
    await chat.say('je veux parler à un psy');
    await chat.say('oui');
    await chat.say('oui');
    expect(await testBot.store.list({})).toHaveLength(1);
    expect(await chat.sayText('efface mes données')).toMatch(localePattern('erase.confirm'));
    expect(await chat.sayText('oui')).toMatch(localePattern('erase.done'));
    expect(await testBot.store.list({})).toHaveLength(0);
    const memory = (testBot.storage as unknown as { memory: Record<string, unknown> }).memory;
    expect(Object.keys(memory).filter((k) => memory[k] !== undefined)).toEqual([]);
    // a new message is a fresh start: the welcome again
    expect(await chat.sayText('salut')).toMatch(localePattern('welcome.intro'));
  });

  test('"non" keeps everything', async () => {
    const testBot = createTestBot();
    const chat = new Conversation(testBot);
    await chat.say('bonjour');
    await chat.say('erase my data');
    expect(await chat.sayText('non')).toMatch(localePattern('erase.cancelled', 'any'));
  });
});
