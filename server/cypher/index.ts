export { cypherRouter } from "./cypher-routes";
export { CypherParamsSchema } from "./cypher-routes";
export { runReadOnlyCypher } from "./cypher-runner";
export { CypherRefusal, checkStatically } from "./cypher-guard";
export { runCypher } from "./cypher-service";
