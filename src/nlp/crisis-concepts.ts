import type { CrisisFile, CrisisKind } from './knowledge-schemas';

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
  private readonly concepts: ReadonlyArray<{ name: string; re: RegExp }>;
  private readonly combos: readonly Combo[];
  private readonly cues: readonly string[];

  constructor(files: readonly CrisisFile[]) {
    const fragments = new Map<string, string[]>();
    for (const f of files) for (const [name, list] of Object.entries(f.concepts)) fragments.set(name, [...(fragments.get(name) ?? []), ...list]);
    this.concepts = [...fragments].map(([name, list]) => ({ name, re: new RegExp(list.map((p) => `(?:${p})`).join('|')) }));
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

  /** Names of the concepts present in `text` (normalised, expanded, after the detector's cuts). */
  present(text: string): Set<string> {
    const out = new Set<string>();
    for (const c of this.concepts) if (c.re.test(text)) out.add(c.name);
    return out;
  }

  /** Kind of the first combo satisfied by `present`, if any. */
  combo(present: ReadonlySet<string>): CrisisKind | undefined {
    return this.combos.find(
      (c) => c.all.every((n) => present.has(n)) && (c.any.length === 0 || c.any.some((n) => present.has(n))) && !c.none.some((n) => present.has(n)),
    )?.kind;
  }

  /** True when the learned scorer may be asked: a cue concept is present (or no cue list is configured). */
  cued(present: ReadonlySet<string>): boolean {
    return this.cues.length === 0 || this.cues.some((n) => present.has(n));
  }

  /** Concept names referenced by combos or cues but defined nowhere (a knowledge check). */
  undefinedNames(): string[] {
    const defined = new Set(this.concepts.map((c) => c.name));
    const used = [...this.combos.flatMap((c) => [...c.all, ...c.any, ...c.none]), ...this.cues];
    return [...new Set(used.filter((n) => !defined.has(n)))];
  }
}
