import { Conversation, createTestBot, localePattern, t } from '../support/bot-harness';

/** The press-law clock for public insults and defamation, with a fixed "today". */
const today = new Date('2026-11-27T12:00:00Z');

async function toDateQuestion(chat: Conversation): Promise<void> {
  await chat.say('bonjour');
  await chat.say(t('triage.choice.insults'));
  let reply = await chat.sayText(t('persona.choice.adult'));
  while (!localePattern('legal.askDate').test(reply)) reply = await chat.sayText(t('guidance.done'));
}

test('a date 2½ months ago: the deadline, close, with its source', async () => {
  const chat = new Conversation(createTestBot({ now: () => today }));
  await toDateQuestion(chat);
  expect(await chat.sayText('12/09/2026')).toMatch(localePattern('legal.askDiscriminatory'));
  const reply = await chat.sayText(t('common.no'));
  expect(reply).toMatch(localePattern('legal.deadlineClose'));
  expect(reply).toContain('11 décembre 2026');
  expect(reply).toMatch(/https?:\/\//);
});

test('discriminatory insults: one year', async () => {
  const chat = new Conversation(createTestBot({ now: () => today }));
  await toDateQuestion(chat);
  await chat.sayText('01/10/2026');
  const reply = await chat.sayText(t('common.yes'));
  expect(reply).toMatch(localePattern('legal.deadline'));
  expect(reply).toContain('30 septembre 2027');
});

test('an old date: the limit has passed, a jurist can check', async () => {
  const chat = new Conversation(createTestBot({ now: () => today }));
  await toDateQuestion(chat);
  await chat.sayText('03/01/2026');
  expect(await chat.sayText(t('common.no'))).toMatch(localePattern('legal.expired'));
});

test('"je sais pas" moves on without blocking', async () => {
  const chat = new Conversation(createTestBot({ now: () => today }));
  await toDateQuestion(chat);
  const reply = await chat.sayText('jsp');
  expect(reply).toMatch(localePattern('legal.noDate'));
  expect(reply).toMatch(localePattern('coverage.ask'));
});

test('something that is not a date is asked again', async () => {
  const chat = new Conversation(createTestBot({ now: () => today }));
  await toDateQuestion(chat);
  expect(await chat.sayText('euh le truc là')).toMatch(localePattern('legal.retryDate'));
});
