import type { Config } from "../../config";
import {
  LocalCoreNlpOptions,
  localCoreNlpStatus,
  startLocalCoreNlp,
  stopLocalCoreNlp,
} from "../../tools/local-corenlp/local-corenlp";
import { CoreNlpClient } from "./corenlp-client";
import { CORENLP_PROPERTIES } from "./corenlp-properties";

export interface CoreNlpConnection {
  client: CoreNlpClient;
  /** Where the server is, for a process that needs its own client (credentials included). */
  endpoint: { url: string; username?: string; password?: string };
  /** Whether this connection started the server (and so stops it on close). */
  started: boolean;
  close(): Promise<void>;
}

export function localCoreNlpOptions(config: Config, log?: (line: string) => void): LocalCoreNlpOptions {
  return {
    dataDir: config.LOCAL_CORENLP_DATA_DIR,
    port: config.LOCAL_CORENLP_PORT,
    heap: config.LOCAL_CORENLP_HEAP,
    threads: config.LOCAL_CORENLP_THREADS,
    properties: { ...CORENLP_PROPERTIES },
    maxChars: config.CORENLP_MAX_CHARS,
    log,
  };
}

/** "http://user:secret@host:9000" -> the URL without its credentials, and the credentials. */
export function splitCredentials(raw: string): { url: string; username?: string; password?: string } {
  const url = new URL(raw);
  const username = url.username ? decodeURIComponent(url.username) : undefined;
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.username = "";
  url.password = "";
  return { url: url.toString().replace(/\/+$/, ""), username, password };
}

/** The endpoint as one URL, credentials in it, as CORENLP_URL takes it. */
export function endpointUrl(endpoint: { url: string; username?: string; password?: string }): string {
  const url = new URL(endpoint.url);
  if (endpoint.username) url.username = encodeURIComponent(endpoint.username);
  if (endpoint.password) url.password = encodeURIComponent(endpoint.password);
  return url.toString().replace(/\/$/, "");
}

export function coreNlpClient(
  config: Config,
  endpoint: { url: string; username?: string; password?: string },
): CoreNlpClient {
  return new CoreNlpClient({
    ...endpoint,
    concurrency: config.CORENLP_CONCURRENCY,
    timeoutMs: config.CORENLP_TIMEOUT_MS,
    maxChars: config.CORENLP_MAX_CHARS,
  });
}

/**
 * A CoreNLP server to parse with: the one CORENLP_URL names, else the project's own, found running or
 * started now (and then stopped by `close`). Fails with CoreNlpUnavailableError before anything is
 * extracted when the server cannot annotate.
 */
export async function connectCoreNlp(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<CoreNlpConnection> {
  if (config.CORENLP_URL) {
    const endpoint = splitCredentials(config.CORENLP_URL);
    const client = coreNlpClient(config, endpoint);
    await client.check();
    return { client, endpoint, started: false, close: async () => {} };
  }
  const options = localCoreNlpOptions(config, log);
  const running = await localCoreNlpStatus(options);
  const status = running.running ? running : await startLocalCoreNlp(options);
  const client = coreNlpClient(config, status.endpoint);
  const started = !running.running;
  try {
    await client.check();
  } catch (error) {
    if (started) await stopLocalCoreNlp(options.dataDir);
    throw error;
  }
  return {
    client,
    endpoint: status.endpoint,
    started,
    close: async () => {
      if (started) await stopLocalCoreNlp(options.dataDir);
    },
  };
}
