import { Conversation, createTestBot, localePattern, t } from '../support/bot-harness';

/** Drives a teen with intimate images shared (revenge_porn) to the coverage question. */
async function toCoverage(chat: Conversation, persona: 'teen' | 'adult' | 'parent' = 'teen'): Promise<void> {
  await chat.say('bonjour');
  await chat.say(t('triage.choice.revenge_porn'));
  let reply = await chat.sayText(t(`persona.choice.${persona}`));
  while (!localePattern('coverage.ask').test(reply)) reply = await chat.sayText(t('guidance.done'));
}

describe('coverage check', () => {
  test('an active school contract: the guarantees that apply, masked number, demo notice', async () => {
    const chat = new Conversation(createTestBot());
    await toCoverage(chat);
    expect(await chat.sayText(t('coverage.choice.yes'))).toMatch(localePattern('coverage.askNumber'));
    const reply = await chat.sayText('demo 2024 0042');
    expect(reply).toContain('DEMO-****-0042');
    expect(reply).not.toContain('DEMO-2024-0042');
    expect(reply).toMatch(/fictifs|fictional/);
    expect(reply).toMatch(localePattern('handoff.offer'));
  });

  test('an unknown contract number: said plainly, free routes given, not blocked', async () => {
    const chat = new Conversation(createTestBot());
    await toCoverage(chat);
    await chat.say(t('coverage.choice.yes'));
    const reply = await chat.sayText('DEMO-9999-9999');
    expect(reply).toMatch(localePattern('coverage.result.unknown_policy'));
    expect(reply).toMatch(localePattern('coverage.freeRoutes'));
    expect(reply).toMatch(localePattern('handoff.offer'));
  });

  test.each(['DEMO-2021-0007', 'DEMO-2023-0101', 'DEMO-2020-0001'])('an inactive contract (%s) is said to be inactive', async (number) => {
    const chat = new Conversation(createTestBot());
    await toCoverage(chat, 'adult');
    await chat.say(t('coverage.choice.yes'));
    const reply = await chat.sayText(number);
    expect(reply).toMatch(localePattern('coverage.result.inactive'));
    expect(reply).toMatch(localePattern('coverage.freeRoutes'));
  });

  test('a malformed number is asked again, then "je l\'ai pas" moves on', async () => {
    const chat = new Conversation(createTestBot());
    await toCoverage(chat);
    await chat.say(t('coverage.choice.yes'));
    expect(await chat.sayText('mon contrat c le bleu')).toMatch(localePattern('coverage.invalidNumber'));
    const reply = await chat.sayText(t('coverage.noNumber'));
    expect(reply).toMatch(localePattern('coverage.skipped'));
    expect(reply).toMatch(localePattern('handoff.offer'));
  });

  test('a teen who does not know is told what to ask their parents, and goes on', async () => {
    const chat = new Conversation(createTestBot());
    await toCoverage(chat, 'teen');
    const reply = await chat.sayText(t('coverage.choice.unknown'));
    expect(reply).toMatch(localePattern('coverage.askParents', 'fr', 'teen'));
    expect(reply).toMatch(localePattern('handoff.offer'));
  });

  test('the coverage found is on the case staff see', async () => {
    const testBot = createTestBot();
    const chat = new Conversation(testBot);
    await toCoverage(chat);
    await chat.say(t('coverage.choice.yes'));
    await chat.say('DEMO-2024-0043');
    await chat.say(t('handoff.choice.psychologist'));
    await chat.say(t('common.yes'));
    const [c] = await testBot.store.list({});
    expect(c.coverage).toMatchObject({ status: 'covered', policyMasked: 'DEMO-****-0043' });
    expect(c.coverage?.guarantees.length).toBeGreaterThan(0);
    expect(c.priority).toBe('high'); // a minor facing intimate images
  });
});
