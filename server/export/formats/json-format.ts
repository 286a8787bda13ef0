import { ExportWriter, toGraphology } from "../export-model";

/** graphology's own serialisation: `graph.import(JSON.parse(text))` restores it. */
export const writeJson: ExportWriter = (subgraph) => ({
  contentType: "application/json",
  extension: "json",
  body: JSON.stringify(toGraphology(subgraph).export(), null, 1),
});
