import type { Activity } from 'botbuilder';
import { Conversation, createTestBot, localePattern, t, texts } from '../support/bot-harness';

describe('bad input gets a polite answer and loses nothing', () => {
  test('empty and whitespace-only messages', async () => {
    const chat = new Conversation(createTestBot());
    expect(await chat.sayText('')).toMatch(localePattern('errors.empty'));
    expect(await chat.sayText('   \n ')).toMatch(localePattern('errors.empty'));
    expect(await chat.sayText({ text: undefined })).toMatch(localePattern('errors.empty'));
  });

  test('an image without text is not read, and the user is told to keep it as evidence', async () => {
    const chat = new Conversation(createTestBot());
    const reply = await chat.sayText({ attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] } as Partial<Activity>);
    expect(reply).toMatch(localePattern('errors.nonText'));
  });

  test('a 200,000-character message is read in part, and the conversation goes on', async () => {
    const testBot = createTestBot({ maxMessageLength: 4000 });
    const chat = new Conversation(testBot);
    const long = 'ils postent des rumeurs sur moi partout. '.repeat(5000);
    expect(long.length).toBeGreaterThan(200_000);
    const reply = await chat.sayText(long);
    expect(reply).toMatch(localePattern('errors.tooLong'));
    expect(reply).toMatch(/rumeur|Rumeur|persona|vous êtes|tu es/i);
    expect(await chat.sayText('aide')).toMatch(localePattern('help.text'));
  });

  test('null bytes and control characters are stripped', async () => {
    const chat = new Conversation(createTestBot());
    const reply = await chat.sayText('on a cr\u0000éé un faux compte insta\u0007 à mon nom');
    expect(reply).toMatch(localePattern('triage.understood.identity_theft'));
  });

  test('emoji-only and other alphabets get buttons, not an error', async () => {
    const chat = new Conversation(createTestBot());
    expect(await chat.sayText('😭😭😭')).toMatch(localePattern('triage.askSituation'));
    const chat2 = new Conversation(createTestBot());
    expect(await chat2.sayText('помогите мне пожалуйста')).toMatch(localePattern('triage.askSituation'));
  });

  test('an error inside a turn: a kind sentence in the user\'s language, the conversation goes on', async () => {
    const testBot = createTestBot();
    testBot.deps.policies.lookup = async () => { throw new Error('registry exploded'); };
    const chat = new Conversation(testBot);
    await chat.say('bonjour');
    await chat.say(t('triage.choice.identity_theft'));
    let reply = await chat.sayText(t('persona.choice.adult'));
    while (!localePattern('coverage.ask').test(reply)) reply = await chat.sayText(t('guidance.done'));
    await chat.say(t('coverage.choice.yes'));
    const failed = await chat.say('DEMO-2024-0042');
    expect(texts(failed).join('\n')).toMatch(localePattern('errors.turn'));
    expect(texts(failed).join('\n')).not.toMatch(/registry exploded|Error|at /);
    expect(await chat.sayText('aide')).toMatch(localePattern('help.text'));
  });
});

test('on the emulator channel, triage and handoff traces are sent as INTERFACES.md says', async () => {
  const testBot = createTestBot({ channelId: 'emulator' });
  const chat = new Conversation(testBot);
  const first = await chat.say('someone made a fake insta account pretending to be me');
  const trace = first.find((a) => a.type === 'trace' && a.name === 'triage');
  expect(trace?.value).toEqual({ situation: 'identity_theft', crisis: false, language: 'en', confidence: expect.any(Number) });
  await chat.say('I want to talk to a lawyer');
  await chat.say('yes');
  const queued = await chat.say('no');
  const handoff = queued.find((a) => a.type === 'trace' && a.name === 'handoff');
  const [c] = await testBot.store.list({});
  expect(handoff?.value).toEqual({ caseId: c.id, queue: 'jurist', priority: 'normal' });
  expect(texts(queued).join('\n')).toMatch(localePattern('handoff.queued', 'en'));
});

test('no traces on other channels', async () => {
  const chat = new Conversation(createTestBot({ channelId: 'webchat' }));
  const replies = await chat.say('someone made a fake insta account pretending to be me');
  expect(replies.some((a) => a.type === 'trace')).toBe(false);
});
