import { parse, type RootNode } from 'regjsparser';

/** Past this many strings, a set of exact strings is not expanded further (a cartesian product grows fast). */
const MAX_EXACT = 64;

type Node = RootNode<{ lookbehind: true; namedGroups: true }>;

/**
 * Strings of which every match of the regular expression `source` contains at least one: when none of them is in a
 * text, the pattern cannot match it and need not run. Undefined when no such set can be proven (a pattern that may
 * match the empty string or only classes like \w+): the pattern must always run. Sound by construction: only what a
 * match must consume is counted; zero-width parts (\b, ^, lookarounds) are read as the empty string.
 *
 * Of the candidate sets, the one whose shortest string is longest is kept (the rarer it is in a text, the more
 * scans it saves), then each string shrinks to its longest word: "\b(?:je|j) (?:vais|veux) (?:me tuer|mourir)\b" gives
 * ["vais", "veux", "mourir"].
 */
export function requiredLiterals(source: string): string[] | undefined {
  let found = cache.get(source);
  if (found === undefined) {
    const set = required(parse(source, '', { lookbehind: true, namedGroups: true }) as Node);
    found = set === undefined || shortest(set) === 0 ? null : [...new Set(set.map(keyword))];
    cache.set(source, found);
  }
  return found ?? undefined;
}

/** Patterns are shared by the merged and the per-language detectors: each is analysed once. */
const cache = new Map<string, string[] | null>();

/**
 * The longest word of a literal, which it contains and so every match contains too: fewer, shorter strings to look
 * for ("je vais mourir" and "tu vas mourir" both become "mourir"). A literal whose words are all short stays whole.
 */
function keyword(literal: string): string {
  const longest = literal.split(' ').reduce((best, word) => (word.length > best.length ? word : best), '');
  return longest.length >= 4 ? longest : literal;
}

function shortest(set: readonly string[]): number {
  return set.reduce((min, s) => Math.min(min, s.length), Infinity);
}

/** Every string the node can match, when there are few of them (at most MAX_EXACT); undefined otherwise. */
function exact(node: Node): string[] | undefined {
  switch (node.type) {
    case 'value':
      return [String.fromCodePoint(node.codePoint)];
    case 'anchor':
      return [''];
    case 'characterClass': {
      if (node.negative) return undefined;
      const out: string[] = [];
      for (const item of node.body) {
        if (item.type !== 'value') return undefined;
        out.push(String.fromCodePoint(item.codePoint));
      }
      return out.length > 0 && out.length <= MAX_EXACT ? out : undefined;
    }
    case 'group':
      return node.behavior === 'normal' || node.behavior === 'ignore' ? sequenceExact(node.body as Node[]) : [''];
    case 'alternative':
      return sequenceExact(node.body as Node[]);
    case 'disjunction': {
      const out: string[] = [];
      for (const alternative of node.body) {
        const set = exact(alternative as Node);
        if (set === undefined) return undefined;
        out.push(...set);
      }
      return out.length <= MAX_EXACT ? out : undefined;
    }
    case 'quantifier': {
      if (node.max === undefined || node.max > 3) return undefined;
      const body = exact(node.body[0] as Node);
      if (body === undefined) return undefined;
      const out: string[] = [];
      let power = [''];
      for (let n = 0; n <= node.max; n += 1) {
        if (n >= node.min) out.push(...power);
        power = product(power, body);
        if (power.length > MAX_EXACT) return undefined;
      }
      return out.length <= MAX_EXACT ? out : undefined;
    }
    default:
      return undefined;
  }
}

function product(left: readonly string[], right: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of left) for (const r of right) out.push(l + r);
  return out;
}

function sequenceExact(body: readonly Node[]): string[] | undefined {
  let out = [''];
  for (const term of body) {
    const set = exact(term);
    if (set === undefined) return undefined;
    out = product(out, set);
    if (out.length > MAX_EXACT) return undefined;
  }
  return out;
}

/** A set of strings one of which every match contains, or undefined when none can be proven. */
function required(node: Node): string[] | undefined {
  switch (node.type) {
    case 'alternative':
      return sequenceRequired(node.body as Node[]);
    case 'group':
      return node.behavior === 'normal' || node.behavior === 'ignore' ? sequenceRequired(node.body as Node[]) : undefined;
    case 'disjunction': {
      const out: string[] = [];
      for (const alternative of node.body) {
        const set = required(alternative as Node);
        if (set === undefined || shortest(set) === 0) return undefined;
        out.push(...set);
      }
      return out;
    }
    case 'quantifier':
      return node.min >= 1 ? required(node.body[0] as Node) : undefined;
    default: {
      const set = exact(node);
      return set === undefined || shortest(set) === 0 ? undefined : set;
    }
  }
}

/**
 * In a sequence, runs of terms with few exact strings are multiplied out into whole strings ("mour" + [ie] + "r");
 * any run, or any other term's own required set, is a valid answer: the best is kept.
 */
function sequenceRequired(body: readonly Node[]): string[] | undefined {
  const candidates: string[][] = [];
  let run: string[] | undefined;
  const closeRun = (): void => {
    if (run !== undefined && shortest(run) > 0) candidates.push(run);
    run = undefined;
  };
  for (const term of body) {
    const set = exact(term);
    if (set !== undefined) {
      const next = product(run ?? [''], set);
      if (next.length <= MAX_EXACT) {
        run = next;
        continue;
      }
      closeRun();
      run = set;
      continue;
    }
    closeRun();
    const inner = required(term);
    if (inner !== undefined && shortest(inner) > 0) candidates.push(inner);
  }
  closeRun();
  if (candidates.length === 0) return undefined;
  return candidates.reduce((best, c) => (shortest(c) > shortest(best) || (shortest(c) === shortest(best) && c.length < best.length) ? c : best));
}
