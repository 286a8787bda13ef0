import express, { Express, Router } from "express";
import { Driver } from "neo4j-driver";
import { Logger } from "pino";
import { Config } from "../config";
import { AppContext } from "./context";
import { healthRouter } from "./health";
import { graphRouter } from "./graph";
import { entitiesRouter } from "./entities";
import { searchRouter } from "./search";
import { pathsRouter } from "./paths";
import { articlesRouter } from "./articles";
import { ReadOnlyStatements, cypherRouter } from "./cypher";
import { exportRouter } from "./export";
import { ingestRouter } from "./ingest";
import { openApiRouter } from "./openapi";
import { corsPolicy, createLogger, errorMiddleware, httpLogger, notFoundHandler, securityHeaders } from "./http";
import { Db } from "./neo4j";
import { siteRouter } from "./site";

export interface AppDeps {
  driver: Driver;
  config: Config;
  logger?: Logger;
  /** A built explorer to serve at `/` (main passes client/dist when it exists). */
  clientDir?: string;
}

const CAPABILITIES: ((context: AppContext) => Router)[] = [
  healthRouter,
  graphRouter,
  entitiesRouter,
  searchRouter,
  pathsRouter,
  articlesRouter,
  cypherRouter,
  exportRouter,
  ingestRouter,
  openApiRouter,
];

/** TRUST_PROXY as Express takes it: true/false, a hop count, or addresses/subnet names ("loopback"). */
function trustProxy(value: string): boolean | number | string {
  if (value === "true" || value === "false") return value === "true";
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Builds the HTTP app over an existing driver; nothing listens or connects here. */
export function createApp(deps: AppDeps): Express {
  const logger = deps.logger ?? createLogger(deps.config);
  const context: AppContext = { db: new Db(deps.driver, deps.config.NEO4J_DATABASE, deps.config.READ_TIMEOUT_MS), config: deps.config, logger, readOnlyStatements: new ReadOnlyStatements() };
  const app = express();
  app.disable("x-powered-by");
  if (deps.config.TRUST_PROXY) app.set("trust proxy", trustProxy(deps.config.TRUST_PROXY));
  app.set("query parser", "simple");
  app.use(httpLogger(logger));
  app.use(securityHeaders());
  const cors = corsPolicy(deps.config.CORS_ORIGIN);
  if (cors) app.use("/api", cors);

  const api = Router();
  api.use(express.json({ limit: deps.config.BODY_LIMIT }));
  for (const capability of CAPABILITIES) api.use(capability(context));
  api.use(notFoundHandler);
  app.use("/api", api);

  app.use(siteRouter(context, deps.clientDir));
  app.use(notFoundHandler);
  app.use(errorMiddleware);
  return app;
}
