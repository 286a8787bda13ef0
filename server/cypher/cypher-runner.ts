import { ManagedTransaction, Neo4jError } from "neo4j-driver";
import { toPlain } from "../../db";
import { GraphPayload } from "../../domain";

import { CypherRefusal, checkQueryType, checkStatically } from "./cypher-guard";
import { CollectOptions, Db, GraphCollector, toCypherParams } from "../neo4j";
import { ReadOnlyStatements } from "./read-only-statements";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  graph: GraphPayload;
  truncated: boolean;
  rowLimit: number;
}

/** The Neo4j error of a user's query, as the caller's mistake (400) with Neo4j's own first line. */
export class CypherQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CypherQueryError";
  }
}

function asQueryError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError) || !error.code.startsWith("Neo.ClientError.")) return error;
  if (error.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return new CypherQueryError(`the query ran longer than ${timeoutMs} ms and was stopped; narrow it or add a LIMIT`);
  }
  if (error.code === "Neo.ClientError.Security.Forbidden" || error.message.includes("read access mode")) {
    return new CypherRefusal("the query tried to write; only read-only queries are allowed");
  }
  return new CypherQueryError(`${error.code.split(".").pop()}: ${error.message.split("\n")[0]}`);
}

/** Nodes at the end of relationships the query returned without their endpoints. */
async function addMissingEndpoints(tx: ManagedTransaction, collector: GraphCollector): Promise<void> {
  const missing = collector.missingEndpoints();
  if (missing.length === 0) return;
  const result = await tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: missing });
  collector.add(result.records.map((r) => r.get("n")));
}

/**
 * Runs a caller's Cypher read-only and bounded: a static check, EXPLAIN's query type, then a READ
 * transaction with a timeout, reading at most maxRows + 1 rows to know whether the result was cut.
 * EXPLAIN is skipped for statements it has already passed on this database.
 */
export async function runReadOnlyCypher(
  db: Db,
  readOnly: ReadOnlyStatements,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  collectOptions: CollectOptions = {},
): Promise<{ result: CypherResult; collector: GraphCollector }> {
  const statement = checkStatically(query);
  const parameters = toCypherParams(params) as Record<string, unknown>;
  try {
    return await db.read(
      async (tx) => {
        // Both are sent at once, saving a round trip; no record is read before EXPLAIN's query type is
        // checked, and a refusal rolls the READ transaction back, in which Neo4j writes nothing anyway.
        const plan = readOnly.has(statement) ? null : tx.run(`EXPLAIN ${statement}`, parameters);
        const result = tx.run(statement, parameters);
        if (plan) {
          checkQueryType((await plan).summary.queryType);
          readOnly.add(statement);
        }
        const rows: unknown[][] = [];
        const collector = new GraphCollector(collectOptions);
        let truncated = false;
        const columns = [...(await result.keys())];
        for await (const record of result) {
          if (rows.length === limits.maxRows) {
            truncated = true;
            break;
          }
          collector.add(record.toObject());
          rows.push(columns.map((key) => toPlain(record.get(key))));
        }
        await addMissingEndpoints(tx, collector);
        return { result: { columns, rows, graph: collector.payload(), truncated, rowLimit: limits.maxRows }, collector };
      },
      { timeout: limits.timeoutMs },
    );
  } catch (error) {
    throw asQueryError(error, limits.timeoutMs);
  }
}
