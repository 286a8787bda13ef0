import { ManagedTransaction } from "neo4j-driver";
import { GraphPayload } from "../../domain";
import {
  ALL_ENTITIES,
  Db,
  GraphCollector,
  RELATIONS_AMONG,
  subgraphNodesStatement,
  toCypherParams,
} from "../../storage";
import { withEvidenceArticles } from "./evidence-articles";

/** How the subgraph to export is chosen. */
export type SubgraphSelection =
  | { kind: "ids"; ids: string[]; hops: number; withRelations: boolean }
  | { kind: "all"; withRelations: boolean }
  | { kind: "collected"; collector: GraphCollector; withRelations: boolean };

export class SubgraphTooLarge extends Error {
  constructor(readonly nodes: number) {
    super(`the subgraph has ${nodes} nodes`);
    this.name = "SubgraphTooLarge";
  }
}

async function relationsAmong(
  tx: ManagedTransaction,
  collector: GraphCollector,
  includeRejected: boolean,
): Promise<void> {
  const result = await tx.run(RELATIONS_AMONG, { ids: collector.nodeIds(), includeRejected });
  collector.add(result.records[0].get("relations"));
}

/**
 * Reads the chosen nodes and, when asked, every relation among them, with all their properties and evidence
 * (and the title, outlet and date of each evidence item's article).
 */
export async function readSubgraph(
  db: Db,
  selection: SubgraphSelection,
  maxNodes: number,
  includeRejected = false,
): Promise<GraphPayload> {
  return db.read(async (tx) => {
    let collector: GraphCollector;
    if (selection.kind === "collected") {
      collector = selection.collector;
    } else {
      const statement = selection.kind === "ids" ? subgraphNodesStatement(selection.hops) : ALL_ENTITIES;
      const params = selection.kind === "ids" ? { ids: selection.ids } : {};
      const result = await tx.run(statement, toCypherParams(params) as Record<string, unknown>);
      const total = result.records[0].get("total").toNumber();
      if (total > maxNodes) throw new SubgraphTooLarge(total);
      collector = new GraphCollector({ forExport: true }).add(result.records[0].get("nodes"));
    }
    if (collector.nodeIds().length > maxNodes) throw new SubgraphTooLarge(collector.nodeIds().length);
    if (selection.withRelations) await relationsAmong(tx, collector, includeRejected);
    return withEvidenceArticles(tx, collector.payload());
  });
}
