import { Logger } from "pino";
import { Config } from "../config";
import { QueryGate } from "./cypher/query-gate";
import { ReadOnlyStatements } from "./cypher/read-only-statements";
import { IngestJobs } from "./uploads/upload-jobs";
import { Db } from "../storage";

/** What every capability's router is built from; created once per app. */
export interface AppContext {
  db: Db;
  config: Config;
  logger: Logger;
  /** Cypher statements already shown read-only on this app's database (see cypher/). */
  readOnlyStatements: ReadOnlyStatements;
  /** The cap on console and export queries running at once. */
  consoleGate: QueryGate;
  /** Uploads being ingested, one at a time. */
  ingestJobs: IngestJobs;
  /** What every write endpoint asks for (http/auth.ts). */
  writeToken: string;
}
