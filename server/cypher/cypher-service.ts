import { CollectOptions, GraphCollector } from "../../storage";
import { badRequest, serviceUnavailable } from "../http";
import { CypherBusy, CypherQueryError, CypherRefusal } from "./cypher-errors";
import { CypherResponse } from "../../domain/api";
import { CypherContext, CypherLimits, runReadOnlyCypher } from "./cypher-runner";

/** Refusals and query errors are the caller's to fix (400s that say why); a full console is a 503. */
function asHttpError(error: unknown): unknown {
  if (error instanceof CypherRefusal) return badRequest(`query refused: ${error.message}`);
  if (error instanceof CypherQueryError) return badRequest(`query failed: ${error.message}`);
  if (error instanceof CypherBusy) return serviceUnavailable(error.message);
  return error;
}

export async function runCypher(
  context: CypherContext,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
): Promise<CypherResponse> {
  try {
    return (await runReadOnlyCypher(context, query, params, limits)).result;
  } catch (error) {
    throw asHttpError(error);
  }
}

/** The graph a read-only query finds, for exports: same checks and bounds as runCypher. */
export async function collectCypherGraph(
  context: CypherContext,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  options: CollectOptions,
): Promise<{ collector: GraphCollector; truncated: boolean }> {
  try {
    const { collector, result } = await runReadOnlyCypher(context, query, params, limits, options);
    return { collector, truncated: result.truncated };
  } catch (error) {
    throw asHttpError(error);
  }
}
