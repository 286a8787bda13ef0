export * from "./store";
export * from "./app-state";
export * from "./url-state";
export * from "./url-sync";
export * from "./actions";
export * from "./errors";
