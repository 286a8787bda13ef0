import { badRequest } from "../http";
import { CollectOptions, Db, GraphCollector } from "../neo4j";
import { CypherRefusal } from "./cypher-guard";
import { CypherLimits, CypherQueryError, CypherResult, runReadOnlyCypher } from "./cypher-runner";
import { ReadOnlyStatements } from "./read-only-statements";

/** Refusals and query errors are the caller's to fix: both become 400s that say why. */
function asHttpError(error: unknown): unknown {
  if (error instanceof CypherRefusal) return badRequest(`query refused: ${error.message}`);
  if (error instanceof CypherQueryError) return badRequest(`query failed: ${error.message}`);
  return error;
}

export async function runCypher(db: Db, readOnly: ReadOnlyStatements, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResult> {
  try {
    return (await runReadOnlyCypher(db, readOnly, query, params, limits)).result;
  } catch (error) {
    throw asHttpError(error);
  }
}

/** The graph a read-only query finds, for exports: same checks and bounds as runCypher. */
export async function collectCypherGraph(
  db: Db,
  readOnly: ReadOnlyStatements,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  options: CollectOptions,
): Promise<{ collector: GraphCollector; truncated: boolean }> {
  try {
    const { collector, result } = await runReadOnlyCypher(db, readOnly, query, params, limits, options);
    return { collector, truncated: result.truncated };
  } catch (error) {
    throw asHttpError(error);
  }
}
