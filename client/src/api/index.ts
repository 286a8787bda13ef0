export * from "./http";
export * from "./schemas";
export * from "./endpoints";
