import type { Language } from '../domain/labels';
import type { CrisisScorer } from './crisis-scorer';
import type { CrisisFile, CrisisKind } from './knowledge-schemas';
import { ConceptMatcher, type ConceptPresence } from './crisis-concepts';
import { LiteralPrefilter } from './literal-prefilter';
import type { CrisisResult } from './types';

/**
 * Crisis detection tuned for recall, on normalised and slang-expanded text, with the patterns of knowledge/crisis.
 * Order (documented in knowledge/crisis/*.json "policy"):
 * 1. idioms and hyperbole are cut out ("mort de rire", "this homework is killing me", "je vais le tuer ce prof mdr");
 * 2. reported speech is cut out ("ils me disent de me suicider", "they tell me to kys"): harassment, not the writer's
 *    own ideation, but it sets gentleCheck;
 * 3. negations are cut out ("je ne veux pas mourir", "i don't want to die"). Decision: the writer says it is not a
 *    plan, so crisis is false (emergency contacts would feel like not being listened to), but gentleCheck is true so
 *    the bot asks softly how they feel. Anything else in the message still counts: "je ne veux pas mourir mais j'ai
 *    tout préparé" is a crisis;
 * 4. signals on what remains: crisis true with the kind of the first signal that matched (danger first, since it
 *    needs the fastest answer, then suicide, then self-harm). A danger signal next to a later day ("demain",
 *    "monday") and no marker of now is a threat for later, not a crisis (gentleCheck only);
 * 4a. concepts (knowledge/crisis "concepts"/"combos", see crisis-concepts.ts): a farewell with a time, giving
 *    belongings away, pills taken, current self-harm or purging, a parent's child in danger, a harasser on the way
 *    now... crisis true with the combo's kind;
 * 4b. when no pattern matched, the learned CrisisScorer (if given) reads what remains (if at least `scorerMinTokens`
 *    words remain and one of the "scorerCues" concepts is present: without any word of death, means, farewell,
 *    self-harm or danger its output was noise on ordinary sentences); at or above
 *    `scorerThreshold` it is a crisis too (recall first: it catches phrasings no pattern lists); without a cue the
 *    uncued threshold applies, and a danger it is at least `scorerDangerAloneThreshold` sure of counts unless a
 *    later day, a joke or a meeting is said. Settled messages (step 3b: an old episode, fiction, a denied rumour, a
 *    post by an impersonator, a school topic, a game...) never reach it.
 *    Below that but at or above `scorerGentleThreshold`, gentleCheck is set: a safety net for phrasings the
 *    patterns miss and the scorer is unsure about;
 * 5. gentle patterns (distress without a plan: "j'en peux plus") set gentleCheck only.
 */
const KIND_ORDER: readonly CrisisKind[] = ['danger', 'suicide', 'self_harm'];
const CUT = ' _ ';
/** Words after a marker of what others say about the writer that are read as theirs, when no denial comes first. */
const OTHERS_SAY_WORDS = 10;
/** Fewer words than this, and a scorer probability in the gray zone does not set gentleCheck. */
const GENTLE_MIN_TOKENS = 6;

export class CrisisDetector {
  /** In KIND_ORDER; only the few whose literals are in a message are visited and run (see literal-prefilter.ts). */
  private readonly signals: ReadonlyArray<{ kind: CrisisKind; re: RegExp }>;
  private readonly signalFilter: LiteralPrefilter;
  // Each of these lists is compiled into ONE alternation: a single scan per list.
  private readonly idioms: RegExp;
  private readonly reported: RegExp;
  private readonly negations: RegExp;
  private readonly gentle: RegExp;
  private readonly concepts: ConceptMatcher;
  /** Markers of what others say or post about the writer ("ils disent que", "a fake account posted"), and denials. */
  private readonly othersSay: RegExp;
  private readonly denial: RegExp;

  private scorer: CrisisScorer | undefined;

