import { scanCypher } from "./cypher-scanner";

/** Why a query is refused, for the 400 the caller gets. */
export class CypherRefusal extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "CypherRefusal";
  }
}

interface Rule {
  pattern: RegExp;
  reason: string;
}

/*
 * Clauses that write, change the schema or administer the server. A keyword right after "." or ":" is a
 * property or label and one right before ":" a map key, so `n.set` or `{delete: 1}` are not refused.
 */
const KEYWORD = (words: string) => new RegExp(`(?<![.:$\\w])\\b(?:${words})\\b(?!\\s*:)`, "i");

const RULES: Rule[] = [
  { pattern: KEYWORD("LOAD\\s+CSV"), reason: "LOAD CSV reads files or URLs from the server and is not allowed" },
  { pattern: KEYWORD("FOREACH"), reason: "FOREACH exists to write in a loop; only reading queries are allowed" },
  { pattern: KEYWORD("CREATE|MERGE"), reason: "CREATE and MERGE write to the database; only reading queries are allowed" },
  { pattern: KEYWORD("SET|REMOVE"), reason: "SET and REMOVE change properties or labels; only reading queries are allowed" },
  { pattern: KEYWORD("DELETE|DETACH"), reason: "DELETE removes data; only reading queries are allowed" },
  { pattern: KEYWORD("DROP|ALTER|RENAME"), reason: "schema and database changes are not allowed" },
  { pattern: KEYWORD("GRANT|DENY|REVOKE|TERMINATE|SHOW|ENABLE|DEALLOCATE|REALLOCATE|START\\s+DATABASE|STOP\\s+DATABASE"), reason: "administration commands are not allowed" },
  { pattern: KEYWORD("USE"), reason: "USE switches to another database; queries run on the configured one" },
  { pattern: KEYWORD("IN\\s+TRANSACTIONS|PERIODIC\\s+COMMIT"), reason: "batched transactions are for writing and are not allowed" },
  { pattern: /\bCALL\s+dbms\s*\./i, reason: "dbms.* procedures administer the server and are not allowed" },
  { pattern: /(?<![.\w])(?:EXPLAIN|PROFILE)\b/i, reason: "EXPLAIN and PROFILE are not supported here; send the query itself" },
];

/** Maximum query text length: a guard against pasted dumps, not a real query's size. */
export const MAX_QUERY_LENGTH = 20_000;

/**
 * The static half of the read-only check; the other half is EXPLAIN's query type, and the query then runs
 * in a READ transaction, which Neo4j itself refuses to write in. Returns the single statement to run.
 */
export function checkStatically(query: string): string {
  if (query.length > MAX_QUERY_LENGTH) throw new CypherRefusal(`the query is longer than ${MAX_QUERY_LENGTH} characters`);
  const { code, unterminated } = scanCypher(query);
  if (unterminated) throw new CypherRefusal("the query has an unterminated string, comment or quoted name");
  const semicolon = code.indexOf(";");
  if (semicolon !== -1 && code.slice(semicolon + 1).trim() !== "") {
    throw new CypherRefusal("only one statement per request: the query has more than one (separated by ';')");
  }
  const end = semicolon === -1 ? query.length : semicolon;
  if (code.slice(0, end).trim() === "") throw new CypherRefusal("the query is empty");
  for (const rule of RULES) if (rule.pattern.test(code)) throw new CypherRefusal(rule.reason);
  return query.slice(0, end);
}

const QUERY_TYPE_NAMES: Record<string, string> = { w: "writes", rw: "reads and writes", s: "changes the schema or administers the server" };

/** The plan's verdict: Neo4j classifies every statement as r, w, rw or s; only r may run. */
export function checkQueryType(queryType: string | undefined): void {
  if (queryType === "r") return;
  throw new CypherRefusal(`Neo4j's plan says this query ${QUERY_TYPE_NAMES[queryType ?? ""] ?? `is of type ${queryType}`}; only read-only queries are allowed`);
}
