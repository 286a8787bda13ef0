import { ManagedTransaction, Neo4jError } from "neo4j-driver";
import { CypherResponse } from "../../domain/api";
import { CollectOptions, Db, GraphCollector, toCypherParams, toPlain } from "../../storage";
import { CypherBusy, CypherQueryError, CypherRefusal } from "./cypher-errors";
import { checkQueryType, checkStatically } from "./cypher-guard";
import { callerMessage } from "./neo4j-message";
import { QueryGate } from "./query-gate";
import { ReadOnlyStatements } from "./read-only-statements";

export { CypherQueryError } from "./cypher-errors";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
}

/** What a caller's query runs with: the app's database, its EXPLAIN memory and its concurrency cap. */
export interface CypherContext {
  db: Db;
  readOnly: ReadOnlyStatements;
  gate: QueryGate;
}

/**
 * The server answers at most this long after the timeout even when Neo4j does not stop in time: some
 * operators check the transaction's timeout rarely (a collect() over millions of rows ran 34 s under a
 * 5 s timeout until the memory limit stopped it).
 */
const DEADLINE_GRACE_MS = 500;

class DeadlineExceeded extends Error {}

const timedOut = (timeoutMs: number) =>
  new CypherQueryError(`the query ran longer than ${timeoutMs} ms and was stopped; narrow it or add a LIMIT`);

const EXPLAIN = "EXPLAIN ";

function asQueryError(error: unknown, timeoutMs: number, shift: number): unknown {
  if (error instanceof DeadlineExceeded) return timedOut(timeoutMs);
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? "";
  const kind = code.split(".").pop();
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    code === "Neo.TransientError.Transaction.Terminated"
  )
    return timedOut(timeoutMs);
  if (code === "Neo.ClientError.Security.Forbidden" || error.message.includes("read access mode")) {
    return new CypherRefusal("the query tried to write; only read-only queries are allowed");
  }
  if (code.endsWith("MemoryPoolOutOfMemoryError")) {
    return new CypherQueryError("the query needs more memory than one query may use; narrow it or aggregate less");
  }
  if (code.startsWith("Neo.ClientError."))
    return new CypherQueryError(`${kind}: ${callerMessage(error.message, shift)}`);
  if (code.startsWith("Neo.DatabaseError."))
    return new CypherQueryError(`Neo4j failed while running this query (${kind}); simplify it`);
  if (code.startsWith("Neo.TransientError."))
    return new CypherBusy(`Neo4j could not run the query just now (${kind}); try again`);
  return error;
}

/** Nodes at the end of relationships the query returned without their endpoints. */
async function addMissingEndpoints(tx: Pick<ManagedTransaction, "run">, collector: GraphCollector): Promise<void> {
  const missing = collector.missingEndpoints();
  if (missing.length === 0) return;
  const result = await tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: missing });
  collector.add(result.records.map((r) => r.get("n")));
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Runs a caller's Cypher read-only and bounded: the parse-based allowlist, EXPLAIN's query type, then a READ
 * transaction with a timeout (one attempt, no retries), reading at most maxRows + 1 rows to know whether
 * the result was cut, and an answer by the deadline whatever Neo4j does. EXPLAIN is skipped for
 * statements it has already passed on this database.
 */
export async function runReadOnlyCypher(
  { db, readOnly, gate }: CypherContext,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  collectOptions: CollectOptions = {},
): Promise<{ result: CypherResponse; collector: GraphCollector }> {
  const statement = checkStatically(query, db.database);
  const parameters = toCypherParams(params) as Record<string, unknown>;
  // A statement not yet shown read-only is planned first, so Neo4j's error positions count EXPLAIN's prefix.
  const explained = !readOnly.has(statement);
  const release = gate.tryEnter();
  if (!release)
    throw new CypherBusy(`${gate.capacity} console queries are already running; try again once one has finished`);
  const work = db.readOnce(
    async (tx) => {
      // Both are sent at once, saving a round trip; no record is read before EXPLAIN's query type is
      // checked, and a refusal rolls the READ transaction back, in which Neo4j writes nothing anyway.
      const plan = explained ? tx.run(`${EXPLAIN}${statement}`, parameters) : null;
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
  work.then(release, release);
  try {
    return await withDeadline(work, limits.timeoutMs + DEADLINE_GRACE_MS);
  } catch (error) {
    throw asQueryError(error, limits.timeoutMs, explained ? EXPLAIN.length : 0);
  }
}