  constructor(
    files: readonly CrisisFile[],
    private readonly scorerThreshold = 0.15,
    /** Scorer probability from which a non-crisis message still gets gentleCheck (a soft question, no alarm). */
    private readonly scorerGentleThreshold = 0.05,
    /**
     * Fewer words than this left after the cuts, and the scorer is not asked: on "hier soir", "01/10/2026" or a
     * button label its output is mostly bias. Short crisis messages ("jvais sauter") are the patterns' job.
     */
    private readonly scorerMinTokens = 4,
    /** true: the scorer is asked only when a "scorerCues" concept is present; false: on every long enough message. */
    private readonly scorerNeedsCue = true,
    /**
     * Without a cue concept the scorer needs this probability, and a danger it sees is not enough: on ordinary
     * sentences ("thanks for everything, have a good night", "my dad is coming home in 10 minutes") it reached 0.8-1.
     * A polite closing ("polite" concept) is never enough either.
     */
    private readonly scorerUncuedThreshold = 0.85,
    /**
     * A danger the scorer is this sure of counts with no marker at all, unless a later day, a joke or a meeting is
     * said ("he broke the back door. im under my bed"). Above 1: never.
     */
    private readonly scorerDangerAloneThreshold = 2,
    /**
     * When the words of death are in what others say about the writer, who denies it (disowned() or settledBy
     * 'denial'), the scorer needs this probability: it reads the writer's own words too. Above 1: never.
     */
    private readonly scorerDeniedThreshold = 2,
    /**
     * From this probability the scorer is believed over the filters meant for ordinary sentences (a polite closing,
     * a meeting, a danger with no concept, the imminence check): "merci pour tout frérot, prends soin de ma chienne",
     * "il est garé devant chez nous depuis une heure". Not over a joke, a treatment, a later day or a settled message.
     */
    private readonly scorerSureThreshold = 2,
    /**
     * Below this many words read by the scorer, and with no cue but the weak ones (WEAK_CUES), it needs at least
     * `scorerShortThreshold` to flag a crisis: on short ordinary messages ("je suis seule chez moi ce soir, mes parents
     * sont sortis", "i can't take it anymore") its probability is a few weights and moved over the cued and uncued
     * thresholds from one retraining to the next. On twelve sets not trained on (Q, R, Y, CO-CQ, DA-DF), no crisis of
     * fewer than 16 words was caught by the scorer alone under 0.58, five ordinary messages were flagged at 0.30-0.48
     * (session 4). A specific cue (someone near the door, pills stockpiled) keeps the usual thresholds.
     */
    private readonly scorerShortTokens = 0,
    private readonly scorerShortThreshold = 0,
  ) {
    const all = <T>(pick: (f: CrisisFile) => readonly T[]): T[] => files.flatMap((f) => [...pick(f)]);
    const union = (patterns: readonly string[], flags = ''): RegExp =>
      new RegExp(patterns.length === 0 ? '(?!)' : patterns.map((p) => `(?:${p})`).join('|'), flags);
    const signals = all((f) => f.signals);
    // One pattern each, run only when the literal scan says it may match: ~5 of ~300 on a message. (Alternations of
    // 40 were 0.024 ms a message, 0.38 ms as 3 unions of ~190: past ~100 alternatives V8 leaves its fast path.)
    const ordered = KIND_ORDER.flatMap((kind) => signals.filter((s) => s.kind === kind));
    this.signals = ordered.map((s) => ({ kind: s.kind, re: new RegExp(s.pattern) }));
    this.signalFilter = new LiteralPrefilter(ordered.map((s) => [s.pattern]));
    this.idioms = union(all((f) => f.idioms), 'g');
    this.reported = union(all((f) => f.reported), 'g');
    this.negations = union(all((f) => f.negations), 'g');
    this.gentle = union(all((f) => f.gentle));
    this.concepts = new ConceptMatcher(files);
    const concept = (name: string): string[] => files.flatMap((f) => f.concepts[name] ?? []);
    this.othersSay = union(concept('others_say'), 'g');
    this.denial = union(concept('denied'), 'g');
  }

