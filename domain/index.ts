export * from "./labels";
export * from "./relation-types";
export * from "./schemas";
export * from "./graph-payload";
export * from "./stored-graph";
export * from "./decisions";
export * from "./name-match";
