import { MemoryCaseStore } from '../../src/queue/memory-case-store';
import { caseStoreContract, newCase } from './case-store.contract';

// The embedded store has one process: its "twin" is the same object.
caseStoreContract('memory', async () => {
  const store = new MemoryCaseStore({ transcriptMaxEntries: 5 });
  return { store, twin: store, cleanup: () => store.dispose() };
});

describe('MemoryCaseStore retention', () => {
  test('closed cases are forgotten after closedTtlSeconds', async () => {
    let now = Date.parse('2026-11-20T10:00:00Z');
    const store = new MemoryCaseStore({ closedTtlSeconds: 60, now: () => now });
    const c = (await store.enqueue(newCase())).case;
    await store.close(c.id, 'resolved', 'alice', new Date(now));
    now += 59_000;
    expect(await store.get(c.id)).not.toBeNull();
    now += 2_000;
    expect(await store.get(c.id)).toBeNull();
    expect(await store.list({ status: 'closed' })).toEqual([]);
  });
});
