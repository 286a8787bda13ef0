import type { Driver } from "neo4j-driver";
import { type EntityLabel, mergeRedirects } from "../../domain";
import { decidedRelation, relationMatch } from "./apply-decision";
import { inRead, storedDecisions } from "./decision-store";

/* What a new decision names, read to check it exists and, for a merge, to keep the surviving entity's name and label. */

export interface EntityHead {
  id: string;
  name: string;
  label: EntityLabel;
  aliases: string[];
}

const ENTITY_HEADS = `
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, coalesce(e.aliases, []) AS aliases`;

export async function readEntityHeads(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<Map<string, EntityHead>> {
  const result = await inRead(driver, database, (tx) => tx.run(ENTITY_HEADS, { ids }));
  return new Map(
    result.records.map((r) => [
      r.get("id"),
      { id: r.get("id"), name: r.get("name"), label: r.get("label"), aliases: r.get("aliases") },
    ]),
  );
}

/** Whether the relation with this key (relationKey) is stored, its ends redirected through the merges. */
export async function relationStored(driver: Driver, database: string, key: string): Promise<boolean> {
  const result = await inRead(driver, database, async (tx) => {
    const r = decidedRelation(key, mergeRedirects(await storedDecisions(tx)));
    return tx.run(`${relationMatch(r.type)} RETURN count(r) AS n`, {
      source: r.source,
      target: r.target,
      negated: r.negated,
    });
  });
  return result.records[0].get("n").toNumber() > 0;
}

const IDS_STARTING = "MATCH (e:Entity) WHERE e.id STARTS WITH $prefix RETURN collect(e.id) AS ids";

/** Entity ids stored that start with this prefix. */
export async function entityIdsStartingWith(driver: Driver, database: string, prefix: string): Promise<Set<string>> {
  const result = await inRead(driver, database, (tx) => tx.run(IDS_STARTING, { prefix }));
  return new Set(result.records[0].get("ids"));
}
