import type { Driver } from "neo4j-driver";
import { isSymmetric, relationKey, type Extraction, type ExtractedEntity, type ExtractedRelation } from "../../domain";
import { readStoredAffiliations, readStoredIds, readStoredNameMatches } from "../../storage";
import { liftWithAffiliations } from "./lift";

/** The relations with their ends renamed by `idOf`; relations that now join the same ends become one. */
export function remapRelations(relations: ExtractedRelation[], idOf: (id: string) => string): ExtractedRelation[] {
  const merged = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    let [source, target] = [idOf(r.source), idOf(r.target)];
    if (source === target) continue;
    if (isSymmetric(r.type) && source > target) [source, target] = [target, source];
    const moved = { ...r, source, target };
    // Keyed as storage keys relations, so two that now join the same entities become one.
    const key = relationKey(moved);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...moved, evidence: [...r.evidence] });
      continue;
    }
    seen.confidence = Math.max(seen.confidence, r.confidence);
    for (const e of r.evidence)
      if (!seen.evidence.some((x) => x.article === e.article && x.start === e.start)) seen.evidence.push(e);
  }
  return [...merged.values()];
}

/**
 * Joins the extraction's new entities to the stored ones they name, and lifts the relations of persons
 * whose title only an earlier ingest told, so ingesting article by article gives the graph ingesting
 * them all at once would: a later "Haftar" is the Khalifa Haftar an earlier run wrote. The extraction
 * passed in is not changed.
 */
export async function joinStoredEntities(
  driver: Driver,
  database: string,
  extraction: Extraction,
): Promise<Extraction> {
  const joinedExtraction = await joinByName(driver, database, extraction);
  return liftWithAffiliations(joinedExtraction, await storedAffiliations(driver, database, joinedExtraction));
}

/** Persons whose relations this extraction does not lift, with the state or body the database says they serve. */
async function storedAffiliations(
  driver: Driver,
  database: string,
  extraction: Extraction,
): Promise<Map<string, ExtractedEntity>> {
  const titled = new Set(
    extraction.relations.filter((r) => r.type === "MEMBER_OF" || r.type === "LEADS").map((r) => r.source),
  );
  const ids = extraction.entities.filter((e) => e.type === "Actor" && !titled.has(e.id)).map((e) => e.id);
  if (!ids.length) return new Map();
  return readStoredAffiliations(driver, database, ids);
}

async function joinByName(driver: Driver, database: string, extraction: Extraction): Promise<Extraction> {
  const named = extraction.entities.filter((e) => e.type !== "Event");
  if (!named.length) return extraction;
  // Only entities the database does not hold yet can be another name of one it does.
  const known = await readStoredIds(
    driver,
    database,
    named.map((e) => e.id),
  );
  const candidates = named.filter((e) => !known.has(e.id));
  if (!candidates.length) return extraction;
  const joined = await readStoredNameMatches(driver, database, candidates);
  if (!joined.size) return extraction;
  const idOf = (id: string): string => joined.get(id)?.id ?? id;
  const entities = new Map<string, ExtractedEntity>();
  for (const e of extraction.entities) {
    const stored = joined.get(e.id);
    if (!stored) {
      if (!entities.has(e.id)) entities.set(e.id, e);
      continue;
    }
    const already = entities.get(stored.id) ?? extraction.entities.find((x) => x.id === stored.id);
    const aliases = new Set([...(already?.aliases ?? stored.aliases ?? []), ...e.aliases, e.name]);
    aliases.delete(stored.name);
    entities.set(stored.id, { ...(already ?? e), id: stored.id, name: stored.name, aliases: [...aliases].sort() });
  }
  return {
    ...extraction,
    entities: [...entities.values()],
    relations: remapRelations(extraction.relations, idOf),
    mentions: extraction.mentions?.map((m) => ({ ...m, entity: idOf(m.entity) })),
  };
}
