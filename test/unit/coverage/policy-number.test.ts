import { maskPolicyNumber, normalisePolicyNumber } from '../../../src/coverage/policy-number';

describe('normalisePolicyNumber', () => {
  test.each([
    ['DEMO-2024-0042', 'DEMO-2024-0042'],
    ['  demo-2024-0042 ', 'DEMO-2024-0042'],
    ['demo 2024 0042', 'DEMO-2024-0042'],
    ['DEMO - 2024 - 0042', 'DEMO-2024-0042'],
    ['DEMO–2024—0042', 'DEMO-2024-0042'],
    ['AXA-12AB34', 'AXA-12AB34'],
  ])('%j → %s', (raw, expected) => expect(normalisePolicyNumber(raw)).toBe(expected));

  test.each(['', '42', 'DEMO', '2024-0042', 'DEMO-2024-0042-1-2-3', 'DEMO_2024_0042', 'DEMO-2024-00#2', 'D'.repeat(80), 'DÉMO-2024-0042'])(
    '%j is refused', (raw) => expect(normalisePolicyNumber(raw)).toBeNull());
});

describe('maskPolicyNumber', () => {
  test.each([
    ['DEMO-2024-0042', 'DEMO-****-0042'],
    ['ABC-12-34-5678', 'ABC-**-**-5678'],
    ['AXA-12AB3456', 'AXA-****3456'],
    ['AXA-123', 'AXA-***'],
    ['12345678', '****5678'],
  ])('%s → %s', (n, masked) => expect(maskPolicyNumber(n)).toBe(masked));
});
