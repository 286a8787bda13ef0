import type { Driver } from "neo4j-driver";
import type { EntityLabel } from "../../domain";
import { relationMatch, relationOf } from "./apply-decision";

/* What a new decision names, read to check it exists and, for a merge, to keep the surviving entity's name and label. */

export interface EntityHead {
  id: string;
  name: string;
  label: EntityLabel;
}

const ENTITY_HEADS = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label`;

export async function readEntityHeads(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<Map<string, EntityHead>> {
  const result = await driver.executeQuery(ENTITY_HEADS, { ids }, { database, routing: "READ" });
  return new Map(
    result.records.map((r) => [r.get("id"), { id: r.get("id"), name: r.get("name"), label: r.get("label") }]),
  );
}

/** Whether the relation with this key (relationKey) is stored. */
export async function relationStored(driver: Driver, database: string, key: string): Promise<boolean> {
  const r = relationOf(key);
  const result = await driver.executeQuery(
    `${relationMatch(r.type)} RETURN count(r) AS n`,
    { source: r.source, target: r.target, negated: r.negated },
    { database, routing: "READ" },
  );
  return result.records[0].get("n").toNumber() > 0;
}