  /** Concepts of a present act or plan of the writer's own, which no denial, joke or game context cancels. */
  private static readonly OWN_SIGNALS = ['farewell', 'note', 'plan', 'giveaway', 'scars_more', 'stash', 'intrusion', 'hiding', 'will', 'tidy', 'rehearsal', 'firearm_held', 'no_future', 'research', 'if_gone'] as const;

  /** Acts of the writer's own (a goodbye included) that a song, a film or an influencer in the same message does not turn into fiction. */
  private static readonly STRONG_OWN = ['hiding', 'research', 'plan', 'stash', 'rehearsal', 'giveaway', 'no_future', 'will', 'note', 'farewell', 'farewell_soft'] as const;

  /** Concepts that say harm or fear in a danger: what turns a time and a place into an emergency. */
  private static readonly HARM = ['danger_threat', 'threat_me', 'harm_intent', 'fear', 'hiding'] as const;

  /** Cue concepts too common in ordinary short messages to vouch for the scorer there (see scorerShortTokens). */
  private static readonly WEAK_CUES = ['cue', 'exhausted', 'fear', 'disappear'] as const;

  /** Concepts of the writer's own ideation or self-harm. */
  private static readonly IDEATION = [
    'farewell', 'farewell_soft', 'note', 'giveaway', 'finality', 'disappear', 'no_future', 'plan', 'decided', 'exhausted', 'sacrifice', 'stash',
    'means', 'ingested', 'self_harm_act', 'relapse', 'scars_more', 'at_place', 'research', 'exhaust', 'join_dead', 'will', 'tidy', 'reunion', 'no_need',
    'rehearsal', 'attempt', 'entrust', 'firearm_held',
  ] as const;

  /** Adds the learned backup (built after the detector, since its training data is labelled by the patterns). */
  useScorer(scorer: CrisisScorer): void {
    this.scorer = scorer;
  }

  /** Pattern signals only, on normalised expanded text: the kind of the first signal that matches, if any. */
  matchSignal(text: string): CrisisKind | undefined {
    return this.signalKinds(text).next().value;
  }

  /** Kinds of the signals matching `text`, one per matching signal, in KIND_ORDER (lazily: stop when done). */
  private *signalKinds(text: string): Generator<CrisisKind, undefined> {
    for (const i of this.signalFilter.candidates(text)) {
      if (this.signals[i].re.test(text)) yield this.signals[i].kind;
    }
    return undefined;
  }

  /** True when a signal pattern or a concept combo matches (residual, expanded text): a crisis clause. */
  matchesCrisis(text: string): boolean {
    return this.matchSignal(text) !== undefined || this.concepts.combo(this.concepts.present(text)) !== undefined;
  }

  /**
   * Step 3c: when the writer denies what others say or post about them ("ils disent que j'ai fait une TS, c'est faux",
   * "someone said i overdosed at a party. i didn't"), the text without those reports: each "others_say" marker
   * followed by a denial is cut out with what follows it, up to the denial or OTHERS_SAY_WORDS words. If the writer's
   * own words left say nothing (no signal, combo, act or plan), the message is settled as a denial; otherwise it is
   * read whole, as before ("c'est faux. j'ai pris les cachets de ma mère, je les garde pour samedi"). Undefined
   * when nothing is denied.
   */
  private disowned(rest: string, present: ConceptPresence): string | undefined {
    if (!present.has('denied') || !present.has('others_say')) return undefined;
    const denials = [...rest.matchAll(this.denial)].map((m) => m.index);
    if (denials.length === 0) return undefined;
    const spans: Array<[number, number]> = [];
    for (const m of rest.matchAll(this.othersSay)) {
      const start = m.index;
      if (start > denials[denials.length - 1]) break;
      let end = start + m[0].length;
      const stop = denials.find((d) => d >= end) ?? rest.length;
      for (let words = 0; words < OTHERS_SAY_WORDS && end < stop; words += 1) {
        const next = rest.indexOf(' ', end + 1);
        end = next === -1 || next > stop ? stop : next;
      }
      spans.push([start, end]);
    }
    let out = '';
    let at = 0;
    for (const [start, end] of spans) {
      if (end <= at) continue;
      out += rest.slice(at, Math.max(start, at)) + CUT;
      at = end;
    }
    return (out + rest.slice(at)).replace(/ {2,}/g, ' ');
  }

