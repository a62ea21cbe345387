import type { ConversationReference } from 'botbuilder';
import type { Case, CaseDraft, CaseEvent, TranscriptEntry } from '../queue/case';
import type { QueueName, StaffRole } from '../domain/labels';

/** A member of the helpline staff, from STAFF_TOKENS. */
export interface StaffMember {
  name: string;
  role: StaffRole;
}

/** Where the user stands in the queue. `estimatedWaitMinutes` is null when there is no recent data. */
export interface QueueTicket {
  case: Case;
  /** False when the conversation already had an open case (a second request is not a second case). */
  created: boolean;
  /** 1-based place among waiting cases of the same queue; 0 once claimed or closed. */
  position: number;
  estimatedWaitMinutes: number | null;
}

/** What the handoff tells a user outside a turn; the app turns it into localized text. */
export type UserNotice =
  | { kind: 'staff_message'; staffName: string; text: string }
  | { kind: 'claimed'; staffName: string; queue: QueueName }
  | { kind: 'transferred'; queue: QueueName }
  | { kind: 'closed'; outcome: string }
  | { kind: 'position'; position: number; estimatedWaitMinutes: number | null }
  | { kind: 'still_waiting'; position: number; estimatedWaitMinutes: number | null };

/** Sends a notice to the user of a case, proactively (adapter.continueConversationAsync). */
export interface UserNotifier {
  notify(target: { reference: Partial<ConversationReference>; language: Case['language']; persona: Case['persona'] }, notice: UserNotice): Promise<void>;
}

export interface CaseFilter {
  queue?: QueueName;
  status?: Case['status'];
}

export interface QueueStats {
  queues: Record<QueueName, { waiting: number; claimed: number; oldestWaitSeconds: number | null; medianWaitSecondsLastDay: number | null }>;
}

/**
 * The one door to handoff for dialogs, the bot and the staff API. Implemented over a CaseStore
 * (memory or Redis). Staff methods check the staff member's role and throw QueueForbiddenError.
 */
export interface HandoffService {
  // user side (dialogs, bot)
  request(draft: CaseDraft, reference: Partial<ConversationReference>): Promise<QueueTicket>;
  openCaseFor(conversationId: string): Promise<Case | null>;
  ticket(caseId: string): Promise<QueueTicket | null>;
  userMessage(caseId: string, text: string): Promise<void>;
  /** Crisis seen on a case: priority → emergency, crisis → true, staff alerted (case.escalated). */
  escalate(caseId: string): Promise<Case>;
  cancelByUser(caseId: string): Promise<void>;
  /** "Erase my data": the case link, transcript and any open case of this conversation. */
  eraseConversation(conversationId: string): Promise<void>;
  // staff side
  list(staff: StaffMember, filter: CaseFilter): Promise<Case[]>;
  get(staff: StaffMember, caseId: string): Promise<{ case: Case; transcript: TranscriptEntry[] }>;
  claim(staff: StaffMember, caseId: string): Promise<Case>;
  reply(staff: StaffMember, caseId: string, text: string): Promise<void>;
  transfer(staff: StaffMember, caseId: string, queue: QueueName): Promise<Case>;
  close(staff: StaffMember, caseId: string, outcome: string): Promise<Case>;
  stats(staff: StaffMember): Promise<QueueStats>;
  /** Live case events; returns an unsubscribe function. */
  subscribe(listener: (event: CaseEvent) => void): () => void;
  /** True when the backing store answers (used by /healthz). */
  healthy(): Promise<boolean>;
  /** Stops timers and subscriptions (not the shared Redis connection). */
  shutdown(): Promise<void>;
}
