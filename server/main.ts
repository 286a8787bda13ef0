import "dotenv/config";
import { existsSync } from "node:fs";
import { Server } from "node:http";
import { AddressInfo } from "node:net";
import path from "node:path";
import { Config, loadConfig } from "../config";
import { createDriver, ensureSchema } from "../storage";
import { closeApp, createApp } from "./app";
import { WriteToken, createLogger, resolveWriteToken } from "./http";

export interface RunningServer {
  url: string;
  /** What uploads and retractions ask for, and where it came from. */
  writeToken: WriteToken;
  close(): Promise<void>;
}

const CLIENT_DIST = path.resolve(__dirname, "..", "client", "dist");
const SHUTDOWN_GRACE_MS = 10_000;

/** Connects, makes sure the schema exists, and listens; close() stops ingest jobs and accepting, then closes the driver. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config);
  const writeToken = resolveWriteToken(config);
  const driver = createDriver(config);
  let server: Server;
  let app: ReturnType<typeof createApp>;
  try {
    await ensureSchema(driver, config.NEO4J_DATABASE);
    app = createApp({
      driver,
      config,
      logger,
      clientDir: existsSync(CLIENT_DIST) ? CLIENT_DIST : undefined,
      writeToken: writeToken.token,
    });
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
        error ? reject(error) : resolve(listening),
      );
    });
  } catch (error) {
    await driver.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  const url = `http://${host}:${port}`;
  logger.info({ url, database: config.NEO4J_DATABASE }, "server listening");
  let closing: Promise<void> | undefined;
  return {
    url,
    writeToken,
    close() {
      closing ??= (async () => {
        await closeApp(app);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Requests still running after the grace period are cut rather than holding the shutdown forever.
          setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
        });
        await driver.close();
        logger.info("server stopped");
      })();
      return closing;
    },
  };
}

if (require.main === module) {
  const config = loadConfig();
  startServer(config).then(
    (running) => {
      console.log(`Newsgraph server at ${running.url}`);
      const stop = (signal: string) => {
        console.log(`${signal}: shutting down`);
        running.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
    },
    (error: Error) => {
      console.error(`server: ${error.message}`);
      process.exit(1);
    },
  );
}
