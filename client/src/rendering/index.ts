export * from "./renderer";
export * from "./reducers";
export * from "./view-model";
export * from "./selection-overlay";
