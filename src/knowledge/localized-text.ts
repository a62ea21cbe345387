import { z } from 'zod';
import type { Language, Persona } from '../domain/labels';

/** A user-facing text in both languages; `fr_teen` is the tutoiement variant shown to teenagers. */
export const localizedTextSchema = z.strictObject({
  fr: z.string().min(1),
  fr_teen: z.string().min(1).optional(),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** French teens get `fr_teen` when it exists (tutoiement); everyone else gets `fr` (vouvoiement) or `en`. */
export function localize(text: LocalizedText, language: Language, persona: Persona): string {
  if (language === 'en') return text.en;
  return persona === 'teen' && text.fr_teen !== undefined ? text.fr_teen : text.fr;
}

/** Placeholder values; a LocalizedText value is picked per language (fr_teen inside fr_teen). */
export type TextVars = Record<string, string | number | Date | LocalizedText>;

const numberLocale: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

function formatVar(value: TextVars[string], language: Language, teen: boolean): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(numberLocale[language]).format(value);
  if (value instanceof Date) {
    return new Intl.DateTimeFormat(numberLocale[language], { dateStyle: 'long', timeZone: 'UTC' }).format(value);
  }
  if (language === 'en') return value.en;
  return teen && value.fr_teen !== undefined ? value.fr_teen : value.fr;
}

function fill(template: string, vars: TextVars, language: Language, teen = false): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? formatVar(vars[name], language, teen) : whole);
}

/** Replaces `{name}` placeholders in every variant; numbers and dates are formatted per language (dates as UTC days). */
export function fillLocalized(text: LocalizedText, vars: TextVars): LocalizedText {
  const out: LocalizedText = { fr: fill(text.fr, vars, 'fr'), en: fill(text.en, vars, 'en') };
  if (text.fr_teen !== undefined) out.fr_teen = fill(text.fr_teen, vars, 'fr', true);
  return out;
}
