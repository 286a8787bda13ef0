import neo4j, { type Driver } from "neo4j-driver";
import { FULLTEXT_INDEX } from "../../db";
import { isSymmetric, type Extraction, type ExtractedEntity, type ExtractedRelation } from "../../domain";
import { liftWithAffiliations } from "../resolve/lift";

/** The state (else the body) a stored person serves, for persons this extraction gives no title. */
const STORED_AFFILIATIONS = `
UNWIND $ids AS id
MATCH (p:Actor {id: id})-[:MEMBER_OF|LEADS]->(s:Entity)
WHERE s:State OR (s:Group AND coalesce(s.kind, '') <> 'media')
WITH id, s ORDER BY CASE WHEN s:State THEN 0 ELSE 1 END
WITH id, collect(s)[0] AS s
RETURN id, s {.id, .name, .aliases, .kind, type: CASE WHEN s:State THEN 'State' ELSE 'Group' END} AS affiliation`;

const STORED_IDS = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id";

/** Full-text hits looked at per name; a name with more is too common to pick one entity by. */
const HITS_PER_NAME = 200;

/**
 * The stored entity a new one names: a surname ("Haftar" after "Khalifa Haftar"), or a name that is an
 * alias of a stored entity of the same label. Only unambiguous matches count. The full-text index finds
 * the entities holding each name as a phrase, so the cost follows the names asked, not the graph's size.
 */
const STORED_MATCHES = `
UNWIND $candidates AS c
CALL (c) {
  UNWIND c.phrases AS phrase
  CALL db.index.fulltext.queryNodes($index, phrase, {limit: $hits}) YIELD node
  WITH phrase, collect(node) AS nodes
  RETURN any(full IN collect(size(nodes) = $hits) WHERE full) AS crowded, reduce(all = [], ns IN collect(nodes) | all + ns) AS found
}
WITH c, crowded, [n IN found
  WHERE c.type IN labels(n) AND n.id <> c.id
    AND ((c.type = 'Actor' AND c.single AND n.name ENDS WITH (' ' + c.name))
         OR c.name IN n.aliases OR n.name IN c.aliases)] AS hits
WITH c, crowded, reduce(seen = [], n IN hits | CASE WHEN n IN seen THEN seen ELSE seen + n END) AS matches
WHERE NOT crowded AND size(matches) = 1
WITH c, matches[0] AS stored
RETURN c.id AS id, stored {.id, .name, .aliases} AS stored`;

/** A name as a Lucene phrase query: inside quotes only the quote and the backslash are special. */
const phrase = (name: string): string => `"${name.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;

interface StoredEntity {
  id: string;
  name: string;
  aliases: string[] | null;
}

/** Relations keyed as the loader keys them, so two that now join the same entities become one. */
const relationKey = (r: ExtractedRelation): string => `${r.source}|${r.type}|${r.target}|${r.negated ? "negated" : ""}`;

function remapRelations(relations: ExtractedRelation[], idOf: (id: string) => string): ExtractedRelation[] {
  const merged = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    let [source, target] = [idOf(r.source), idOf(r.target)];
    if (source === target) continue;
    if (isSymmetric(r.type) && source > target) [source, target] = [target, source];
    const moved = { ...r, source, target };
    const key = relationKey(moved);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...moved, evidence: [...r.evidence] });
      continue;
    }
    seen.confidence = Math.max(seen.confidence, r.confidence);
    for (const e of r.evidence) if (!seen.evidence.some((x) => x.article === e.article && x.start === e.start)) seen.evidence.push(e);
  }
  return [...merged.values()];
}

/**
 * Joins the extraction's new entities to the stored ones they name, and lifts the relations of persons
 * whose title only an earlier ingest told, so ingesting article by article gives the graph ingesting
 * them all at once would: a later "Haftar" is the Khalifa Haftar an earlier run wrote. The extraction
 * passed in is not changed.
 */
export async function joinStoredEntities(driver: Driver, database: string, extraction: Extraction): Promise<Extraction> {
  const joinedExtraction = await joinByName(driver, database, extraction);
  return liftWithAffiliations(joinedExtraction, await storedAffiliations(driver, database, joinedExtraction));
}

/** Persons whose relations this extraction does not lift, with the state or body the database says they serve. */
async function storedAffiliations(driver: Driver, database: string, extraction: Extraction): Promise<Map<string, ExtractedEntity>> {
  const titled = new Set(extraction.relations.filter((r) => r.type === "MEMBER_OF" || r.type === "LEADS").map((r) => r.source));
  const ids = extraction.entities.filter((e) => e.type === "Actor" && !titled.has(e.id)).map((e) => e.id);
  if (!ids.length) return new Map();
  const result = await driver.executeQuery(STORED_AFFILIATIONS, { ids }, { database, routing: "READ" });
  return new Map(
    result.records.map((r) => {
      const body = r.get("affiliation") as { id: string; name: string; aliases: string[] | null; kind: string | null; type: "State" | "Group" };
      const entity: ExtractedEntity = { id: body.id, name: body.name, type: body.type, aliases: body.aliases ?? [] };
      if (body.kind) entity.kind = body.kind;
      return [r.get("id") as string, entity];
    }),
  );
}

async function joinByName(driver: Driver, database: string, extraction: Extraction): Promise<Extraction> {
  const named = extraction.entities.filter((e) => e.type !== "Event");
  if (!named.length) return extraction;
  // Only entities the database does not hold yet can be another name of one it does.
  const stored = await driver.executeQuery(STORED_IDS, { ids: named.map((e) => e.id) }, { database, routing: "READ" });
  const known = new Set(stored.records.map((r) => r.get("id") as string));
  const candidates = named
    .filter((e) => !known.has(e.id))
    .map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, single: !/\s/.test(e.name), phrases: [...new Set([e.name, ...e.aliases])].map(phrase) }));
  if (!candidates.length) return extraction;
  const result = await driver.executeQuery(STORED_MATCHES, { candidates, index: FULLTEXT_INDEX, hits: neo4j.int(HITS_PER_NAME) }, { database, routing: "READ" });
  const joined = new Map<string, StoredEntity>(result.records.map((r) => [r.get("id") as string, r.get("stored") as StoredEntity]));
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
