import { EVIDENCE_LIST_PROPERTIES, FACT_RELATION_TYPES, type RelationType, isSymmetric } from "../../domain";
import { aliasTextOf } from "../schema";
import { REFRESH_ENTITIES } from "../write/write-statements";

/*
 * Merging entity $from into $into in the graph: every relation of $from moves to $into (joining the one
 * $into already has with the same type, direction and negation, evidence lists concatenated), its
 * mentions too, its name and aliases join the aliases of $into, then $from goes. Relations between the two
 * go with $from: an entity does not relate to itself. Symmetric types keep their ends ordered by id, as
 * relationKey does.
 */

/**
 * SET items adding the evidence of `from` (a relation or a map of its properties) to relation `into`:
 * evidence lists concatenated, count summed, articles joined, the higher confidence kept. Merge and split
 * both join evidence so.
 */
export function appendEvidence(into: string, from: string): string {
  return [
    ...EVIDENCE_LIST_PROPERTIES.map((p) => `${into}.${p} = ${into}.${p} + ${from}.${p}`),
    `${into}.count = ${into}.count + ${from}.count`,
    `${into}.articles = ${into}.articles + [x IN ${from}.articles WHERE NOT x IN ${into}.articles]`,
    `${into}.confidence = CASE WHEN ${from}.confidence > ${into}.confidence THEN ${from}.confidence ELSE ${into}.confidence END`,
  ].join(",\n             ");
}

const JOIN_EVIDENCE = `
ON CREATE SET n = properties(r)
ON MATCH SET ${appendEvidence("n", "r")},
             n.firstSeen = CASE WHEN r.firstSeen IS NOT NULL AND (n.firstSeen IS NULL OR r.firstSeen < n.firstSeen) THEN r.firstSeen ELSE n.firstSeen END,
             n.lastSeen = CASE WHEN r.lastSeen IS NOT NULL AND (n.lastSeen IS NULL OR r.lastSeen > n.lastSeen) THEN r.lastSeen ELSE n.lastSeen END,
             n.role = coalesce(n.role, r.role), n.date = coalesce(n.date, r.date),
             n.indirect = coalesce(n.indirect, r.indirect), n.attributedTo = coalesce(n.attributedTo, r.attributedTo),
             n.rejected = coalesce(n.rejected, r.rejected), n.rejectedBy = coalesce(n.rejectedBy, r.rejectedBy),
             n.rejectedAt = coalesce(n.rejectedAt, r.rejectedAt), n.confirmed = coalesce(n.confirmed, r.confirmed)
DELETE r`;

const ENDS = "MATCH (a:Entity {id: $from}), (b:Entity {id: $into})";

/** The statements moving one type's relations from $from to $into. */
function moveRelations(type: RelationType): string[] {
  if (!isSymmetric(type))
    return [
      `${ENDS} MATCH (a)-[r:${type}]->(o:Entity) WHERE o <> b MERGE (b)-[n:${type} {negated: r.negated}]->(o) ${JOIN_EVIDENCE}`,
      `${ENDS} MATCH (o:Entity)-[r:${type}]->(a) WHERE o <> b MERGE (o)-[n:${type} {negated: r.negated}]->(b) ${JOIN_EVIDENCE}`,
    ];
  return [
    `${ENDS} MATCH (a)-[r:${type}]-(o:Entity) WHERE o <> b AND b.id < o.id MERGE (b)-[n:${type} {negated: r.negated}]->(o) ${JOIN_EVIDENCE}`,
    `${ENDS} MATCH (a)-[r:${type}]-(o:Entity) WHERE o <> b AND b.id > o.id MERGE (o)-[n:${type} {negated: r.negated}]->(b) ${JOIN_EVIDENCE}`,
  ];
}

const MOVE_MENTIONS = `${ENDS}
MATCH (a)-[m:MENTIONED_IN]->(x:Article)
MERGE (b)-[n:MENTIONED_IN]->(x)
ON CREATE SET n = properties(m)
ON MATCH SET n.count = n.count + m.count, n.starts = n.starts + m.starts, n.ends = n.ends + m.ends
DELETE m`;

/** Sorted, as an ingest that meets both names writes them (ingest/resolve/decisions.ts). */
const TAKE_NAMES = `${ENDS}
CALL (a, b) {
  UNWIND b.aliases + a.aliases + [a.name] AS x
  WITH DISTINCT x
  ORDER BY x
  RETURN collect(x) AS aliases
}
SET b.aliases = aliases,
    b.aliasText = ${aliasTextOf("aliases")}`;

const DELETE_FROM = "MATCH (a:Entity {id: $from}) WHERE $from <> $into DETACH DELETE a";

/**
 * In order, with $from, $into and $ids = [$into] (the writer's tally of mentions and dates for the entity
 * that stays); each finds nothing once $from is gone, so running them again changes nothing.
 */
export const MERGE_STATEMENTS: readonly string[] = [
  ...FACT_RELATION_TYPES.flatMap(moveRelations),
  MOVE_MENTIONS,
  TAKE_NAMES,
  REFRESH_ENTITIES,
  DELETE_FROM,
];
