export * from "./layout";
export * from "./layout-all";
