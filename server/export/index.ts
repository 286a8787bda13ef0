export { exportRouter } from "./export-routes";
export { EXPORT_FORMATS, fromGraphology, toGraphology } from "./export-model";
export type { ExportFormat } from "./export-model";
export { writeGraphml } from "./graphml-writer";
