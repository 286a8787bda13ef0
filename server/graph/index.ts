export { graphRouter } from "./graph-routes";
export { GraphFilterQuerySchema } from "./filters";
export type { GraphFilterQuery } from "./filters";
