import { Logger } from "pino";
import { Config } from "../config";
import { ReadOnlyStatements } from "./cypher/read-only-statements";
import { Db } from "./neo4j";

/** What every capability's router is built from; created once per app. */
export interface AppContext {
  db: Db;
  config: Config;
  logger: Logger;
  /** Cypher statements already shown read-only on this app's database (see cypher/). */
  readOnlyStatements: ReadOnlyStatements;
}
