import { LiteralScanner } from './literal-scanner';
import { requiredLiterals } from './required-literals';

/**
 * Tells, in one scan of a text, which groups of regular expressions may match it: a group whose every pattern needs
 * a literal (required-literals.ts) that is not in the text cannot. A group with a pattern that has no provable
 * literal always may. Used to run only the few crisis patterns and concepts that have a chance on a message.
 */
export class LiteralPrefilter {
  /** Literal indices per group; undefined: the group always runs. */
  private readonly groups: ReadonlyArray<readonly number[] | undefined>;
  private readonly scanner: LiteralScanner;
  /** Groups per literal (the inverse of `groups`), and the groups that always run. */
  private readonly byLiteral: readonly number[][];
  private readonly always: readonly number[];

  constructor(groups: ReadonlyArray<readonly string[]>) {
    const literals: string[] = [];
    const indexOf = new Map<string, number>();
    const idOf = (literal: string): number => {
      let id = indexOf.get(literal);
      if (id === undefined) {
        id = literals.push(literal) - 1;
        indexOf.set(literal, id);
      }
      return id;
    };
    this.groups = groups.map((patterns) => {
      const ids = new Set<number>();
      for (const pattern of patterns) {
        const required = requiredLiterals(pattern);
        if (required === undefined) return undefined;
        for (const literal of required) ids.add(idOf(literal));
      }
      return [...ids];
    });
    this.scanner = new LiteralScanner(literals);
    const byLiteral: number[][] = literals.map(() => []);
    const always: number[] = [];
    this.groups.forEach((ids, group) => {
      if (ids === undefined) always.push(group);
      else for (const id of ids) byLiteral[id].push(group);
    });
    this.byLiteral = byLiteral;
    this.always = always;
  }

  /**
   * The groups that may match `text`, in ascending order: from the literals found, not by testing every group (the
   * crisis signals are ~650 groups, a message holds a few of their literals).
   */
  candidates(text: string): number[] {
    const groups = new Set<number>(this.always);
    for (const id of this.scanner.scanIds(text)) for (const group of this.byLiteral[id]) groups.add(group);
    return [...groups].sort((a, b) => a - b);
  }

  /** The literals found in `text`, for mayMatch(). */
  scan(text: string): Uint8Array {
    return this.scanner.scan(text);
  }

  /** False when group `index` cannot match the text that `found` was scanned from. */
  mayMatch(index: number, found: Uint8Array): boolean {
    const ids = this.groups[index];
    return ids === undefined || ids.some((id) => found[id] === 1);
  }
}
