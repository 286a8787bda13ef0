import { CypherContext, CypherLimits, collectCypherGraph } from "../cypher";
import { badRequest } from "../http";
import { ExportFormat, ExportRequest } from "../../domain/api";
import { ExportFile } from "./export-model";
import { EXPORT_WRITERS } from "./formats";
import { SubgraphSelection, SubgraphTooLarge, readSubgraph } from "./subgraph-repository";

export interface ExportLimits extends CypherLimits {
  maxNodes: number;
}

/** The graph a query finds, checked read-only and bounded exactly like POST /api/cypher; never a cut one. */
async function selectionFromQuery(
  context: CypherContext,
  query: string,
  request: ExportRequest,
  limits: ExportLimits,
): Promise<SubgraphSelection> {
  const { collector, truncated } = await collectCypherGraph(context, query, request.params, limits, {
    forExport: true,
  });
  if (truncated)
    throw badRequest(`body.query: the query returned more than ${limits.maxRows} rows; narrow it to export it whole`);
  return { kind: "collected", collector, withRelations: request.withRelations };
}

export async function exportSubgraph(
  context: CypherContext,
  request: ExportRequest,
  limits: ExportLimits,
): Promise<ExportFile & { format: ExportFormat }> {
  const selection: SubgraphSelection = request.query
    ? await selectionFromQuery(context, request.query, request, limits)
    : request.ids
      ? { kind: "ids", ids: request.ids, hops: request.hops, withRelations: request.withRelations }
      : { kind: "all", withRelations: request.withRelations };
  try {
    const subgraph = await readSubgraph(context.db, selection, limits.maxNodes, request.includeRejected);
    return { ...EXPORT_WRITERS[request.format](subgraph), format: request.format };
  } catch (error) {
    if (error instanceof SubgraphTooLarge) {
      throw badRequest(
        `${error.message}, more than the ${limits.maxNodes} an export may hold (EXPORT_MAX_NODES); choose fewer nodes or hops`,
      );
    }
    throw error;
  }
}
