export * from "./driver";
export * from "./schema";
export * from "./values";
