export { exportRouter } from "./export-routes";
export { fromGraphology, toGraphology } from "./export-model";
export { writeGraphml } from "./graphml-writer";
