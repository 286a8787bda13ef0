export { graphRouter } from "./graph-routes";
export { buildFilters } from "./filters";
export type { CypherFilters } from "./filters";
