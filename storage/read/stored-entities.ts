import neo4j, { type Driver } from "neo4j-driver";
import type { ExtractedEntity } from "../../domain";
import { FULLTEXT_INDEX } from "../schema";

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

export interface StoredEntity {
  id: string;
  name: string;
  aliases: string[] | null;
}

/** The ids among these that the database holds. */
export async function readStoredIds(driver: Driver, database: string, ids: string[]): Promise<Set<string>> {
  const result = await driver.executeQuery(STORED_IDS, { ids }, { database, routing: "READ" });
  return new Set(result.records.map((r) => r.get("id") as string));
}

/** For each of these persons, the stored state (else body) they are a member or leader of. */
export async function readStoredAffiliations(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<Map<string, ExtractedEntity>> {
  const result = await driver.executeQuery(STORED_AFFILIATIONS, { ids }, { database, routing: "READ" });
  return new Map(
    result.records.map((r) => {
      const body = r.get("affiliation") as {
        id: string;
        name: string;
        aliases: string[] | null;
        kind: string | null;
        type: "State" | "Group";
      };
      const entity: ExtractedEntity = { id: body.id, name: body.name, type: body.type, aliases: body.aliases ?? [] };
      if (body.kind) entity.kind = body.kind;
      return [r.get("id") as string, entity];
    }),
  );
}

/** For each new entity, the one stored entity of its label it names, when exactly one does. */
export async function readStoredNameMatches(
  driver: Driver,
  database: string,
  entities: ExtractedEntity[],
): Promise<Map<string, StoredEntity>> {
  const candidates = entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    single: !/\s/.test(e.name),
    phrases: [...new Set([e.name, ...e.aliases])].map(phrase),
  }));
  const result = await driver.executeQuery(
    STORED_MATCHES,
    { candidates, index: FULLTEXT_INDEX, hits: neo4j.int(HITS_PER_NAME) },
    { database, routing: "READ" },
  );
  return new Map(result.records.map((r) => [r.get("id") as string, r.get("stored") as StoredEntity]));
}
