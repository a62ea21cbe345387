import type { ConversationProfile } from '../bots/conversation-state';
import type { GuidanceStep } from '../src/knowledge';
import { localize } from '../src/knowledge';
import { textFor, type DialogDeps } from './dialog-deps';

/** One guidance step as a message: title, text, and its sources as links (every step cites at least one). */
export function formatGuidanceStep(deps: DialogDeps, profile: ConversationProfile, step: GuidanceStep, index: number, total: number): string {
  const language = profile.language ?? deps.settings.defaultLocale;
  const sources = step.sources
    .map((id) => deps.knowledge.sources.get(id))
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
    .map((s) => `[${s.publisher}](${s.url})`)
    .join(', ');
  return textFor(deps, profile, 'guidance.step', {
    index,
    total,
    title: localize(step.title, language, profile.persona),
    text: localize(step.text, language, profile.persona),
    sources,
  });
}
