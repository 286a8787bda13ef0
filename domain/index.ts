export * from "./labels";
export * from "./relation-types";
export * from "./schemas";
export * from "./stored-graph";
