import { ConversationState, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { createStateAccessors } from '../../bots/conversation-state';
import { RempartBot, type BotDeps } from '../../bots/rempart-bot';
import { createTurnErrorHandler } from '../../src/adapters/turn-error-handler';
import { MemoryPolicyRegistry } from '../../src/coverage/policy-registry';
import { createHandoffService } from '../../src/handoff/handoff-service';
import type { HandoffService } from '../../src/handoff/types';
import { RecordingNotifier } from './recording-notifier';
import { loadI18n, type I18n } from '../../src/i18n/i18n';
import { loadKnowledge, type Knowledge } from '../../src/knowledge';
import { silentLogger } from '../../src/log';
import { loadTriage, type Triage } from '../../src/nlp';
import { MemoryCaseStore } from '../../src/queue/memory-case-store';
import type { Language, Persona } from '../../src/domain/labels';

// Loaded once per test file: the real knowledge, locales and triage model, as the app uses them.
let shared: { knowledge: Knowledge; i18n: I18n; triage: Triage } | undefined;
export function sharedParts(): { knowledge: Knowledge; i18n: I18n; triage: Triage } {
  shared ??= { knowledge: loadKnowledge(), i18n: loadI18n(), triage: loadTriage() };
  return shared;
}

export interface TestBot {
  adapter: TestAdapter;
  bot: RempartBot;
  deps: BotDeps;
  handoff: HandoffService;
  store: MemoryCaseStore;
  notifier: RecordingNotifier;
  storage: Storage;
}

/** The real RempartBot on botbuilder's TestAdapter, with embedded stores. */
export function createTestBot(options: { channelId?: string; now?: () => Date; handoff?: HandoffService; maxMessageLength?: number } = {}): TestBot {
  const { knowledge, i18n, triage } = sharedParts();
  const storage = new MemoryStorage();
  const state = createStateAccessors(new ConversationState(storage));
  const store = new MemoryCaseStore();
  const notifier = new RecordingNotifier();
  const now = options.now ?? (() => new Date());
  const handoff = options.handoff ?? createHandoffService({ store, notifier, log: silentLogger, now });
  const deps: BotDeps = {
    i18n, triage, knowledge, handoff, state, now,
    policies: new MemoryPolicyRegistry(knowledge.demoPolicies),
    log: silentLogger,
    maxMessageLength: options.maxMessageLength ?? 4000,
    settings: { minConfidence: 0.55, stateTtlSeconds: 7 * 24 * 3600, defaultLocale: 'fr', guidanceBatch: 2 },
  };
  const bot = new RempartBot(deps);
  const channelId = options.channelId ?? 'webchat';
  const adapter = new TestAdapter((context) => bot.run(context), { channelId, locale: 'fr-FR' }, channelId === 'emulator');
  adapter.onTurnError = createTurnErrorHandler({ log: silentLogger, apology: (c, e) => bot.apology(c, e), resetDialogs: (c) => bot.resetDialogs(c) });
  return { adapter, bot, deps, handoff, store, notifier, storage };
}

/** Drives one conversation turn by turn and returns the bot's replies of each turn. */
export class Conversation {
  constructor(private readonly testBot: TestBot) {}

  async say(text: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const adapter = this.testBot.adapter;
    const activity = typeof text === 'string' ? { type: 'message', text } : { type: 'message', ...text };
    await adapter.processActivity(activity as Activity);
    return this.drain();
  }

  /** Replies texts only, joined, for contains-style assertions. */
  async sayText(text: string | Partial<Activity>): Promise<string> {
    return texts(await this.say(text)).join('\n---\n');
  }

  drain(): Partial<Activity>[] {
    const replies: Partial<Activity>[] = [];
    const queue = this.testBot.adapter.activeQueue;
    while (queue.length > 0) replies.push(queue.shift()!);
    return replies;
  }
}

export function texts(activities: Partial<Activity>[]): string[] {
  return activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');
}

/** Button labels offered in these replies (suggested actions or hero card buttons). */
export function buttons(activities: Partial<Activity>[]): string[] {
  const out: string[] = [];
  for (const a of activities) {
    for (const action of a.suggestedActions?.actions ?? []) out.push(String(action.title));
    for (const att of a.attachments ?? []) {
      for (const b of ((att.content as { buttons?: { title: string }[] } | undefined)?.buttons ?? [])) out.push(b.title);
    }
  }
  return out;
}

/**
 * A regular expression matching a locale string whatever its variables: `{name}` becomes a wildcard.
 * Matches either the teen or the default variant.
 */
export function localePattern(key: string, language: Language | 'any' = 'fr', persona?: Persona): RegExp {
  const { i18n } = sharedParts();
  const languages: Language[] = language === 'any' ? ['fr', 'en'] : [language];
  const variants = languages.flatMap((l) => (persona
    ? [i18n.t(l, key, {}, persona)]
    : [i18n.t(l, key, {}, 'teen'), i18n.t(l, key, {}, 'adult')]));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '[\\s\\S]*?');
  return new RegExp(variants.map(escape).join('|'));
}

export function t(key: string, language: Language = 'fr', persona: Persona = 'adult', vars: Record<string, string | number> = {}): string {
  return sharedParts().i18n.t(language, key, vars, persona);
}
