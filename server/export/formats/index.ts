import { ExportFormat } from "../../../domain/api";
import { ExportWriter } from "../export-model";
import { writeCsvZip } from "./csv-format";
import { writeCypher } from "./cypher-format";
import { writeGexf } from "./gexf-format";
import { writeGraphmlFile } from "./graphml-format";
import { writeJson } from "./json-format";
import { writePlover } from "./plover-format";

/** Formats by name: adding one is a writer here and its name in EXPORT_FORMATS (domain/api). */
export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  gexf: writeGexf,
  graphml: writeGraphmlFile,
  json: writeJson,
  csv: writeCsvZip,
  cypher: writeCypher,
  plover: writePlover,
};

export type { PloverRecord } from "./plover-format";
export { cypherString } from "./cypher-format";
