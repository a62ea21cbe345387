import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, PERSONAS, PRIORITIES, QUEUES, SITUATIONS, CASE_STATUSES, STAFF_ROLES } from '../../../src/domain/labels';
import { CLOSE_OUTCOMES } from '../../../src/server/staff-schemas';

const dir = join(__dirname, '../../../src/web/staff');
const strings = JSON.parse(readFileSync(join(dir, 'i18n.json'), 'utf8')) as { version: number; fr: Record<string, string>; en: Record<string, string> };

describe('staff console strings', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(strings.fr).sort()).toEqual(Object.keys(strings.en).sort());
    for (const lang of ['fr', 'en'] as const) for (const [k, v] of Object.entries(strings[lang])) expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
  });

  it('labels every value set the console shows', () => {
    const needed = [
      ...SITUATIONS.map((s) => `situation.${s}`), ...PERSONAS.map((p) => `persona.${p}`), ...PRIORITIES.map((p) => `priority.${p}`),
      ...QUEUES.map((q) => `queue.${q}`), ...LANGUAGES.map((l) => `language.${l}`), ...CASE_STATUSES.map((s) => `status.${s}`),
      ...STAFF_ROLES.map((r) => `role.${r}`), ...CLOSE_OUTCOMES.map((o) => `outcome.${o}`),
    ];
    expect(needed.filter((k) => !(k in strings.fr))).toEqual([]);
  });

  it('has a string for every data-i18n key of the page and every t() key of the scripts', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const js = ['staff.js', 'staff-render.js'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const keys = [...html.matchAll(/data-i18n="([^"]+)"/g), ...js.matchAll(/\bt\('([a-z]+\.[A-Za-z_.]+)'/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => !(k in strings.fr))).toEqual([]);
  });

  it('keeps the close outcomes of the script in step with the API schema', () => {
    const js = readFileSync(join(dir, 'staff.js'), 'utf8');
    expect(js).toContain(`const OUTCOMES = [${CLOSE_OUTCOMES.map((o) => `'${o}'`).join(', ')}];`);
  });

  it('never inserts data as HTML', () => {
    for (const f of ['staff.js', 'staff-render.js', 'staff-api.js', 'staff-alert.js']) {
      expect({ f, html: /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\(|document\.write\(/.test(readFileSync(join(dir, f), 'utf8')) }).toEqual({ f, html: false });
    }
  });
});