  /**
   * True when, after the last denial ("c'est faux", "totally made up"), the writer's words hold a signal, a combo, an
   * act or a plan: "there's a story going round about my mum, totally made up. i'm standing on the platform and the
   * next train is in 4 minutes" (no marker of what others say for disowned() to cut).
   */
  private spokeAfterDenial(rest: string, present: ConceptPresence): boolean {
    if (!present.has('denied') || !present.has('attributed')) return false;
    let end = -1;
    for (const m of rest.matchAll(this.denial)) end = m.index + m[0].length;
    return end >= 0 && end < rest.length && this.ownWords(rest.slice(end));
  }

  /** True when the writer's own words (what disowned() leaves) hold a signal, a combo, an act or a plan. */
  private ownWords(outside: string): boolean {
    const present = this.concepts.present(outside);
    return CrisisDetector.act(present) || CrisisDetector.OWN_SIGNALS.some((c) => present.has(c)) || this.matchSignal(outside) !== undefined || this.concepts.combo(present) !== undefined;
  }

  /** An act of the writer's own: pills taken, self-harm done, standing at a lethal place. */
  private static act(present: ConceptPresence): boolean {
    return present.has('ingested') || present.has('self_harm_act') || present.has('at_place');
  }

  /** A denied report: no crisis from patterns; words of death in it ask for a gentle question (deferred). */
  private deny(rest: string, present: ConceptPresence): { kind: undefined; deferred: boolean; cue: boolean; present: ConceptPresence } {
    return { kind: undefined, deferred: this.matchSignal(rest) !== undefined, cue: this.concepts.cued(present), present };
  }

  /** Steps 4 and 4a on the residual text: the crisis kind, or undefined; `deferred` when a danger was for later. */
  private classify(rest: string, present: ConceptPresence, ownSpoke = false): { kind: CrisisKind | undefined; deferred: boolean; cue: boolean; present: ConceptPresence } {
    const later = present.has('later') && !present.has('now');
    let deferred = false;
    // When the writer's words after the last denial hold a signal, combo, act or plan (ownSpoke), the concept-level
    // denial rule does not settle the message: "ils ont dit que j'avais fait une TS, c'est faux. mais au point où j'en
    // suis autant le faire pour de vrai". (Own words elsewhere, e.g. inside a cut report, keep the rule: it saved 34
    // false alarms.)
    const settled = CrisisDetector.settledBy(present);
    if (settled === 'other' || (settled === 'denial' && !ownSpoke)) {
      // Over, fiction or a joke: what matched asks for a gentle question, not emergency contacts.
      const matched = this.matchSignal(rest) !== undefined || this.concepts.combo(present) !== undefined;
      return { kind: undefined, deferred: matched, cue: false, present };
    }
    for (const kind of this.signalKinds(rest)) {
      if (kind === 'danger' && later) {
        deferred = true;
        continue;
      }
      return { kind, deferred, cue: true, present };
    }
    return { kind: this.concepts.combo(present), deferred, cue: this.concepts.cued(present), present };
  }

  /**
   * Step 3b (concepts of knowledge/crisis): the words of death are about something settled, not a present danger:
   * an episode in the past the writer says is over ("il y a 3 ans ... aujourd'hui ça va", "1 year clean today"), a
   * song, series or celebrity with no marker of now (or quoted: "la chanson qui dit 'ce soir...'"), or a joke (lol, ptdr) with a condition ("if i fail ... lmao")
   * or in a game ("sur rocket league mdr"), or what others say or post about the writer, who denies it.
   * Why it is settled: 'denial' when the only reason is that the words of death are inside what others say or post
   * about the writer, who denies it. Then the writer's own words may still say a crisis ("ils disent que c'est moi,
   * c'est faux. j'ai pris les cachets de ma grand-mère, je les garde pour vendredi"): the scorer is asked with a high
   * threshold; undefined when not settled.
   */
  static settledBy(present: ConceptPresence): 'denial' | 'other' | undefined {
    if (!CrisisDetector.settledOtherwise(present)) {
      return CrisisDetector.denied(present) ? 'denial' : undefined;
    }
    return 'other';
  }

