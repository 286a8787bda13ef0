import { ExportWriter } from "../export-model";
import { writeGraphml } from "../graphml-writer";

export const writeGraphmlFile: ExportWriter = (subgraph) => ({
  contentType: "application/graphml+xml",
  extension: "graphml",
  body: writeGraphml(subgraph),
});
