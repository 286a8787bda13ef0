export { graphRouter } from "./graph-routes";
export { GraphFilterQuerySchema, buildFilters } from "./filters";
export type { CypherFilters, GraphFilterQuery } from "./filters";
