import type { QueueName } from '../domain/labels';

/**
 * The only place that joins strings into Redis keys. Every key starts with REDIS_PREFIX
 * (default "rempart:") so that several deployments or test runs can share one Redis.
 */
export function createKeys(prefix: string) {
  return {
    prefix,
    /** botbuilder Storage item (conversation/user state). */
    state: (storageKey: string) => `${prefix}state:${storageKey}`,
    case: (id: string) => `${prefix}case:${id}`,
    transcript: (id: string) => `${prefix}case:${id}:transcript`,
    reference: (id: string) => `${prefix}case:${id}:reference`,
    queue: (queue: QueueName) => `${prefix}queue:${queue}`,
    /** Sorted set of claimed cases per queue (score: claim time). */
    claimed: (queue: QueueName) => `${prefix}claimed:${queue}`,
    /** Sorted set of closed cases per queue (score: close time, epoch ms); pruned after retention. */
    closedIndex: (queue: QueueName) => `${prefix}closed:${queue}`,
    seq: () => `${prefix}seq`,
    events: () => `${prefix}events`,
    /** Channel for live fan-out between instances. */
    eventsChannel: () => `${prefix}events:live`,
    conversation: (conversationId: string) => `${prefix}conversation:${conversationId}`,
    /** Sorted set of recent waits (score: claim time, member: caseId:waitSeconds). */
    waits: (queue: QueueName) => `${prefix}waits:${queue}`,
    audit: () => `${prefix}audit`,
    lock: (name: string) => `${prefix}lock:${name}`,
    policy: (policyNumber: string) => `${prefix}policy:${policyNumber}`,
    directline: (conversationId: string) => `${prefix}directline:${conversationId}`,
    directlineActivities: (conversationId: string) => `${prefix}directline:${conversationId}:activities`,
    transcriptIndex: (conversationId: string) => `${prefix}conversation:${conversationId}:cases`,
  };
}
export type Keys = ReturnType<typeof createKeys>;
