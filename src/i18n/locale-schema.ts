import { z } from 'zod';

/** A locale value: one string, or a tutoiement variant for teens and a default (vouvoiement). */
export const localeValueSchema = z.union([
  z.string().min(1),
  z.object({ teen: z.string().min(1), default: z.string().min(1) }).strict(),
]);
export type LocaleValue = z.infer<typeof localeValueSchema>;

/** Nested groups of keys; leaves are locale values. Flattened to dotted keys at load. */
export type LocaleTree = { [key: string]: LocaleValue | LocaleTree };
export const localeTreeSchema: z.ZodType<LocaleTree> = z.lazy(() =>
  z.record(z.string(), z.union([localeValueSchema, localeTreeSchema])),
);

export const localeFileSchema = z.object({
  version: z.number().int().positive(),
  strings: localeTreeSchema,
});
