/**
 * Finds which of a fixed list of strings occur in a text, in one pass over the text (Aho-Corasick automaton):
 * the crisis patterns' required literals (required-literals.ts) are all looked up at once, whatever their number.
 */
export class LiteralScanner {
  /** Transitions per state, keyed by UTF-16 code unit. */
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Indices (into the constructor's list) of the literals that end at each state, suffixes included. */
  private readonly out: number[][] = [[]];

  private readonly count: number;

  constructor(literals: readonly string[]) {
    this.count = literals.length;
    literals.forEach((literal, index) => {
      let state = 0;
      for (let i = 0; i < literal.length; i += 1) {
        const code = literal.charCodeAt(i);
        let to = this.next[state].get(code);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[state].set(code, to);
        }
        state = to;
      }
      this.out[state].push(index);
    });
    // Breadth-first: each state's failure link is the longest proper suffix that is also a path of the trie.
    const queue: number[] = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head];
      for (const [code, to] of this.next[state]) {
        let f = this.fail[state];
        while (f !== 0 && !this.next[f].has(code)) f = this.fail[f];
        const candidate = this.next[f].get(code);
        this.fail[to] = candidate !== undefined && candidate !== to ? candidate : 0;
        this.out[to] = [...this.out[to], ...this.out[this.fail[to]]];
        queue.push(to);
      }
    }
  }

  /** For each literal of the constructor's list, whether it occurs in `text`. */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.count);
    for (const index of this.scanIds(text)) found[index] = 1;
    return found;
  }

  /** Indices (into the constructor's list) of the literals that occur in `text`, each once. */
  scanIds(text: string): number[] {
    const seen = new Set<number>();
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let to = this.next[state].get(code);
      while (to === undefined && state !== 0) {
        state = this.fail[state];
        to = this.next[state].get(code);
      }
      state = to ?? 0;
      for (const index of this.out[state]) seen.add(index);
    }
    return [...seen];
  }
}
