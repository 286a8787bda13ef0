import { notRejected } from "./graph-filters";

/*
 * The duplicate suggestions' reads (server/suggestions): the entities to pair, then for the pairs the
 * names suggest, their shared neighbours and each entity's degree. Rejected relations count for neither.
 * Parameters: $labels (null for all), $pairs ([id, id] lists), $ids.
 */

export const SUGGESTION_ENTITIES = `
MATCH (e:Entity)
WITH e, [l IN labels(e) WHERE l <> 'Entity'][0] AS label
WHERE $labels IS NULL OR label IN $labels
RETURN e.id AS id, e.name AS name, label, coalesce(e.aliases, []) AS aliases`;

const fact = (v: string) => `type(${v}) <> 'MENTIONED_IN' AND ${notRejected(v)}`;

export const SHARED_NEIGHBOURS = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]}), (b:Entity {id: pair[1]})
RETURN pair[0] AS a, pair[1] AS b, COUNT {
  MATCH (a)-[r]-(o:Entity)
  WHERE o <> b AND ${fact("r")} AND EXISTS { MATCH (o)-[s]-(b) WHERE ${fact("s")} }
  RETURN DISTINCT o
} AS shared`;

export const ENTITY_DEGREES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { MATCH (e)-[r]-(:Entity) WHERE ${fact("r")} } AS degree`;
