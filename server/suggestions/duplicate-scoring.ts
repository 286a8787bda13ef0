import { distance } from "fastest-levenshtein";
import { type EntityLabel, foldName } from "../../domain";
import type { DuplicateReason } from "../../domain/api";

/*
 * Why two entities of one label may be one, and how sure that is: pure functions, so they are tested
 * without a database (test/curation/duplicate-scoring.test.ts).
 */

export interface NamedEntity {
  id: string;
  name: string;
  label: EntityLabel;
  aliases: string[];
}

/** Below this a name likeness is no reason: "Iran" and "Iraq" (0.75) are two states. */
export const SIMILAR_NAME_MIN = 0.8;
/** Pairs scored lower are not suggested; shared neighbours alone (at most NEIGHBOURS_WEIGHT) never reach it. */
export const SUGGESTION_MIN = 0.5;
const SHARED_ALIAS_SCORE = 0.9;
const SIMILAR_NAME_WEIGHT = 0.85;
/** The most shared neighbours add to a score. */
export const NEIGHBOURS_WEIGHT = 0.1;
/** Shared neighbours past this add nothing more: two hubs share many without being one. */
const NEIGHBOURS_FULL = 5;

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/** Levenshtein likeness of two folded names, held down by their least alike word (see nameSimilarity). */
function foldedSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  const [fewer, more] = [x.split(" "), y.split(" ")].sort((p, q) => p.length - q.length);
  const worstWord = Math.min(...fewer.map((w) => Math.max(...more.map((v) => ratio(w, v)))));
  return Math.min(ratio(x, y), worstWord);
}

/**
 * Levenshtein likeness of the whole folded names, held down by their least alike word: "Mohammed bin
 * Salman" and "Mohammad bin Salman" stay alike (0.875), "Kim Jong Un" and "Kim Jong Il" do not (0), whose
 * whole names differ by two letters only.
 */
export function nameSimilarity(a: string, b: string): number {
  return foldedSimilarity(foldName(a), foldName(b));
}

/** Each entity's names folded once: a large graph compares an entity with many others. */
const folded = new WeakMap<NamedEntity, { name: string; names: { text: string; folded: string }[] }>();

function foldedNames(e: NamedEntity) {
  let found = folded.get(e);
  if (!found) {
    const names = [...new Set([e.name, ...e.aliases])].map((text) => ({ text, folded: foldName(text) }));
    found = { name: foldName(e.name), names };
    folded.set(e, found);
  }
  return found;
}

/**
 * How the names of two entities compare: a name or alias both have, and the best likeness of two
 * different ones (1 when their canonical names are the same once folded).
 */
export function compareNames(a: NamedEntity, b: NamedEntity): { similarity: number; sharedAlias?: string } {
  const [x, y] = [foldedNames(a), foldedNames(b)];
  let similarity = x.name === y.name ? 1 : 0;
  let sharedAlias: string | undefined;
  for (const p of x.names)
    for (const q of y.names) {
      if (p.folded === q.folded) sharedAlias ??= p.text;
      else if (canReach(p.folded, q.folded, Math.max(similarity, SIMILAR_NAME_MIN)))
        similarity = Math.max(similarity, foldedSimilarity(p.folded, q.folded));
    }
  return sharedAlias === undefined ? { similarity } : { similarity, sharedAlias };
}

/** Whether two names' lengths let their likeness reach this: it is never above 1 - length difference / longest. */
function canReach(x: string, y: string, likeness: number): boolean {
  return 1 - Math.abs(x.length - y.length) / Math.max(x.length, y.length) >= likeness;
}

/** Whether the names alone make the pair worth a look; shared neighbours are counted only for those. */
export function namesSuggest(names: { similarity: number; sharedAlias?: string }): boolean {
  return names.sharedAlias !== undefined || names.similarity >= SIMILAR_NAME_MIN;
}

export interface PairScore {
  score: number;
  reasons: DuplicateReason[];
}

/** The names' score, before shared neighbours add at most NEIGHBOURS_WEIGHT. */
export function nameScore(names: { similarity: number; sharedAlias?: string }): number {
  if (names.sharedAlias !== undefined) return SHARED_ALIAS_SCORE;
  return names.similarity >= SIMILAR_NAME_MIN ? SIMILAR_NAME_WEIGHT * names.similarity : 0;
}

/** A pair's score and reasons; undefined when it is too weak to suggest. */
export function scorePair(
  names: { similarity: number; sharedAlias?: string },
  sharedNeighbours: number,
): PairScore | undefined {
  const reasons: DuplicateReason[] = [];
  if (names.similarity >= SIMILAR_NAME_MIN)
    reasons.push({ kind: "similar-name", similarity: Math.round(names.similarity * 1000) / 1000 });
  if (names.sharedAlias !== undefined) reasons.push({ kind: "shared-alias", alias: names.sharedAlias });
  if (sharedNeighbours > 0) reasons.push({ kind: "shared-neighbours", count: sharedNeighbours });
  const score = nameScore(names) + (NEIGHBOURS_WEIGHT * Math.min(sharedNeighbours, NEIGHBOURS_FULL)) / NEIGHBOURS_FULL;
  if (score < SUGGESTION_MIN || !reasons.length) return undefined;
  return { score: Math.min(1, Math.round(score * 1000) / 1000), reasons };
}
