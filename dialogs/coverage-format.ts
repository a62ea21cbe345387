import type { ConversationProfile } from '../bots/conversation-state';
import type { CoverageResult } from '../src/coverage/check-coverage';
import type { FreeRoute } from '../src/coverage/free-routes';
import { localize } from '../src/knowledge';
import { textFor, type DialogDeps } from './dialog-deps';

/** What the contract covers here, with ceilings, sessions left and conditions; or plainly that it does not. */
export function formatCoverage(deps: DialogDeps, profile: ConversationProfile, result: CoverageResult): string {
  const language = profile.language ?? deps.settings.defaultLocale;
  const l = (text: Parameters<typeof localize>[0]) => localize(text, language, profile.persona);
  const parts: string[] = [];
  if (result.status === 'covered' || result.status === 'partially_covered') {
    parts.push(textFor(deps, profile, `coverage.result.${result.status}`, { product: result.productName ?? '', policy: result.policyMasked ?? '' }));
    for (const g of result.applicable) {
      const conditions = g.conditions.map((c) => `${l(c.text)}${c.toConfirm ? textFor(deps, profile, 'coverage.toConfirm') : ''}`).join(' ');
      parts.push(textFor(deps, profile, 'coverage.guarantee', { name: l(g.name), description: l(g.description), conditions }));
    }
    for (const g of result.notApplicable) parts.push(textFor(deps, profile, 'coverage.notApplicable', { name: l(g.name), reason: l(g.reasonText) }));
    parts.push(textFor(deps, profile, 'coverage.howToClaim'));
  } else if (result.status === 'inactive') {
    parts.push(textFor(deps, profile, 'coverage.result.inactive', { product: result.productName ?? '', reason: result.inactiveText ? l(result.inactiveText) : '' }));
  } else if (result.status === 'not_covered') {
    parts.push(textFor(deps, profile, 'coverage.result.not_covered', { product: result.productName ?? '' }));
    for (const g of result.notApplicable) parts.push(textFor(deps, profile, 'coverage.notApplicable', { name: l(g.name), reason: l(g.reasonText) }));
  }
  if (result.status !== 'covered') parts.push(formatFreeRoutes(deps, profile, result.freeRoutes));
  if (result.demo) parts.push(`_${l(deps.knowledge.coverage.notice)}_`);
  return parts.filter((p) => p.length > 0).join('\n\n');
}

/** Free public help: contacts with their numbers and hours, and guidance steps by title. */
export function formatFreeRoutes(deps: DialogDeps, profile: ConversationProfile, routes: FreeRoute[]): string {
  const language = profile.language ?? deps.settings.defaultLocale;
  const lines = routes.map((route) => {
    if (route.kind === 'contact') {
      const c = deps.knowledge.contact(route.id);
      return c ? textFor(deps, profile, 'crisis.contactLine', { number: c.number, label: localize(c.label, language, profile.persona), when: localize(c.when, language, profile.persona) }) : '';
    }
    const step = deps.knowledge.step(route.id);
    return step ? `• ${localize(step.title, language, profile.persona)}` : '';
  }).filter((line) => line.length > 0);
  return lines.length === 0 ? '' : [textFor(deps, profile, 'coverage.freeRoutes'), ...lines].join('\n');
}
