export * from "./db";
export * from "./graph-mapping";
export * from "./cypher-params";
