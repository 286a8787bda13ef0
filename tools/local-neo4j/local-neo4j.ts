import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { resolveClasspath } from "../maven-classpath";
import { isAlive, readPid, stopProcess, waitUntilReady } from "../local-process";

const NEO4J_DIR = __dirname;
const POM = path.join(NEO4J_DIR, "pom.xml");
const BASE_CONF = path.join(NEO4J_DIR, "neo4j.conf");

/** The JVM flags Neo4j's own launch scripts pass (bin/neo4j, conf/neo4j.conf's server.jvm.additional). */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+AlwaysPreTouch",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "-XX:FlightRecorderOptions=stackdepth=256",
  "-XX:+UnlockDiagnosticVMOptions",
  "-XX:+DebugNonSafepoints",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/java.net=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

export interface LocalNeo4jOptions {
  /** Folder holding this instance's conf, data, logs and pid file (git-ignored). */
  dataDir: string;
  boltPort: number;
  httpPort: number;
  password: string;
  heap: string;
  /** How long start waits for the driver to connect. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalNeo4jError";
  }
}

/** Resolves Neo4j's jars from Maven Central once per pom version; later starts reuse the cached classpath. */
export function resolveNeo4jClasspath(cacheDir: string, log: (line: string) => void = () => {}): string {
  return resolveClasspath({
    pom: POM,
    cacheDir,
    what: "Neo4j",
    size: "200 MB",
    alternative: "set NEO4J_URI to a Neo4j you run yourself",
    makeError: (message) => new LocalNeo4jError(message),
    log,
  });
}

interface InstancePaths {
  root: string;
  conf: string;
  data: string;
  logs: string;
  pidFile: string;
  consoleLog: string;
  passwordMarker: string;
}

function instancePaths(dataDir: string): InstancePaths {
  const root = path.resolve(dataDir);
  return {
    root,
    conf: path.join(root, "conf"),
    data: path.join(root, "data"),
    logs: path.join(root, "logs"),
    pidFile: path.join(root, "neo4j.pid"),
    consoleLog: path.join(root, "logs", "console.log"),
    passwordMarker: path.join(root, "conf", ".initial-password-set"),
  };
}

function writeConf(paths: InstancePaths, options: LocalNeo4jOptions): void {
  mkdirSync(paths.conf, { recursive: true });
  mkdirSync(paths.data, { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  const overrides = [
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${path.join(paths.root, "run")}`,
    `server.directories.import=${path.join(paths.root, "import")}`,
    `server.memory.heap.max_size=${options.heap}`,
  ];
  writeFileSync(path.join(paths.conf, "neo4j.conf"), `${readFileSync(BASE_CONF, "utf8")}\n${overrides.join("\n")}\n`);
}

async function canConnect(options: LocalNeo4jOptions): Promise<boolean> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${options.boltPort}`, neo4j.auth.basic("neo4j", options.password), {
    connectionTimeout: 2000,
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  bolt: string;
  logFile: string;
}

export async function localNeo4jStatus(options: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const paths = instancePaths(options.dataDir);
  const pid = readPid(paths.pidFile);
  const running = pid !== null && isAlive(pid) && (await canConnect(options));
  return {
    running,
    pid: pid !== null && isAlive(pid) ? pid : null,
    bolt: `bolt://127.0.0.1:${options.boltPort}`,
    logFile: paths.consoleLog,
  };
}

/** Starts the instance (or finds it running) and resolves once the driver can connect. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const log = options.log ?? (() => {});
  const paths = instancePaths(options.dataDir);
  const existing = readPid(paths.pidFile);
  if (existing !== null && isAlive(existing)) {
    if (await waitUntilReady(existing, paths.pidFile, () => canConnect(options), 60000))
      return localNeo4jStatus(options);
  }
  const classpath = resolveNeo4jClasspath(path.join(paths.root, ".."), log);
  writeConf(paths, options);
  const env = { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf };
  if (!existsSync(paths.passwordMarker)) {
    const result = spawnSync(
      "java",
      ["-cp", classpath, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", options.password],
      { env, encoding: "utf8" },
    );
    if (result.status !== 0) {
      throw new LocalNeo4jError(`could not set the initial Neo4j password: ${(result.stderr || result.stdout).trim()}`);
    }
    writeFileSync(paths.passwordMarker, new Date().toISOString());
  }
  log(`starting Neo4j on bolt://127.0.0.1:${options.boltPort} (data in ${paths.data})`);
  const out = openSync(paths.consoleLog, "a");
  const child = spawn(
    "java",
    [
      ...JVM_FLAGS,
      `-Xmx${options.heap}`,
      "-cp",
      classpath,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${paths.root}`,
      `--config-dir=${paths.conf}`,
      "--console-mode",
    ],
    { env, detached: true, stdio: ["ignore", out, out] },
  );
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError("could not start java");
  writeFileSync(paths.pidFile, String(child.pid));
  const ok = await waitUntilReady(
    child.pid,
    paths.pidFile,
    () => canConnect(options),
    options.startTimeoutMs ?? 120000,
  );
  if (!ok) {
    if (isAlive(child.pid)) process.kill(child.pid, "SIGTERM");
    throw new LocalNeo4jError(
      `Neo4j did not accept connections on bolt://127.0.0.1:${options.boltPort}; see ${paths.consoleLog} and ${path.join(paths.logs, "neo4j.log")}`,
    );
  }
  return localNeo4jStatus(options);
}

export function stopLocalNeo4j(dataDir: string, timeoutMs = 60000): Promise<boolean> {
  return stopProcess(instancePaths(dataDir).pidFile, timeoutMs);
}

/** Test runs start from nothing: never the user's data. */
export function wipeLocalNeo4j(dataDir: string): void {
  const paths = instancePaths(dataDir);
  rmSync(paths.data, { recursive: true, force: true });
  rmSync(paths.logs, { recursive: true, force: true });
  rmSync(paths.conf, { recursive: true, force: true });
}

export function localOptionsFromConfig(config: {
  LOCAL_NEO4J_DATA_DIR: string;
  LOCAL_NEO4J_BOLT_PORT: number;
  LOCAL_NEO4J_HTTP_PORT: number;
  LOCAL_NEO4J_HEAP: string;
  NEO4J_PASSWORD: string;
}): LocalNeo4jOptions {
  return {
    dataDir: config.LOCAL_NEO4J_DATA_DIR,
    boltPort: config.LOCAL_NEO4J_BOLT_PORT,
    httpPort: config.LOCAL_NEO4J_HTTP_PORT,
    heap: config.LOCAL_NEO4J_HEAP,
    password: config.NEO4J_PASSWORD,
  };
}
