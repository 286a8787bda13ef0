import { write } from "graphology-gexf";
import { ExportWriter, encodeLists, toGraphology } from "../export-model";

/*
 * graphology-gexf writes string lists as "[a, b]" without quoting, so an item with ", " (any evidence
 * sentence) would split in two when read back; lists therefore travel as JSON text attributes.
 */
export const writeGexf: ExportWriter = (subgraph) => ({
  contentType: "application/gexf+xml",
  extension: "gexf",
  body: write(toGraphology(subgraph), {
    version: "1.3",
    formatNode: (key, attributes) => ({
      label: String(attributes.label ?? key),
      attributes: encodeLists(withoutLabel(attributes)),
    }),
    formatEdge: (_key, attributes) => ({
      label: String(attributes.label ?? ""),
      attributes: encodeLists(withoutLabel(attributes)),
    }),
  }),
});

function withoutLabel(attributes: Record<string, unknown>): Record<string, unknown> {
  const { label: _label, ...rest } = attributes;
  return rest;
}
