import type { EntityMention } from "../types";
import { tokenize } from "./tokens";

/** A sentence as a sequence of words and entity heads (a multi-word name is one item). */
export interface Item {
  kind: "word" | "ent";
  text: string;
  lower: string;
  start: number;
  end: number;
  mention?: EntityMention;
}

export function buildItems(sentence: string, mentions: EntityMention[]): Item[] {
  const heads = mentions.filter((m) => m.role === "head").sort((a, b) => a.start - b.start);
  const items: Item[] = [];
  const emitted = new Set<EntityMention>();
  for (const token of tokenize(sentence)) {
    const inside = heads.filter((m) => token.start < m.end && m.start < token.end);
    if (!inside.length) {
      items.push({ kind: "word", text: token.text, lower: token.lower, start: token.start, end: token.end });
      continue;
    }
    // A token may hold several names ("Israel-Hamas") or a name and a suffix ("US-operated").
    let cursor = token.start;
    for (const head of inside) {
      if (head.start > cursor) pushWord(items, sentence, cursor, head.start);
      if (!emitted.has(head)) {
        emitted.add(head);
        items.push({ kind: "ent", text: head.surface, lower: head.surface.toLowerCase(), start: head.start, end: head.end, mention: head });
      }
      cursor = Math.max(cursor, head.end);
    }
    if (cursor < token.end) pushWord(items, sentence, cursor, token.end);
  }
  return items;
}

function pushWord(items: Item[], sentence: string, start: number, end: number): void {
  const text = sentence.slice(start, end);
  if (!text.trim()) return;
  items.push({ kind: "word", text, lower: text.toLowerCase().replace("’", "'"), start, end });
}

export const PREPOSITIONS = new Set(["of", "in", "on", "at", "to", "from", "with", "by", "for", "against", "into", "over", "between", "among", "near", "across", "toward", "towards", "about", "under", "after", "before", "since", "during", "including", "despite", "through", "via", "than", "like", "beyond", "behind", "inside", "outside", "within", "alongside", "onto", "upon", "around"]);
const CONJUNCTIONS = new Set(["after", "before", "since", "until", "as", "because", "while", "when"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "all", "both", "two", "three", "several", "many", "other", "“", "\"", "‘", "'"]);
const CLAUSE_WORDS = new Set(["but", "while", "whereas", "although", "though", "because", "unless", "so", "yet", "which", "who", "whom", "whose", "where", "if", "whether", "however"]);
const HARD_BOUNDARIES = new Set([";", ":", "—", "–", "(", ")", "?", "!"]);
const APPOSITIVE_START = new Set(["who", "which", "whose", "the", "a", "an", "its", "his", "her", "their", "commander", "leader", "head", "chief", "also", "however", "meanwhile", "too", "left", "right", "center", "centre", "then", "now", "in", "on", "for", "according", "said", "officials", "he", "she", "it", "they", "and"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "’s"]);

export const isEnt = (item: Item | undefined): item is Item & { mention: EntityMention } => item?.kind === "ent";
export const isHardBoundary = (item: Item): boolean => HARD_BOUNDARIES.has(item.text);

/** Whether the entity at `i` is the object of a preposition (so not a subject). */
export function governedByPreposition(items: Item[], i: number): string | undefined {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 3 && items[j].kind === "word" && (DETERMINERS.has(items[j].lower) || /-(backed|aligned|affiliated|allied|supported|sponsored|funded|armed|trained|led|based|operated|run|held)$/.test(items[j].lower) || /^(north|south|east|west|northern|southern|eastern|western|central)(ern)?$/.test(items[j].lower) || (/^[\p{Ll}]/u.test(items[j].text) && !PREPOSITIONS.has(items[j].lower) && skipped < 1 && /(al|ern|ed|ic|ive|an|ian)$/.test(items[j].lower)))) {
    j--;
    skipped++;
  }
  if (j >= 0 && isEnt(items[j]) && j > 0 && items[j + 1]?.lower === "and") return governedByPreposition(items, j);
  if (j >= 0 && (items[j].lower === "and" || items[j].text === ",") && isEnt(items[j - 1])) return governedByPreposition(items, j - 1);
  if (j < 0 || !PREPOSITIONS.has(items[j].lower)) return undefined;
  // "after the United States tore up the deal": a conjunction starting a clause, not a preposition.
  const next = items[i + 1]?.lower ?? "";
  if (CONJUNCTIONS.has(items[j].lower) && /^(has|have|had|was|were|is|are|will|would|did|does|do|tore|took|made|said|[a-z]+ed)$/.test(next)) return undefined;
  return items[j].lower;
}

/** An entity followed by "'s" and a non-agent noun is a possessor ("Iran's nuclear programme"), not an actor. */
export function isPossessor(items: Item[], i: number): boolean {
  return items[i + 1]?.lower === "'s" || items[i + 1]?.lower === "’s";
}

/**
 * Entities coordinated with the one at `i`: "the US and the UK", "X, Y and Z". A list joined by commas
 * only counts when "and" or "or" ends it ("south of Baghdad, the Central Command said" is no list).
 */
