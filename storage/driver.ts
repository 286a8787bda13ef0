import neo4j, { Driver } from "neo4j-driver";
import { Config, neo4jUri } from "../config";

/** One driver per process; the bounded timeouts make a dead database an error, not a hang. */
export function createDriver(config: Config): Driver {
  return neo4j.driver(neo4jUri(config), neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    connectionTimeout: config.NEO4J_CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: config.NEO4J_CONNECTION_TIMEOUT_MS * 2,
    maxTransactionRetryTime: config.NEO4J_MAX_RETRY_TIME_MS,
    disableLosslessIntegers: false,
    userAgent: "newsgraph",
  });
}
