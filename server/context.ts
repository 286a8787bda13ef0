import { Logger } from "pino";
import { Config } from "../config";
import { Db } from "./neo4j";

/** What every capability's router is built from; created once per app. */
export interface AppContext {
  db: Db;
  config: Config;
  logger: Logger;
}
