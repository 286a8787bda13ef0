import { ManagedTransaction } from "neo4j-driver";
import { FACT_RELATION_TYPES, GraphPayload } from "../../domain";
import { Db, GraphCollector, toCypherParams } from "../../storage";
import { withEvidenceArticles } from "./evidence-articles";

const FACT_PATTERN = `:${FACT_RELATION_TYPES.join("|")}`;

/** How the subgraph to export is chosen. */
export type SubgraphSelection =
  | { kind: "ids"; ids: string[]; hops: number; withRelations: boolean }
  | { kind: "all"; withRelations: boolean }
  | { kind: "collected"; collector: GraphCollector; withRelations: boolean };

/** Node ids of the selection: the given nodes (entities or articles) and, with hops, entities within reach. */
function nodesQuery(hops: number): string {
  if (hops === 0) return "MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:Article) RETURN collect(n) AS nodes, count(n) AS total";
  return `
MATCH (s) WHERE s.id IN $ids AND (s:Entity OR s:Article)
OPTIONAL MATCH (s)-[${FACT_PATTERN}*1..${hops}]-(m:Entity)
WITH collect(DISTINCT s) + collect(DISTINCT m) AS found
UNWIND found AS n
WITH DISTINCT n
RETURN collect(n) AS nodes, count(n) AS total`;
}

const ALL_ENTITIES = "MATCH (n:Entity) WITH n ORDER BY n.id RETURN collect(n) AS nodes, count(n) AS total";

const RELATIONS_AMONG = `
MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND (a:Entity OR a:Article) AND (b:Entity OR b:Article)
RETURN collect(r) AS relations`;

export class SubgraphTooLarge extends Error {
  constructor(readonly nodes: number) {
    super(`the subgraph has ${nodes} nodes`);
    this.name = "SubgraphTooLarge";
  }
}

async function relationsAmong(tx: ManagedTransaction, collector: GraphCollector): Promise<void> {
  const result = await tx.run(RELATIONS_AMONG, { ids: collector.nodeIds() });
  collector.add(result.records[0].get("relations"));
}

/**
 * Reads the chosen nodes and, when asked, every relation among them, with all their properties and evidence
 * (and the title, outlet and date of each evidence item's article).
 */
export async function readSubgraph(db: Db, selection: SubgraphSelection, maxNodes: number): Promise<GraphPayload> {
  return db.read(async (tx) => {
    let collector: GraphCollector;
    if (selection.kind === "collected") {
      collector = selection.collector;
    } else {
      const statement = selection.kind === "ids" ? nodesQuery(selection.hops) : ALL_ENTITIES;
      const params = selection.kind === "ids" ? { ids: selection.ids } : {};
      const result = await tx.run(statement, toCypherParams(params) as Record<string, unknown>);
      const total = result.records[0].get("total").toNumber();
      if (total > maxNodes) throw new SubgraphTooLarge(total);
      collector = new GraphCollector({ forExport: true }).add(result.records[0].get("nodes"));
    }
    if (collector.nodeIds().length > maxNodes) throw new SubgraphTooLarge(collector.nodeIds().length);
    if (selection.withRelations) await relationsAmong(tx, collector);
    return withEvidenceArticles(tx, collector.payload());
  });
}
