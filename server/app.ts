import express, { Express, Router } from "express";
import { Driver } from "neo4j-driver";
import { Logger } from "pino";
import { Config } from "../config";
import { API_BASE } from "../domain/api";
import { AppContext } from "./context";
import { healthRouter } from "./health";
import { graphRouter } from "./graph";
import { entitiesRouter } from "./entities";
import { searchRouter } from "./search";
import { pathsRouter } from "./paths";
import { articlesRouter } from "./articles";
import { decisionsRouter } from "./decisions";
import { suggestionsRouter } from "./suggestions";
import { QueryGate, ReadOnlyStatements, cypherRouter } from "./cypher";
import { exportRouter } from "./export";
import { IngestJobs, uploadsRouter, parserEndpoint } from "./uploads";
import { openApiRouter } from "./openapi";
import {
  CHECK_RESPONSES,
  corsPolicy,
  createLogger,
  errorMiddleware,
  hostAllowlist,
  httpLogger,
  notFoundHandler,
  resolveWriteToken,
  sameOriginWrites,
  securityHeaders,
} from "./http";
import { Db } from "../storage";
import { siteRouter } from "./site";

export interface AppDeps {
  driver: Driver;
  config: Config;
  logger?: Logger;
  /** A built explorer to serve at `/` (main passes client/dist when it exists). */
  clientDir?: string;
  /** The write token; by default INGEST_TOKEN, or the one kept in (or generated into) INGEST_TOKEN_FILE. */
  writeToken?: string;
  /** Check every JSON answer against its contract schema before sending it (tests; costs a parse per answer). */
  checkResponses?: boolean;
}

const CAPABILITIES: ((context: AppContext) => Router)[] = [
  healthRouter,
  graphRouter,
  entitiesRouter,
  searchRouter,
  pathsRouter,
  articlesRouter,
  decisionsRouter,
  suggestionsRouter,
  cypherRouter,
  exportRouter,
  uploadsRouter,
  openApiRouter,
];

/** Neo4j's own transaction timeout on the bundled server (tools/local-neo4j/neo4j.conf), plus a margin. */
const CONSOLE_SLOT_CEILING_MS = 90_000;
const FINISHED_JOBS_KEPT = 100;

const contexts = new WeakMap<Express, AppContext>();

/** TRUST_PROXY as Express takes it: true/false, a hop count, or addresses/subnet names ("loopback"). */
function trustProxy(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Builds the HTTP app over an existing driver; nothing listens or connects here. */
export function createApp(deps: AppDeps): Express {
  const { config } = deps;
  const logger = deps.logger ?? createLogger(config);
  const db = new Db(deps.driver, config.NEO4J_DATABASE, config.READ_TIMEOUT_MS);
  const context: AppContext = {
    db,
    config,
    logger,
    readOnlyStatements: new ReadOnlyStatements(),
    consoleGate: new QueryGate(config.CYPHER_MAX_CONCURRENT, CONSOLE_SLOT_CEILING_MS),
    ingestJobs: new IngestJobs(
      db,
      logger,
      { queueLimit: config.INGEST_QUEUE_LIMIT, history: FINISHED_JOBS_KEPT },
      parserEndpoint(config),
    ),
    writeToken: deps.writeToken ?? resolveWriteToken(config).token,
  };
  const app = express();
  contexts.set(app, context);
  app.disable("x-powered-by");
  if (deps.checkResponses) app.set(CHECK_RESPONSES, true);
  if (config.TRUST_PROXY) app.set("trust proxy", trustProxy(config.TRUST_PROXY));
  app.set("query parser", "simple");
  app.use(httpLogger(logger));
  app.use(hostAllowlist(config.HOST, config.ALLOWED_HOSTS));
  app.use(securityHeaders());
  const cors = corsPolicy(config.CORS_ORIGIN);
  if (cors) app.use(API_BASE, cors);

  const api = Router();
  api.use(sameOriginWrites(config.CORS_ORIGIN));
  api.use(express.json({ limit: config.BODY_LIMIT }));
  for (const capability of CAPABILITIES) api.use(capability(context));
  api.use(notFoundHandler);
  app.use(API_BASE, api);

  app.use(siteRouter(context, deps.clientDir));
  app.use(notFoundHandler);
  app.use(errorMiddleware);
  return app;
}

/** Stops what the app runs besides answering requests: ingest jobs and their extraction processes. */
export async function closeApp(app: Express): Promise<void> {
  await contexts.get(app)?.ingestJobs.close();
}
