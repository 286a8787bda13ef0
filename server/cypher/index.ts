export { cypherRouter } from "./cypher-routes";
export { CypherRefusal, checkStatically, CYPHER_BOUNDS } from "./cypher-guard";
export { runCypher, collectCypherGraph } from "./cypher-service";
export type { CypherContext, CypherLimits } from "./cypher-runner";
export { ReadOnlyStatements } from "./read-only-statements";
export { QueryGate } from "./query-gate";
