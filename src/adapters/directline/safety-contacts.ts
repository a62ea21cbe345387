import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const localized = z.object({ fr: z.string(), en: z.string() });
/** The part of knowledge/contacts.json the widget's safety note shows (the file's owner validates the rest). */
const contactsFileSchema = z.object({
  crisis: z.array(z.string()),
  contacts: z.array(z.looseObject({ id: z.string(), number: z.string(), kind: z.string(), label: localized, sources: z.array(z.string()) })),
});

export interface SafetyContact {
  number: string;
  kind: string;
  label: { fr: string; en: string };
  sources: string[];
}

/** Finds `knowledge/` above this file (works from src/ and from dist/). */
export function findKnowledgeDir(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'knowledge', 'contacts.json'))) return join(dir, 'knowledge');
    if (dirname(dir) === dir) return undefined;
  }
}

/** The crisis contacts in their order, or undefined when the file is absent (the page then shows only its 112 line). */
export function loadSafetyContacts(knowledgeDir: string | undefined): SafetyContact[] | undefined {
  const file = knowledgeDir ? join(knowledgeDir, 'contacts.json') : undefined;
  if (!file || !existsSync(file)) return undefined;
  const parsed = contactsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.crisis.flatMap((id) => {
    const contact = parsed.contacts.find((c) => c.id === id);
    return contact ? [{ number: contact.number, kind: contact.kind, label: contact.label, sources: contact.sources }] : [];
  });
}
