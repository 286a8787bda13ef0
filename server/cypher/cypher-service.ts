import { badRequest } from "../http";
import { Db } from "../neo4j";
import { CypherRefusal } from "./cypher-guard";
import { CypherLimits, CypherQueryError, CypherResult, runReadOnlyCypher } from "./cypher-runner";

/** Refusals and query errors are the caller's to fix: both become 400s that say why. */
export async function runCypher(db: Db, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResult> {
  try {
    return (await runReadOnlyCypher(db, query, params, limits)).result;
  } catch (error) {
    if (error instanceof CypherRefusal) throw badRequest(`query refused: ${error.message}`);
    if (error instanceof CypherQueryError) throw badRequest(`query failed: ${error.message}`);
    throw error;
  }
}
