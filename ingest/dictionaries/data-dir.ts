import { join } from "node:path";

/** The YAML the loaders here read and validate: ingest/data/ holds data only. */
export const DATA_DIR = join(__dirname, "..", "data");
