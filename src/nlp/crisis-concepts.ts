import type { CrisisFile, CrisisKind } from './knowledge-schemas';
import { LiteralPrefilter } from './literal-prefilter';

/** Which concepts a text holds: only has() is needed, so the patterns can run lazily. */
export interface ConceptPresence {
  has(name: string): boolean;
}

interface Combo {
  kind: CrisisKind;
  all: readonly string[];
  any: readonly string[];
  none: readonly string[];
}

/**
 * Concept-based crisis signals (knowledge/crisis "concepts", "combos", "scorerCues"): instead of one pattern per
 * phrasing, a message is described by the concepts it contains (farewell, giving belongings away, means, a time
 * marker of now, danger nearby, a parent's child...) and a crisis is a combination of them. Both languages' files
 * are merged by concept name, so code-switched messages work.
 */
export class ConceptMatcher {
  /** Per concept name, the indices of its patterns in `fragments`. */
  private readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Every concept pattern on its own: a concept is present when one of them matches. */
  private readonly fragments: readonly RegExp[];
  /** Finds at once which patterns' required literals are in a text (a pattern without them cannot match). */
  private readonly prefilter: LiteralPrefilter;
  private readonly combos: readonly Combo[];
  private readonly cues: readonly string[];

  constructor(files: readonly CrisisFile[]) {
    const fragments = new Map<string, string[]>();
    for (const f of files) for (const [name, list] of Object.entries(f.concepts)) fragments.set(name, [...(fragments.get(name) ?? []), ...list]);
    // Each pattern is prefiltered and tested on its own: joined into one expression per concept (up to 25 patterns),
    // a literal of any of them made the whole concept run, and 'now' or 'danger_near' ran on most messages.
    const patterns = [...fragments.values()].flat();
    this.fragments = patterns.map((p) => new RegExp(p));
    let next = 0;
    this.byName = new Map([...fragments].map(([name, list]) => [name, list.map(() => next++)]));
    this.prefilter = new LiteralPrefilter(patterns.map((p) => [p]));
    // The same combo may be listed in both files: keep one.
    const seen = new Set<string>();
    this.combos = files.flatMap((f) => f.combos).filter((c) => {
      const key = JSON.stringify(c);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    this.cues = [...new Set(files.flatMap((f) => f.scorerCues))];
  }

  /**
   * The concepts present in `text` (normalised, expanded, after the detector's cuts), tested lazily: a concept's
   * pattern runs on the first has() of its name, once, and only when one of its required literals is in the text
   * (one scan finds them all). An ordinary message runs ~50 concepts' checks: as patterns they were half a triage,
   * the scan and the few patterns left cost a fraction of it (see the bench).
   */
  present(text: string): ConceptPresence {
    const known = new Map<string, boolean>();
    let found: Uint8Array | undefined;
    return {
      has: (name: string): boolean => {
        let hit = known.get(name);
        if (hit === undefined) {
          const indices = this.byName.get(name);
          if (indices === undefined) hit = false;
          else {
            const literals = (found ??= this.prefilter.scan(text));
            hit = indices.some((i) => this.prefilter.mayMatch(i, literals) && this.fragments[i].test(text));
          }
          known.set(name, hit);
        }
        return hit;
      },
    };
  }

  /** Every concept name present in `text` (eager; for tools and tests). */
  names(text: string): string[] {
    return [...this.byName].filter(([, indices]) => indices.some((i) => this.fragments[i].test(text))).map(([name]) => name);
  }

  /**
   * Kind of the first combo satisfied by `present`, if any. A "later" in a combo's `none` list means a later day with
   * no marker of now, as everywhere in the detector: "saturday he'll post them. he just wrote he's downstairs".
   */
  combo(present: ConceptPresence): CrisisKind | undefined {
    const absent = (n: string): boolean => !present.has(n) || (n === 'later' && present.has('now'));
    return this.combos.find(
      (c) => c.all.every((n) => present.has(n)) && (c.any.length === 0 || c.any.some((n) => present.has(n))) && c.none.every(absent),
    )?.kind;
  }

  /** True when the learned scorer may be asked: a cue concept is present (or no cue list is configured). */
  cued(present: ConceptPresence, ignore: readonly string[] = []): boolean {
    return this.cues.length === 0 || this.cues.some((n) => !ignore.includes(n) && present.has(n));
  }

  /** Concept names referenced by combos or cues but defined nowhere (a knowledge check). */
  undefinedNames(): string[] {
    const defined = new Set(this.byName.keys());
    const used = [...this.combos.flatMap((c) => [...c.all, ...c.any, ...c.none]), ...this.cues];
    return [...new Set(used.filter((n) => !defined.has(n)))];
  }
}
