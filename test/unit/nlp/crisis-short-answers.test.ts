import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedTriage } from './shared-triage';

/**
 * Inside a conversation people answer questions: button labels, ages, dates, contract numbers, yes/no, thanks.
 * None of these is a crisis, and none deserves a gentle check: a false alarm there breaks the conversation
 * for nothing. (The bot also skips crisis checks on exact button labels; the detector must be robust alone.)
 */
const { triage } = sharedTriage();

/** Every button label of the locales: `*.choice.*`, common.yes/no, guidance.next/done, legal.dontKnow, coverage.noNumber. */
function buttonLabels(language: 'fr' | 'en'): string[] {
  const file: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'knowledge', 'locales', `${language}.json`), 'utf8'));
  const wanted = /(^|\.)choice\.|(^|\.)common\.(yes|no)(\.|$)|(^|\.)guidance\.(next|done)(\.|$)|(^|\.)legal\.dontKnow(\.|$)|(^|\.)coverage\.noNumber(\.|$)/;
  const out: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (wanted.test(path)) out.push(node);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) walk(value, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(file, '');
  return out;
}

const LABELS = [...new Set([...buttonLabels('fr'), ...buttonLabels('en')])];

const SHORT_ANSWERS = [
  // ages and who is writing
  "J'ai moins de 18 ans", "j'ai 15 ans", 'jai 14 ans', '16', '17 ans', "I'm 15", 'im 16', 'I am under 18', 'she is 13',
  "c'est ma fille", 'ma fille', 'mon fils', 'my daughter', "it's my son", 'pour moi', 'for my shop', 'je suis sa mère',
  // dates and numbers
  '01/10/2026', '12/03/2025', 'le 3 mars', 'hier soir', 'last week', 'yesterday', 'il y a 2 semaines', '2 weeks ago',
  'DEMO-2024-0042', 'ABC-123456', 'contrat 778899', 'policy number 4455-XY', '0', '42', '2024',
  // yes / no / don't know
  'oui', 'ouais', 'non', 'nan', 'yes', 'yep', 'nope', 'no', 'je sais pas', 'jsp', "I don't know", 'idk', 'peut-être', 'maybe',
  "I don't have it", "je l'ai pas", 'je ne l’ai plus', "I don't have one", 'pas de numéro', 'no number',
  // thanks, ok, navigation
  'merci', 'merci beaucoup', 'thanks', 'thank you', 'ok', 'okay', "d'accord", 'ça marche', 'not now', 'plus tard', 'later',
  'Suivant', 'next', 'continuer', 'fini', 'done', 'Autre chose', 'something else', 'No thanks', 'non merci', 'rien',
  // coverage answers
  'my parents pay', 'mes parents paient', "c'est mon père qui paie", 'the school pays', "l'assurance de ma mère", 'via my employer',
];

describe('short conversational answers are never crises nor gentle checks', () => {
  test('the locales give enough button labels to check', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(30);
  });

  test.each(LABELS)('button label %j', (text) => {
    expect(triage.detectCrisis(text)).toEqual({ crisis: false, gentleCheck: false });
    expect(triage.triage(text).crisis).toBe(false);
  });

  test.each(SHORT_ANSWERS)('short answer %j', (text) => {
    expect(triage.detectCrisis(text)).toEqual({ crisis: false, gentleCheck: false });
  });
});