  private static denied(present: ConceptPresence): boolean {
    // Both rules need a denial; the writer's own signals are read only then (most messages deny nothing).
    if (!present.has('denied') || CrisisDetector.act(present)) return false;
    // A farewell an impersonator posted: "someone hacked my ig and posted 'goodbye everyone'. im fine".
    if (present.has('impersonated') && !present.has('now') && CrisisDetector.OWN_SIGNALS.every((c) => c === 'farewell' || !present.has(c))) return true;
    // Words of death inside what others say or post about the writer, who denies it: "ils disent que je me
    // scarifie, c'est faux" (sets G to K, session 2).
    return present.has('attributed') && !CrisisDetector.ownSignal(present);
  }

  /** True when one of the writer's own signals (a plan, a note, a stash, a goodbye...) is present. */
  private static ownSignal(present: ConceptPresence): boolean {
    return CrisisDetector.OWN_SIGNALS.some((c) => present.has(c));
  }

  private static settledOtherwise(present: ConceptPresence): boolean {
    const act = CrisisDetector.act(present);
    // An old episode that is over, unless it is back ("5 months clean and now this", "the razor is back in my pencil
    // case") or the writer stashes, plans or leaves a note now ("i told my mum i'm fine. i'm not. i've been saving my
    // tablets in a sock").
    if (present.has('past') && present.has('recovered') && !present.has('relapse_now') && !act && !CrisisDetector.STRONG_OWN.some((c) => present.has(c))) return true;
    // A game, the writer saying they are safe ("je précise je suis pas en danger", "I'm safe at home"), or words of
    // death that are a school topic or the news ("un exposé sur la prévention du suicide"), with nothing of the
    // writer's own: an act, plan or farewell is not cancelled by them. (The writer's own signals are read only when
    // one of these is there: most messages hold none.)
    const settling = ((present.has('game') || present.has('study')) && !present.has('now')) || present.has('safe');
    if (settling && !act && !CrisisDetector.ownSignal(present)) return true;
    // A song, a film or an influencer, unless the writer hides, researches, plans, stashes, leaves a note or chooses
    // the music for their funeral ("un youtubeur a partagé ma vidéo... hier j'ai regardé combien de comprimés il faudrait").
    if ((present.has('fiction') || present.has('fiction_quote')) && !act && (present.has('fiction_quote') || (!present.has('now') && !CrisisDetector.STRONG_OWN.some((c) => present.has(c))))) return true;
    // A joke about schoolwork ("ce contrôle m'a achevé, jvais me pendre avec le fil de mes écouteurs mdr"), unless
    // an act, plan or farewell of the writer's own sits next to it.
    if (present.has('joke') && present.has('schoolwork') && !act && !CrisisDetector.ownSignal(present)) return true;
    // A joke with a condition or a game ("if i fail this test i'll kms lol"), unless the writer does it ("it doesn't hurt
    // anymore lol. i've been pressing the knife into my arm to see if i feel anything").
    return !act && present.has('joke') && (present.has('conditional') || present.has('game'));
  }

  /** Steps 1-3: the text with idioms, reported speech and negations cut out; `cut` is true when 2 or 3 cut something. */
  residual(text: string): { rest: string; cut: boolean } {
    let rest = text.replace(this.idioms, CUT);
    let cut = false;
    for (const re of [this.reported, this.negations]) {
      const next = rest.replace(re, CUT);
      if (next !== rest) cut = true;
      rest = next;
    }
    return { rest: rest.replace(/ {2,}/g, ' '), cut };
  }

  /** Text the scorer reads: the residual without the cut markers (the scorer is trained on the same form). */
  static scorerText(rest: string): string {
    return rest.replace(/ ?_ ?/g, ' ').trim();
  }

