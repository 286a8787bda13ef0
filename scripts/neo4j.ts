import "dotenv/config";
import { loadConfig } from "../config";
import {
  localNeo4jStatus,
  localOptionsFromConfig,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../tools/local-neo4j/local-neo4j";

const USAGE = "usage: npm run neo4j:start | neo4j:stop | neo4j:status";

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const options = { ...localOptionsFromConfig(config), log: (line: string) => console.error(line) };
  if (config.NEO4J_URI && command !== "status") {
    console.error(`NEO4J_URI is set (${config.NEO4J_URI}): the project's local Neo4j is not used.`);
    return 0;
  }
  switch (command) {
    case "start": {
      const started = Date.now();
      const status = await startLocalNeo4j(options);
      console.log(
        `Neo4j is running at ${status.bolt} (pid ${status.pid}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s; log ${status.logFile})`,
      );
      return 0;
    }
    case "stop": {
      const stopped = await stopLocalNeo4j(options.dataDir);
      console.log(stopped ? "Neo4j stopped." : "Neo4j was not running.");
      return 0;
    }
    case "status": {
      const status = await localNeo4jStatus(options);
      console.log(
        status.running ? `running at ${status.bolt} (pid ${status.pid})` : `not running (log ${status.logFile})`,
      );
      return status.running ? 0 : 3;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`neo4j: ${error.message}`);
    process.exit(1);
  },
);
