export { cypherRouter, CypherParamsSchema } from "./cypher-routes";
export { CypherRefusal, checkStatically, MAX_QUERY_LENGTH, CYPHER_BOUNDS } from "./cypher-guard";
export { runCypher, collectCypherGraph } from "./cypher-service";
export type { CypherContext, CypherLimits, CypherResult } from "./cypher-runner";
export { ReadOnlyStatements } from "./read-only-statements";
export { QueryGate } from "./query-gate";
