import { KNOWN_PERSONAS, SITUATIONS, type KnownPersona, type Situation } from '../../src/domain/labels';
import { legalClockApplies, localize } from '../../src/knowledge';
import { buttons, Conversation, createTestBot, localePattern, sharedParts, t, texts } from '../support/bot-harness';

/**
 * Every situation × persona path through the real bot on botbuilder's TestAdapter: buttons for the
 * situation and the persona, guidance with sources, legal clock where it applies, coverage, handoff offer.
 */
const paths: [Situation, KnownPersona][] = SITUATIONS.flatMap((s) => KNOWN_PERSONAS.map((p) => [s, p] as [Situation, KnownPersona]));

describe.each(paths)('path %s × %s', (situation, persona) => {
  test('welcome → situation → persona → guidance → coverage → handoff offer', async () => {
    const { knowledge } = sharedParts();
    const testBot = createTestBot();
    const chat = new Conversation(testBot);
    const voice = persona === 'teen' ? 'teen' : 'adult';

    let replies = await chat.say('bonjour');
    expect(texts(replies).join('\n')).toMatch(localePattern('welcome.intro'));
    expect(texts(replies).join('\n')).toMatch(localePattern('triage.askSituation'));
    expect(buttons(replies)).toContain(t(`triage.choice.${situation}`));

    replies = await chat.say(t(`triage.choice.${situation}`));
    expect(texts(replies).join('\n')).toMatch(localePattern(`triage.understood.${situation}`));
    expect(buttons(replies)).toContain(t(`persona.choice.${persona}`));

    replies = await chat.say(t(`persona.choice.${persona}`));
    if (situation === 'threats') {
      expect(texts(replies).join('\n')).toMatch(localePattern('safety.askDanger', 'fr', voice));
      replies = await chat.say(t('common.no'));
      expect(texts(replies).join('\n')).toMatch(localePattern('safety.notInDanger', 'fr', voice));
    }
    const steps = knowledge.guidanceFor(situation, persona);
    expect(steps.length).toBeGreaterThan(0);
    const shown = texts(replies).join('\n');
    expect(shown).toMatch(localePattern('guidance.intro', 'fr', voice));
    expect(shown).toContain(localize(steps[0].title, 'fr', persona));
    expect(shown).toContain(knowledge.sources.get(steps[0].sources[0])!.url);

    if (steps.length > 2) {
      expect(buttons(replies)).toContain(t('guidance.next'));
      replies = await chat.say(t('guidance.next'));
      expect(texts(replies).join('\n')).toContain(localize(steps[2].title, 'fr', persona));
      if (steps.length > 4) replies = await chat.say(t('guidance.done'));
    }
    if (legalClockApplies(situation, knowledge.legal)) {
      expect(texts(replies).join('\n')).toMatch(localePattern('legal.askDate', 'fr', voice));
      replies = await chat.say(t('legal.dontKnow'));
      expect(texts(replies).join('\n')).toMatch(localePattern('legal.noDate', 'fr', voice));
    }
    expect(texts(replies).join('\n')).toMatch(localePattern('coverage.ask', 'fr', voice));
    replies = await chat.say(t('coverage.choice.no'));
    expect(texts(replies).join('\n')).toMatch(localePattern('coverage.noContract', 'fr', voice));
    expect(texts(replies).join('\n')).toMatch(localePattern('handoff.offer', 'fr', voice));

    replies = await chat.say(t('handoff.choice.none'));
    expect(texts(replies).join('\n')).toMatch(localePattern('handoff.declined', 'fr', voice));
    expect(texts(replies).join('\n')).toMatch(localePattern('end.anythingElse', 'fr', voice));
    expect(await testBot.store.list({})).toHaveLength(0);
  });
});
