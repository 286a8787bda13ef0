import "dotenv/config";
import { loadConfig } from "../config";
import { localCoreNlpOptions } from "../ingest/nlp";
import { localCoreNlpStatus, startLocalCoreNlp, stopLocalCoreNlp } from "../tools/local-corenlp/local-corenlp";

const USAGE = "usage: npm run corenlp:start | corenlp:stop | corenlp:status";

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const options = localCoreNlpOptions(config, (line: string) => console.error(line));
  if (config.CORENLP_URL && command !== "status") {
    console.error(
      `CORENLP_URL is set (${new URL(config.CORENLP_URL).origin}): the project's local CoreNLP is not used.`,
    );
    return 0;
  }
  switch (command) {
    case "start": {
      const started = Date.now();
      const status = await startLocalCoreNlp(options);
      console.log(
        `CoreNLP is running at ${status.endpoint.url} (pid ${status.pid}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s; log ${status.logFile})`,
      );
      return 0;
    }
    case "stop": {
      const stopped = await stopLocalCoreNlp(options.dataDir);
      console.log(stopped ? "CoreNLP stopped." : "CoreNLP was not running.");
      return 0;
    }
    case "status": {
      const status = await localCoreNlpStatus(options);
      console.log(
        status.running
          ? `running at ${status.endpoint.url} (pid ${status.pid})`
          : `not running (log ${status.logFile})`,
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
    console.error(`corenlp: ${error.message}`);
    process.exit(1);
  },
);
