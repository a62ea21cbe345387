import { z } from 'zod';
import { LANGUAGES } from '../domain/labels';
import { ConfigError } from './errors';
import { parseStaffTokens, type StaffAccount } from './staff-tokens';

const csv = z.string().default('').transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0));
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const seconds = (def: number) => z.coerce.number().int().positive().default(def);

/** Every environment variable the app reads (documented one per line in .env.example). */
export const envSchema = z.object({
  /** @default 3978 */
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** @default 0.0.0.0 */
  HOST: z.string().default('0.0.0.0'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  /** @default MultiTenant */
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  REDIS_URL: z.preprocess(emptyToUndefined, z.string().regex(/^rediss?:\/\//, 'expected redis://host:port or rediss://…').optional()),
  /** @default rempart: */
  REDIS_PREFIX: z.string().min(1).default('rempart:'),
  STAFF_TOKENS: z.string().default(''),
  /** @default fr */
  DEFAULT_LOCALE: z.enum(LANGUAGES).default('fr'),
  /** @default info */
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Public base URL of this server, used as the Direct Line serviceUrl; defaults to http://127.0.0.1:PORT. */
  PUBLIC_BASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  /** Extra serviceUrls accepted on /api/messages when MicrosoftAppId is empty (loopback is always accepted). */
  ALLOWED_SERVICE_URLS: csv,
  /** Origins allowed to embed the widget (iframe / script); empty = same origin only. */
  WIDGET_ALLOWED_ORIGINS: csv,
  /** Secret that signs Direct Line tokens; random per process when empty (set it when running several instances). */
  DIRECTLINE_SECRET: z.string().default(''),
  /** @default 1800 */
  DIRECTLINE_TOKEN_TTL_SECONDS: seconds(1800),
  /** Longer messages are answered politely and only their start is read. @default 4000 */
  MAX_MESSAGE_LENGTH: z.coerce.number().int().positive().default(4000),
  /** Conversation and user state expire after this idle time. @default 604800 (7 days) */
  STATE_TTL_SECONDS: seconds(7 * 24 * 3600),
  /** Closed cases and their transcripts expire after this time. @default 2592000 (30 days) */
  CLOSED_CASE_TTL_SECONDS: seconds(30 * 24 * 3600),
  /** Transcript entries kept per case. @default 500 */
  TRANSCRIPT_MAX_ENTRIES: z.coerce.number().int().positive().default(500),
  /** Minutes of waiting before the user gets self-help advice while waiting. @default 5 */
  WAIT_NOTICE_MINUTES: z.coerce.number().positive().default(5),
  /** Below this classifier confidence the bot asks with buttons. @default 0.55 */
  TRIAGE_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.55),
});

export interface Config {
  port: number;
  host: string;
  bot: { appId: string; appPassword: string; appType: string; tenantId: string };
  redis: { url?: string; prefix: string };
  staff: StaffAccount[];
  defaultLocale: (typeof LANGUAGES)[number];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  publicBaseUrl?: string;
  allowedServiceUrls: string[];
  widgetAllowedOrigins: string[];
  directLine: { secret: string; tokenTtlSeconds: number };
  limits: { maxMessageLength: number };
  retention: { stateTtlSeconds: number; closedCaseTtlSeconds: number; transcriptMaxEntries: number };
  handoff: { waitNoticeMinutes: number };
  triage: { minConfidence: number };
}

/** Pure: parses an environment object. Throws one ConfigError that names every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.') || '(env)'}: ${issue.message}`);
  }
  const staff = parseStaffTokens(env.STAFF_TOKENS ?? '');
  problems.push(...staff.problems);
  if (parsed.success && parsed.data.MicrosoftAppId && !parsed.data.MicrosoftAppPassword && parsed.data.MicrosoftAppType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid environment:\n- ${problems.join('\n- ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    bot: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    staff: staff.accounts,
    defaultLocale: e.DEFAULT_LOCALE,
    logLevel: e.LOG_LEVEL,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, ''),
    allowedServiceUrls: e.ALLOWED_SERVICE_URLS,
    widgetAllowedOrigins: e.WIDGET_ALLOWED_ORIGINS,
    directLine: { secret: e.DIRECTLINE_SECRET, tokenTtlSeconds: e.DIRECTLINE_TOKEN_TTL_SECONDS },
    limits: { maxMessageLength: e.MAX_MESSAGE_LENGTH },
    retention: { stateTtlSeconds: e.STATE_TTL_SECONDS, closedCaseTtlSeconds: e.CLOSED_CASE_TTL_SECONDS, transcriptMaxEntries: e.TRANSCRIPT_MAX_ENTRIES },
    handoff: { waitNoticeMinutes: e.WAIT_NOTICE_MINUTES },
    triage: { minConfidence: e.TRIAGE_MIN_CONFIDENCE },
  };
}
