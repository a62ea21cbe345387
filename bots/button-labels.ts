import { LANGUAGES } from '../src/domain/labels';
import type { I18n } from '../src/i18n/i18n';

/** Locale keys whose values are button labels. */
const BUTTON_KEY = /\.choice\.|^common\.(yes|no)$|^guidance\.(next|done)$|^legal\.dontKnow$|^coverage\.noNumber$/;

/**
 * Every button label in both languages. A tapped button ("Une psychologue") is an answer to the
 * open prompt, never a global command, even when the same words would be one if typed freely.
 */
export function buttonLabels(i18n: I18n): Set<string> {
  const labels = new Set<string>();
  for (const language of LANGUAGES) {
    for (const key of i18n.keys(language)) {
      if (!BUTTON_KEY.test(key)) continue;
      for (const persona of ['teen', 'adult'] as const) labels.add(normaliseLabel(i18n.t(language, key, {}, persona)));
    }
  }
  return labels;
}

export function normaliseLabel(text: string): string {
  return text.trim().toLowerCase();
}
