import type { Logger } from '../log';
import type { CaseEvent } from './case';

/** Delivers each case event to every local listener; one failing listener never stops the others. */
export class EventFanOut {
  private readonly listeners = new Set<(event: CaseEvent) => void>();

  add(listener: (event: CaseEvent) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  emit(event: CaseEvent, log: Logger): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (err) {
        log.error('case event listener failed', { type: event.type, caseId: event.caseId, err });
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
