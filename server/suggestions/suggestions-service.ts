import type { EntityLabel } from "../../domain";
import type { DuplicateSuggestion, DuplicateSuggestions } from "../../domain/api";
import type { Db } from "../../storage";
import { candidatePairs } from "./duplicate-blocking";
import {
  NEIGHBOURS_WEIGHT,
  type NameComparison,
  type NamedEntity,
  compareNames,
  nameScore,
  namesSuggest,
  scorePair,
} from "./duplicate-scoring";
import {
  pairKey,
  readDegrees,
  readDismissedPairs,
  readNamedEntities,
  readSharedNeighbours,
} from "./suggestions-repository";

/** Shared neighbours are counted for this many pairs at most, the best by name first. */
const MAX_NEIGHBOUR_PAIRS = 500;

interface Candidate {
  a: NamedEntity;
  b: NamedEntity;
  names: NameComparison;
  base: number;
}

/** Ties in id order, so a page is the same every time; code-unit order, which is cheap (localeCompare is not). */
function byIds(x: Candidate, y: Candidate): number {
  const [p, q] = [pairKey(x.a.id, x.b.id), pairKey(y.a.id, y.b.id)];
  return p < q ? -1 : p > q ? 1 : 0;
}

/**
 * Possible duplicates, best first: pairs blocked by name (duplicate-blocking.ts), kept when their names
 * suggest it, then ranked with their shared neighbours. Only pairs that could still reach the page once
 * neighbours add their share are counted, so the neighbour query stays small.
 */
export async function suggestDuplicates(
  db: Db,
  query: { labels?: EntityLabel[]; limit: number },
): Promise<DuplicateSuggestions> {
  const [entities, dismissed] = await Promise.all([readNamedEntities(db, query.labels), readDismissedPairs(db)]);
  const candidates: Candidate[] = candidatePairs(entities)
    .filter(([a, b]) => !dismissed.has(pairKey(a.id, b.id)))
    .map(([a, b]) => ({ a, b, names: compareNames(a, b) }))
    .filter((c) => namesSuggest(c.names))
    .map((c) => ({ ...c, base: nameScore(c.names) }))
    .sort((x, y) => y.base - x.base || byIds(x, y));
  const cut = (candidates[query.limit - 1]?.base ?? 0) - NEIGHBOURS_WEIGHT;
  const contenders = candidates.filter((c) => c.base >= cut).slice(0, MAX_NEIGHBOUR_PAIRS);
  const shared = await readSharedNeighbours(
    db,
    contenders.map((c) => [c.a.id, c.b.id]),
  );
  const scored = contenders
    .flatMap((c) => {
      const score = scorePair(c.names, shared.get(pairKey(c.a.id, c.b.id)) ?? 0);
      return score ? [{ ...c, ...score }] : [];
    })
    .sort((x, y) => y.score - x.score || byIds(x, y))
    .slice(0, query.limit);
  const degrees = await readDegrees(db, [...new Set(scored.flatMap((s) => [s.a.id, s.b.id]))]);
  const suggested = (e: NamedEntity) => ({ ...e, degree: degrees.get(e.id) ?? 0 });
  return {
    suggestions: scored.map((s): DuplicateSuggestion => {
      const pair = [suggested(s.a), suggested(s.b)].sort((x, y) => y.degree - x.degree || x.id.localeCompare(y.id));
      return { entities: [pair[0], pair[1]], score: s.score, reasons: s.reasons };
    }),
  };
}
