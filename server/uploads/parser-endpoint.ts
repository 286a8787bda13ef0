import type { Config } from "../../config";
import { connectCoreNlp, splitCredentials } from "../../ingest/nlp";

export interface ParserEndpoint {
  url: string;
  username?: string;
  password?: string;
}

/**
 * Where uploads are parsed: CORENLP_URL's server, else the project's own, found running or started the
 * first time an upload needs it (and left running for the next one). A failure is not remembered, so a
 * later upload tries again.
 */
export function parserEndpoint(config: Config): () => Promise<ParserEndpoint> {
  let endpoint: Promise<ParserEndpoint> | undefined;
  return () => {
    if (config.CORENLP_URL) return Promise.resolve(splitCredentials(config.CORENLP_URL));
    endpoint ??= connectCoreNlp(config).then((connection) => connection.endpoint);
    endpoint.catch(() => {
      endpoint = undefined;
    });
    return endpoint;
  };
}
