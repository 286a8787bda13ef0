import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveClasspath } from "../maven-classpath";
import { isAlive, readPid, stopProcess, waitUntilReady } from "../local-process";

const POM = path.join(__dirname, "pom.xml");
const SERVER_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLPServer";

export interface LocalCoreNlpOptions {
  /** Folder holding this instance's properties, credentials, log and pid file (git-ignored). */
  dataDir: string;
  port: number;
  heap: string;
  threads: number;
  /** The pipeline every request uses; preloaded at start so the first article does not wait for the models. */
  properties: Record<string, string>;
  /** Longest text, in characters, the server accepts in one request. */
  maxChars: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Where to reach a running server: its URL and the credentials it was started with. */
export interface CoreNlpEndpoint {
  url: string;
  username?: string;
  password?: string;
}

export interface LocalCoreNlpStatus {
  running: boolean;
  pid: number | null;
  endpoint: CoreNlpEndpoint;
  logFile: string;
}

export class LocalCoreNlpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalCoreNlpError";
  }
}

interface InstancePaths {
  root: string;
  pidFile: string;
  log: string;
  properties: string;
  credentials: string;
}

function instancePaths(dataDir: string): InstancePaths {
  const root = path.resolve(dataDir);
  return {
    root,
    pidFile: path.join(root, "corenlp.pid"),
    log: path.join(root, "corenlp.log"),
    properties: path.join(root, "pipeline.properties"),
    credentials: path.join(root, "credentials.json"),
  };
}

/**
 * The server listens on every interface (it has no bind option), so the local one requires a password
 * made at first start and kept in the data folder: nothing but this machine's user can annotate with it.
 */
function credentials(paths: InstancePaths): { username: string; password: string } {
  if (existsSync(paths.credentials))
    return JSON.parse(readFileSync(paths.credentials, "utf8")) as { username: string; password: string };
  const made = { username: "newsgraph", password: randomBytes(18).toString("base64url") };
  writeFileSync(paths.credentials, JSON.stringify(made), { mode: 0o600 });
  return made;
}

/** `/ready` answers 200 once the preloaded models are in memory; it needs no credentials. */
async function isReady(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

function endpointOf(paths: InstancePaths, port: number): CoreNlpEndpoint {
  const url = `http://127.0.0.1:${port}`;
  return existsSync(paths.credentials) ? { url, ...credentials(paths) } : { url };
}

export async function localCoreNlpStatus(
  options: Pick<LocalCoreNlpOptions, "dataDir" | "port">,
): Promise<LocalCoreNlpStatus> {
  const paths = instancePaths(options.dataDir);
  const pid = readPid(paths.pidFile);
  const alive = pid !== null && isAlive(pid);
  return {
    running: alive && (await isReady(options.port)),
    pid: alive ? pid : null,
    endpoint: endpointOf(paths, options.port),
    logFile: paths.log,
  };
}

function propertiesFile(properties: Record<string, string>): string {
  return Object.entries(properties)
    .map(([key, value]) => `${key} = ${value}`)
    .join("\n");
}

/** Starts the server (or finds it running) and resolves once its models are loaded. */
export async function startLocalCoreNlp(options: LocalCoreNlpOptions): Promise<LocalCoreNlpStatus> {
  const log = options.log ?? (() => {});
  const paths = instancePaths(options.dataDir);
  mkdirSync(paths.root, { recursive: true });
  const existing = readPid(paths.pidFile);
  if (existing !== null && isAlive(existing)) {
    if (await waitUntilReady(existing, paths.pidFile, () => isReady(options.port), options.startTimeoutMs ?? 180000))
      return localCoreNlpStatus(options);
  }
  const classpath = resolveClasspath({
    pom: POM,
    cacheDir: path.join(paths.root, ".."),
    what: "Stanford CoreNLP and its English models",
    size: "500 MB",
    alternative: "set CORENLP_URL to a CoreNLP server you run yourself",
    makeError: (message) => new LocalCoreNlpError(message),
    log,
  });
  const { username, password } = credentials(paths);
  writeFileSync(paths.properties, propertiesFile(options.properties));
  log(`starting Stanford CoreNLP on http://127.0.0.1:${options.port} (loading its models takes a while)`);
  const out = openSync(paths.log, "a");
  const child = spawn(
    "java",
    [
      `-Xmx${options.heap}`,
      "-Dfile.encoding=UTF-8",
      "-cp",
      classpath,
      SERVER_CLASS,
      "-port",
      String(options.port),
      "-threads",
      String(options.threads),
      "-serverProperties",
      paths.properties,
      "-preload",
      options.properties.annotators,
      "-maxCharLength",
      String(options.maxChars),
      "-timeout",
      "600000",
      "-quiet",
      "true",
      "-username",
      username,
      "-password",
      password,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  child.unref();
  if (child.pid === undefined) throw new LocalCoreNlpError("could not start java");
  writeFileSync(paths.pidFile, String(child.pid));
  const ok = await waitUntilReady(
    child.pid,
    paths.pidFile,
    () => isReady(options.port),
    options.startTimeoutMs ?? 180000,
  );
  if (!ok) {
    if (isAlive(child.pid)) process.kill(child.pid, "SIGTERM");
    rmSync(paths.pidFile, { force: true });
    throw new LocalCoreNlpError(`CoreNLP did not become ready on port ${options.port}; see ${paths.log}`);
  }
  return localCoreNlpStatus(options);
}

export function stopLocalCoreNlp(dataDir: string, timeoutMs = 30000): Promise<boolean> {
  return stopProcess(instancePaths(dataDir).pidFile, timeoutMs);
}
