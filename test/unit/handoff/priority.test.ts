import { priorityFor } from '../../../src/handoff/priority';

describe('priorityFor', () => {
  test.each([
    [{ crisis: true, persona: 'adult', situation: 'insults' }, 'emergency'],
    [{ crisis: true, persona: 'teen', situation: 'revenge_porn' }, 'emergency'],
    [{ crisis: false, persona: 'teen', situation: 'revenge_porn' }, 'high'],
    [{ crisis: false, persona: 'teen', situation: 'threats' }, 'high'],
    [{ crisis: false, persona: 'parent', age: 15, situation: 'threats' }, 'high'],
    [{ crisis: false, persona: 'unknown', age: 17, situation: 'revenge_porn' }, 'high'],
    [{ crisis: false, persona: 'adult', age: 18, situation: 'revenge_porn' }, 'normal'],
    [{ crisis: false, persona: 'adult', situation: 'threats' }, 'normal'],
    [{ crisis: false, persona: 'teen', situation: 'insults' }, 'normal'],
    [{ crisis: false, persona: 'professional', situation: 'rumours' }, 'normal'],
  ] as const)('%j → %s', (input, expected) => {
    expect(priorityFor(input)).toBe(expected);
  });
});
