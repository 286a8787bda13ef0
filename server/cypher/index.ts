export { cypherRouter, CypherParamsSchema } from "./cypher-routes";
export { CypherRefusal, checkStatically, MAX_QUERY_LENGTH } from "./cypher-guard";
export { runCypher, collectCypherGraph } from "./cypher-service";
export type { CypherLimits, CypherResult } from "./cypher-runner";
export { ReadOnlyStatements } from "./read-only-statements";
