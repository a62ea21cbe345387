import { randomBytes } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import { QUEUES, type QueueName } from '../domain/labels';
import type { Logger } from '../log';
import type { Case, CaseDraft, TranscriptEntry } from '../queue/case';
import type { CaseStore } from '../queue/case-store';
import { CaseClosedError, CaseNotFoundError } from '../queue/errors';
import { auditOutcome } from './close-outcome';
import { SameQueueTransferError } from './errors';
import { priorityFor } from './priority';
import { assertHolder, assertQueue, visibleQueues } from './staff-access';
import type { CaseFilter, HandoffService, QueueStats, QueueTicket, StaffMember, UserNotice, UserNotifier } from './types';
import { createWaitEstimator, type WaitEstimator } from './wait-estimator';

export interface HandoffServiceDeps {
  store: CaseStore;
  notifier: UserNotifier;
  log: Logger;
  /** @default () => new Date() */
  now?: () => Date;
  /** @default createWaitEstimator({ store, now }) */
  estimator?: WaitEstimator;
  /** @default "c_" + 10 random hex digits */
  newCaseId?: () => string;
  /** Stopped by shutdown() when given (see waiting-room.ts). */
  waitingRoom?: { stop(): void };
}

/** The handoff over a CaseStore: user side for dialogs and the bot, staff side for the staff API. */
export function createHandoffService(deps: HandoffServiceDeps): HandoffService {
  const { store, notifier, log } = deps;
  const now = deps.now ?? (() => new Date());
  const estimator = deps.estimator ?? createWaitEstimator({ store, now });
  const newCaseId = deps.newCaseId ?? (() => `c_${randomBytes(5).toString('hex')}`);

  async function mustGet(caseId: string): Promise<Case> {
    const c = await store.get(caseId);
    if (!c) throw new CaseNotFoundError(caseId);
    return c;
  }

  async function ticketFor(c: Case, created: boolean): Promise<QueueTicket> {
    const position = c.status === 'waiting' ? await store.position(c.id) : 0;
    const estimatedWaitMinutes = c.status === 'waiting' ? await estimator.estimate(c.queue, position) : 0;
    return { case: c, created, position, estimatedWaitMinutes };
  }

  /** Tells the user; a user who is gone never makes the staff action fail (logged without text). */
  async function notify(c: Case, notice: UserNotice): Promise<void> {
    try {
      const reference = await store.reference(c.id);
      if (!reference) {
        log.warn('handoff notice skipped: no conversation reference', { caseId: c.id, kind: notice.kind });
        return;
      }
      await notifier.notify({ reference, language: c.language, persona: c.persona }, notice);
    } catch (err) {
      log.warn('handoff notice failed', { caseId: c.id, kind: notice.kind, error: err instanceof Error ? err.name : 'unknown' });
    }
  }

  async function audit(staff: StaffMember, action: string, caseId: string, detail?: string): Promise<void> {
    try {
      await store.appendAudit({ at: now().toISOString(), actor: staff.name, role: staff.role, action, caseId, ...(detail ? { detail } : {}) });
    } catch (err) {
      log.error('audit entry could not be written', { actor: staff.name, action, caseId, err });
    }
  }

  async function staffCase(staff: StaffMember, caseId: string): Promise<Case> {
    const c = await mustGet(caseId);
    assertQueue(staff, c.queue);
    return c;
  }

  return {
    async request(draft: CaseDraft, reference: Partial<ConversationReference>) {
      const at = now().toISOString();
      const { transcript, ...fields } = draft;
      const c: Case = { ...fields, id: newCaseId(), status: 'waiting', priority: priorityFor(draft), createdAt: at, updatedAt: at };
      const result = await store.enqueue({ case: c, reference, transcript: draft.consentToShare ? transcript ?? [] : [] });
      let stored = result.case;
      if (!result.created && draft.crisis && !stored.crisis) stored = await store.raisePriority(stored.id, 'emergency', { crisis: true, actor: 'bot', at: now() });
      log.info('handoff requested', { caseId: stored.id, created: result.created, queue: stored.queue, priority: stored.priority });
      return ticketFor(stored, result.created);
    },

    openCaseFor: (conversationId) => store.getByConversation(conversationId),

    async ticket(caseId) {
      const c = await store.get(caseId);
      return c ? ticketFor(c, false) : null;
    },

    async userMessage(caseId, text) {
      await store.appendTranscript(caseId, { at: now().toISOString(), from: 'user', text }, 'user');
    },

    async escalate(caseId) {
      const c = await store.raisePriority(caseId, 'emergency', { crisis: true, actor: 'bot', at: now() });
      log.warn('handoff case escalated to emergency', { caseId, queue: c.queue, status: c.status });
      return c;
    },

    async cancelByUser(caseId) {
      try {
        await store.cancel(caseId, 'user', now());
      } catch (err) {
        // Already closed or gone: the user's wish is already true.
        if (err instanceof CaseClosedError || err instanceof CaseNotFoundError) return;
        throw err;
      }
    },

    async eraseConversation(conversationId) {
      const erased = await store.eraseConversation(conversationId, now());
      log.info('handoff data erased', { cases: erased.length });
    },

    async list(staff, filter: CaseFilter) {
      if (filter.queue) assertQueue(staff, filter.queue);
      const queues = filter.queue ? [filter.queue] : visibleQueues(staff);
      if (queues.length === QUEUES.length) return store.list({ status: filter.status });
      return store.list({ queue: queues[0], status: filter.status });
    },

    async get(staff, caseId) {
      const c = await staffCase(staff, caseId);
      const transcript: TranscriptEntry[] = await store.transcript(caseId);
      await audit(staff, 'view', caseId);
      return { case: c, transcript };
    },

    async claim(staff, caseId) {
      const before = await staffCase(staff, caseId);
      const c = await store.claim(caseId, staff.name, now());
      if (before.status === 'waiting') {
        await audit(staff, 'claim', caseId);
        await notify(c, { kind: 'claimed', staffName: staff.name, queue: c.queue });
      }
      return c;
    },

    async reply(staff, caseId, text) {
      const c = await staffCase(staff, caseId);
      assertHolder(staff, c, { supervisorNeedsClaim: true });
      await store.appendTranscript(caseId, { at: now().toISOString(), from: 'staff', name: staff.name, text }, staff.name);
      await audit(staff, 'reply', caseId, `${text.length} chars`);
      await notify(c, { kind: 'staff_message', staffName: staff.name, text });
    },

    async transfer(staff, caseId, queue: QueueName) {
      const before = await staffCase(staff, caseId);
      if (before.queue === queue) throw new SameQueueTransferError(caseId, queue);
      assertHolder(staff, before, { supervisorNeedsClaim: false });
      const c = await store.transfer(caseId, queue, staff.name, now());
      await audit(staff, 'transfer', caseId, `${before.queue}->${queue}`);
      await notify(c, { kind: 'transferred', queue });
      return c;
    },

    async close(staff, caseId, outcome) {
      const before = await staffCase(staff, caseId);
      assertHolder(staff, before, { supervisorNeedsClaim: false });
      const c = await store.close(caseId, outcome, staff.name, now());
      await audit(staff, 'close', caseId, auditOutcome(outcome));
      await notify(c, { kind: 'closed', outcome });
      return c;
    },

    async stats(): Promise<QueueStats> {
      const t = now().getTime();
      const entries = await Promise.all(QUEUES.map(async (queue) => {
        const [counts, waiting, median] = await Promise.all([
          store.counts(queue), store.list({ queue, status: 'waiting' }), estimator.medianWaitSeconds(queue),
        ]);
        const oldest = waiting.reduce((min, c) => Math.min(min, Date.parse(c.createdAt)), Infinity);
        const oldestWaitSeconds = Number.isFinite(oldest) ? Math.max(0, Math.round((t - oldest) / 1000)) : null;
        return [queue, { ...counts, oldestWaitSeconds, medianWaitSecondsLastDay: median }] as const;
      }));
      return { queues: Object.fromEntries(entries) as QueueStats['queues'] };
    },

    subscribe: (listener) => store.subscribe(listener),
    healthy: () => store.ping(),

    async shutdown() {
      deps.waitingRoom?.stop();
      await store.dispose();
    },
  };
}
