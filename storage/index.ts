export * from "./driver";
export * from "./schema";
export * from "./values";
export * from "./cypher-params";
export * from "./db";
export * from "./read/graph-mapping";
export * from "./read/stored-entities";
export * from "./write";