export function coordinated(items: Item[], i: number): number[] {
  const chain: { index: number; conjunction: boolean }[] = [{ index: i, conjunction: false }];
  const step = (from: number, dir: 1 | -1): void => {
    let k = from + dir;
    while (k >= 0 && k < items.length) {
      const w = items[k];
      if (w.lower === "and" || w.lower === "or" || w.text === "," || w.lower === "the" || w.lower === "&") {
        k += dir;
        continue;
      }
      if (isEnt(w)) {
        const between = items.slice(Math.min(from, k) + 1, Math.max(from, k));
        const conjunction = between.some((b) => b.lower === "and" || b.lower === "or" || b.lower === "&");
        if (!conjunction && !between.some((b) => b.text === ",")) return;
        // The separator belongs to the later element of the pair.
        if (dir === 1) chain.push({ index: k, conjunction });
        else {
          chain[0].conjunction = conjunction;
          chain.unshift({ index: k, conjunction: false });
        }
        from = k;
        k += dir;
        continue;
      }
      return;
    }
  };
  step(i, 1);
  step(i, -1);
  const lastConjunction = chain.map((c) => c.conjunction).lastIndexOf(true);
  const kept = lastConjunction < 0 ? chain.filter((c) => c.index === i) : chain.slice(0, lastConjunction + 1);
  return (kept.some((c) => c.index === i) ? kept : chain.filter((c) => c.index === i)).map((c) => c.index);
}

/**
 * The subject of the verb at `v`: the nearest entity before it that is not inside a prepositional
 * phrase, skipping comma-enclosed appositives and relative clauses ("Hizbollah, the Lebanese militant
 * movement, has traded ...").
 */
export function subjectBefore(items: Item[], v: number, limit = 30): number | undefined {
  let j = v - 1;
  const stop = Math.max(0, v - limit);
  while (j >= stop) {
    const item = items[j];
    if (isHardBoundary(item)) return undefined;
    if (item.text === ",") {
      const open = findPrevComma(items, j);
      // "The US commander in Iraq, General David Petraeus, held talks": the named person is the subject.
      const named = open !== undefined && j - open <= 5 ? items.slice(open + 1, j).filter((x) => isEnt(x) && x.mention.ref.type === "Actor") : [];
      if (named.length === 1) return items.indexOf(named[0]);
      if (open !== undefined && (APPOSITIVE_START.has(items[open + 1]?.lower) || j - open <= 3) && (isEnt(items[open - 1]) || items[open - 1]?.lower === "later" || isEnt(items[open - 2]))) {
        j = open - 1;
        continue;
      }
      if (open !== undefined && APPOSITIVE_START.has(items[open + 1]?.lower) && j - open <= 12) {
        j = open - 1;
        continue;
      }
      return undefined;
    }
    if (item.kind === "word" && CLAUSE_WORDS.has(item.lower) && item.lower !== "however") return undefined;
    if (isEnt(item) && !governedByPreposition(items, j) && !(isPossessor(items, j) && !actsThroughPossession(items, j))) {
      if (item.mention.ref.type !== "Place") return j;
    }
    j--;
  }
  return undefined;
}

export function actsThroughPossession(items: Item[], i: number): boolean {
  return items.slice(i + 2, i + 6).some((x) => /^(officials?|forces|troops|military|army|government|advis[eo]rs?|minister|president|leader|envoy|spokes\w+|navy|diplomats|negotiators?|delegation|side)$/.test(x.lower));
}

function findPrevComma(items: Item[], from: number): number | undefined {
  for (let k = from - 1; k >= 0 && from - k < 25; k--) {
    if (items[k].text === ",") return k;
    if (isHardBoundary(items[k])) return undefined;
  }
  return undefined;
}

export interface ObjectOptions {
  /** Prepositions that may introduce the object; when set, an entity after another preposition is skipped. */
  preps?: string[];
  /** Require the object to follow one of `preps`. */
  requirePrep?: boolean;
  limit?: number;
  /** Whether a place can be the object (a place can be attacked, not negotiated with). */
  places?: boolean;
  /** Give up at another preposition: "met with X", not "met with dissidents from X". */
  stopAtPreposition?: boolean;
  /** Verb forms that start another predicate ("condemned the strikes and threatened ..."). */
  verbs?: Set<string>;
}

/** The first entity after `v` in the same clause (with the entities coordinated with it). */
export function objectAfter(items: Item[], v: number, options: ObjectOptions = {}): number[] {
  const limit = options.limit ?? 14;
  for (let k = v + 1; k < items.length && k <= v + limit; k++) {
    const item = items[k];
    if (isHardBoundary(item)) return [];
    if (item.text === ",") {
      const next = items[k + 1];
      if (next && (next.lower === "including" || (isEnt(next) && isEnt(items[k - 1])))) continue;
      return [];
    }
    if (item.kind === "word" && (CLAUSE_WORDS.has(item.lower) || ["after", "before", "since", "despite", "when", "as", "because", "said", "says"].includes(item.lower))) return [];
    if (item.kind === "word" && (item.lower === "that" || (options.verbs?.has(item.lower) && items[k - 1]?.lower === "and"))) return [];
    // "fired at targets in Jericho": after a target noun, its place is the target.
    const afterTargetNoun = items.slice(Math.max(v + 1, k - 4), k).some((x) => /^(targets|positions|sites|bases|areas|villages|towns|homes|facilities)$/.test(x.lower));
    if (options.stopAtPreposition && item.kind === "word" && PREPOSITIONS.has(item.lower) && item.lower !== "of" && k > v + 1 && !afterTargetNoun) return [];
    if (!isEnt(item) || (item.mention.ref.type === "Place" && !options.places)) continue;
    if (isPossessor(items, k) && !actsThroughPossession(items, k)) continue;
    const prep = governedByPreposition(items, k);
    if (options.requirePrep && (!prep || !options.preps?.includes(prep))) continue;
    if (prep && options.preps && !options.preps.includes(prep) && !["of", "including"].includes(prep) && !(options.places && afterTargetNoun)) continue;
    return coordinated(items, k).filter((x) => x >= k);
  }
  return [];
}

/** Whether the verb at `v` is in the passive voice ("was attacked", "were killed"). */
export function isPassive(items: Item[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    if (BE.has(items[k].lower)) return true;
    if (!/ly$/.test(items[k].lower) && !["not", "also", "then", "reportedly", "allegedly"].includes(items[k].lower)) return false;
  }
  return false;
}