  /** `text` is normalised and expanded (see normalize.ts); never throws. */
  detectNormalized(text: string, language: Language = 'fr'): CrisisResult {
    if (text.length === 0) return { crisis: false, gentleCheck: false };
    const { rest, cut } = this.residual(text);
    let gentleCheck = cut;
    // One lazy concept reading of the message serves the denial check, the patterns and the scorer's filters.
    const concepts = this.concepts.present(rest);
    const outside = this.disowned(rest, concepts);
    const denial = outside !== undefined && !this.ownWords(outside);
    const { kind, deferred, cue, present } = denial ? this.deny(rest, concepts) : this.classify(rest, concepts, this.spokeAfterDenial(rest, concepts));
    if (kind !== undefined) return { crisis: true, kind, gentleCheck: false };
    if (deferred) gentleCheck = true;
    const scorerText = CrisisDetector.scorerText(rest);
    const words = scorerText.length === 0 ? 0 : scorerText.split(' ').length;
    const settled = denial ? 'denial' : CrisisDetector.settledBy(present);
    if (this.scorer !== undefined && settled !== 'other' && (cue || !this.scorerNeedsCue) && words >= this.scorerMinTokens) {
      const score = this.scorer.score(scorerText, language);
      // A danger the scorer sees needs a marker of now or of the attacker near the user, and no later day: "he'll
      // wait for me at the gate monday" or a photo of the front door are threats to report, not emergencies.
      const later = present.has('later') && !present.has('now');
      const imminent = score.kind !== 'danger' || ((present.has('now') || present.has('danger_near')) && !later);
      // A joke marker (lol, mdr) is enough to keep the scorer, which cannot read irony, from raising an alarm alone.
      const joking = present.has('joke');
      // Medicines named with what they treat ("pris mes médicaments contre l'asthme ce matin", "my prescribed meds")
      // are a routine the scorer, which sees "pills + this morning", cannot tell from an overdose.
      const treatment = present.has('treatment') && !present.has('stash');
      // A threat from someone else ("he said he's going to kill me") cues the scorer, which reads "kill me" as the
      // writer's own wish: without a word of the writer's own ideation it needs the uncued threshold.
      const threatOnly = score.kind !== 'danger' && CrisisDetector.HARM.some((c) => present.has(c)) && !CrisisDetector.IDEATION.some((c) => present.has(c));
      const floor = words < this.scorerShortTokens && !this.concepts.cued(present, CrisisDetector.WEAK_CUES) ? this.scorerShortThreshold : 0;
      const threshold = Math.max(floor, settled === 'denial' ? this.scorerDeniedThreshold : cue && !threatOnly ? this.scorerThreshold : this.scorerUncuedThreshold);
      // Being picked up or meeting someone ("my mum is parked outside the school to pick me up") is no danger
      // unless harm is said too.
      const meeting = present.has('meetup') && !CrisisDetector.HARM.some((c) => present.has(c));
      // Plans to meet ("on se retrouve à la gare", "see you at the station") read like a time and a place to it.
      const uncuedOk = cue || (score.kind !== 'danger' && !present.has('polite') && !present.has('meetup'));
      const dangerAlone = Math.max(this.scorerDangerAloneThreshold, settled === 'denial' ? this.scorerDeniedThreshold : 0);
      const sure = score.probability >= this.scorerSureThreshold && !joking && !treatment && !(score.kind === 'danger' && later);
      if (sure) return { crisis: true, kind: score.kind, gentleCheck: false };
      if (score.kind === 'danger' && score.probability >= dangerAlone && !present.has('later') && !joking && !meeting) {
        return { crisis: true, kind: 'danger', gentleCheck: false };
      }
      if (score.probability >= threshold && imminent && !joking && !treatment && !meeting && uncuedOk) return { crisis: true, kind: score.kind, gentleCheck: false };
      // The gray zone needs a real sentence: on a short answer a probability this low is noise.
      if (score.probability >= this.scorerGentleThreshold && words >= GENTLE_MIN_TOKENS) gentleCheck = true;
    }
    if (!gentleCheck) gentleCheck = this.gentle.test(rest);
    return { crisis: false, gentleCheck };
  }
}
