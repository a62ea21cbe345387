import { caseToHash, decodeStreamEvent, hashToCase, queueScore } from '../../../src/queue/case-codec';
import type { Case } from '../../../src/queue/case';

const base: Case = {
  id: 'c_1', queue: 'jurist', status: 'claimed', priority: 'high', situation: 'revenge_porn', crisis: true, persona: 'teen',
  language: 'fr', channel: 'webchat', conversationId: 'conv-1', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:01:00.000Z',
  claimedAt: '2026-11-20T10:01:00.000Z', claimedBy: 'alice', age: 15, summary: 'Photos partagées', consentToShare: false,
  coverage: { status: 'covered', policyMasked: 'DEMO-****-0042', guarantees: ['legal', 'psy'] },
};

describe('case codec', () => {
  test('a case survives the hash round trip, booleans and numbers included', () => {
    const hash = caseToHash(base);
    expect(hash).toMatchObject({ crisis: '1', consentToShare: '0', age: '15' });
    expect(hashToCase({ ...hash, seq: '7', createdAtMs: '1', noticedPosition: '2' })).toEqual(base);
  });

  test('an empty hash is a missing case; a bad value is rejected at the boundary', () => {
    expect(hashToCase({})).toBeNull();
    expect(() => hashToCase({ ...caseToHash(base), priority: 'urgent' })).toThrow();
  });

  test('score: any higher priority comes first, then the older sequence, exactly', () => {
    expect(queueScore('emergency', 2 ** 31)).toBeLessThan(queueScore('high', 1));
    expect(queueScore('high', 2 ** 31)).toBeLessThan(queueScore('normal', 1));
    expect(queueScore('normal', 5)).toBeLessThan(queueScore('normal', 6));
    expect(Number.isSafeInteger(queueScore('normal', 2 ** 32 - 1))).toBe(true);
  });

  test('stream events parse with their transcript entry; unknown types are refused', () => {
    const fields = ['type', 'case.message', 'caseId', 'c_1', 'queue', 'jurist', 'priority', 'high', 'at', 'x', 'actor', 'user', 'entry', JSON.stringify({ at: 'x', from: 'user', text: 'hi' })];
    expect(decodeStreamEvent('1-0', fields)).toEqual({ id: '1-0', type: 'case.message', caseId: 'c_1', queue: 'jurist', priority: 'high', at: 'x', actor: 'user', entry: { at: 'x', from: 'user', text: 'hi' } });
    expect(() => decodeStreamEvent('1-1', ['type', 'case.exploded', ...fields.slice(2)])).toThrow();
  });
});
