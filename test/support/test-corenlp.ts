import path from "node:path";
import { CORENLP_PROPERTIES } from "../../ingest/nlp";
import type { LocalCoreNlpOptions } from "../../tools/local-corenlp/local-corenlp";

/** The test CoreNLP server: its own port and folder, started once per test run. */
export const TEST_CORENLP: LocalCoreNlpOptions = {
  dataDir: path.resolve(__dirname, "../..", process.env.TEST_CORENLP_DATA_DIR ?? ".data/corenlp-test"),
  port: Number(process.env.TEST_CORENLP_PORT ?? 9091),
  heap: "3g",
  threads: 2,
  properties: { ...CORENLP_PROPERTIES },
  maxChars: 100000,
  startTimeoutMs: 300000,
};
