export * from "./renderer";
export * from "./reducers";
export * from "./view-model";
export * from "./selection-overlay";
export * from "./label-placement";
export type { LegendLine, SnapshotOptions } from "./snapshot";
