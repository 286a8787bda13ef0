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
/** Below a likeness of spelling: a surname alone may be another of the family ("Biden" of Joe or Jill). */
const SHORT_NAME_SCORE = 0.6;
/** A shorter part names nobody in particular: "Al", "Kim", "Li". */
const SHORT_NAME_MIN_LETTERS = 4;
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
 * Whether the shorter of two folded names is the longer one's first or last words only, as news writes a
 * person's surname (or given name) alone after the full name.
 */
function isShortFor(part: string, whole: string): boolean {
  if (part.replace(/ /g, "").length < SHORT_NAME_MIN_LETTERS || part.length >= whole.length) return false;
  return whole.startsWith(`${part} `) || whole.endsWith(` ${part}`);
}

/** What two entities' names have in common. */
export interface NameComparison {
  similarity: number;
  sharedAlias?: string;
  /** A person's name that is part of the other's only. */
  shortName?: { name: string; of: string };
}

/**
 * How the names of two entities compare: a name or alias both have, the best likeness of two different
 * ones (1 when their canonical names are the same once folded), and, for people, a name of one that is
 * the other's first or last words. People only: a part of a state's or group's name is usually another
 * entity ("Korea" of "North Korea").
 */
export function compareNames(a: NamedEntity, b: NamedEntity): NameComparison {
  const [x, y] = [foldedNames(a), foldedNames(b)];
  const people = a.label === "Actor" && b.label === "Actor";
  let similarity = x.name === y.name ? 1 : 0;
  let sharedAlias: string | undefined;
  let shortName: NameComparison["shortName"];
  for (const p of x.names)
    for (const q of y.names) {
      if (p.folded === q.folded) sharedAlias ??= p.text;
      else if (canReach(p.folded, q.folded, Math.max(similarity, SIMILAR_NAME_MIN)))
        similarity = Math.max(similarity, foldedSimilarity(p.folded, q.folded));
      if (people && !shortName) {
        if (isShortFor(p.folded, q.folded)) shortName = { name: p.text, of: q.text };
        else if (isShortFor(q.folded, p.folded)) shortName = { name: q.text, of: p.text };
      }
    }
  return {
    similarity,
    ...(sharedAlias === undefined ? {} : { sharedAlias }),
    ...(shortName === undefined ? {} : { shortName }),
  };
}

/** Whether two names' lengths let their likeness reach this: it is never above 1 - length difference / longest. */
function canReach(x: string, y: string, likeness: number): boolean {
  return 1 - Math.abs(x.length - y.length) / Math.max(x.length, y.length) >= likeness;
}

/** Whether the names alone make the pair worth a look; shared neighbours are counted only for those. */
export function namesSuggest(names: NameComparison): boolean {
  return names.sharedAlias !== undefined || names.shortName !== undefined || names.similarity >= SIMILAR_NAME_MIN;
}

export interface PairScore {
  score: number;
  reasons: DuplicateReason[];
}

/** The names' score, before shared neighbours add at most NEIGHBOURS_WEIGHT. */
export function nameScore(names: NameComparison): number {
  if (names.sharedAlias !== undefined) return SHARED_ALIAS_SCORE;
  const alike = names.similarity >= SIMILAR_NAME_MIN ? SIMILAR_NAME_WEIGHT * names.similarity : 0;
  return Math.max(alike, names.shortName ? SHORT_NAME_SCORE : 0);
}

/** A pair's score and reasons; undefined when it is too weak to suggest. */
export function scorePair(names: NameComparison, sharedNeighbours: number): PairScore | undefined {
  const reasons: DuplicateReason[] = [];
  if (names.similarity >= SIMILAR_NAME_MIN)
    reasons.push({ kind: "similar-name", similarity: Math.round(names.similarity * 1000) / 1000 });
  if (names.sharedAlias !== undefined) reasons.push({ kind: "shared-alias", alias: names.sharedAlias });
  if (names.shortName) reasons.push({ kind: "short-name", ...names.shortName });
  if (sharedNeighbours > 0) reasons.push({ kind: "shared-neighbours", count: sharedNeighbours });
  const score = nameScore(names) + (NEIGHBOURS_WEIGHT * Math.min(sharedNeighbours, NEIGHBOURS_FULL)) / NEIGHBOURS_FULL;
  if (score < SUGGESTION_MIN || !reasons.length) return undefined;
  return { score: Math.min(1, Math.round(score * 1000) / 1000), reasons };
}
