import { QUEUES, type QueueName } from '../domain/labels';
import type { Case } from '../queue/case';
import { CaseNotClaimedError, QueueForbiddenError } from '../queue/errors';
import type { StaffMember } from './types';

/** Psychologists see the psychologist queue, jurists the jurist queue, supervisors all of them. */
export function visibleQueues(staff: StaffMember): QueueName[] {
  return staff.role === 'supervisor' ? [...QUEUES] : [staff.role];
}

export function assertQueue(staff: StaffMember, queue: QueueName): void {
  if (!visibleQueues(staff).includes(queue)) throw new QueueForbiddenError(staff.name, queue);
}

/** Reply, transfer and close need the case claimed by this staff member; supervisors may act on any case. */
export function assertHolder(staff: StaffMember, c: Case, options: { supervisorNeedsClaim: boolean }): void {
  if (staff.role === 'supervisor' && (!options.supervisorNeedsClaim || c.status === 'claimed')) return;
  if (c.status !== 'claimed') throw new CaseNotClaimedError(c.id, 'is not claimed: claim it first');
  if (c.claimedBy !== staff.name) throw new CaseNotClaimedError(c.id, `is claimed by ${c.claimedBy}, not by ${staff.name}`);
}
