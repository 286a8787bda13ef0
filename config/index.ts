import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

/**
 * Articles per write transaction. Each statement has a fixed cost, so fewer, larger batches write
 * faster (bench: 500 articles in batches of 500 took 0.8-0.9 s, in batches of 100 1.3-1.8 s).
 */
export const DEFAULT_INGEST_BATCH_SIZE = 500;

/** Every variable the product reads; `.env.example` lists the same names. */
export const ConfigSchema = z.object({
  NEO4J_URI: z.string().trim().min(1).optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z
    .string()
    .min(8, "NEO4J_PASSWORD must have at least 8 characters (Neo4j's own rule)")
    .default("newsgraph-local"),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_CONNECTION_TIMEOUT_MS: positiveInt.default(5000),
  /** How long the driver keeps retrying a transaction after transient failures (e.g. a cluster leader change). */
  NEO4J_MAX_RETRY_TIME_MS: z.coerce.number().int().min(0).default(5000),
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  LOCAL_NEO4J_HTTP_PORT: port.default(7474),
  LOCAL_NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, "expected a size such as 512m or 1g")
    .default("1g"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The write token; when unset, one is generated at first start and kept in INGEST_TOKEN_FILE. */
  INGEST_TOKEN: z.string().min(16, "INGEST_TOKEN must have at least 16 characters").optional(),
  INGEST_TOKEN_FILE: z.string().min(1).default(".data/ingest-token"),
  /** Host names the server answers for (on any port) besides localhost, 127.0.0.1 and [::1]; comma-separated. */
  ALLOWED_HOSTS: z.string().min(1).optional(),
  CORS_ORIGIN: z.string().min(1).optional(),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, "expected a size such as 512kb or 5mb")
    .default("5mb"),
  CYPHER_TIMEOUT_MS: positiveInt.default(10000),
  CYPHER_MAX_ROWS: positiveInt.default(5000),
  /** Console and export queries running at once; more are answered 503 at once. */
  CYPHER_MAX_CONCURRENT: positiveInt.default(4),
  RATE_LIMIT_PER_MINUTE: positiveInt.default(120),
  /** Uploads per client and minute. */
  INGEST_RATE_LIMIT_PER_MINUTE: positiveInt.default(20),
  /** Uploads waiting behind the one being ingested; more are answered 503. */
  INGEST_QUEUE_LIMIT: positiveInt.default(4),
  EXPORT_MAX_NODES: positiveInt.default(20000),
  READ_TIMEOUT_MS: positiveInt.default(30000),
  TRUST_PROXY: z.string().min(1).optional(),
  SAMPLES_DIR: z.string().min(1).default("samples/articles"),
  /** A Stanford CoreNLP server the user runs; unset means the project's own, started when needed. */
  CORENLP_URL: z.url({ message: "CORENLP_URL must be a URL such as http://localhost:9000" }).optional(),
  CORENLP_CONCURRENCY: positiveInt.default(2),
  CORENLP_TIMEOUT_MS: positiveInt.default(120000),
  CORENLP_MAX_CHARS: positiveInt.default(100000),
  LOCAL_CORENLP_PORT: port.default(9000),
  LOCAL_CORENLP_DATA_DIR: z.string().min(1).default(".data/corenlp"),
  LOCAL_CORENLP_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, "expected a size such as 3g or 3000m")
    .default("3g"),
  LOCAL_CORENLP_THREADS: positiveInt.default(2),
  INGEST_BATCH_SIZE: positiveInt.default(DEFAULT_INGEST_BATCH_SIZE),
  EXTRACTOR: z.enum(["rules", "llm", "both"]).default("rules"),
  LLM_BASE_URL: z
    .url({ message: "LLM_BASE_URL must be a URL such as http://localhost:11434/v1" })
    .default("http://localhost:11434/v1"),
  LLM_MODEL: z.string().min(1).default("llama3.1"),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: positiveInt.default(60000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  LLM_CONCURRENCY: positiveInt.default(2),
  LLM_CHUNK_SENTENCES: positiveInt.default(12),
  LLM_CACHE_DIR: z.string().min(1).default(".data/llm-cache"),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Reads configuration once; empty strings count as unset so a copied `.env.example` works as is. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`configuration: ${problems}`);
  }
  return parsed.data;
}

/** The bolt URI to use: the configured one, or the project's own local Neo4j. */
export function neo4jUri(config: Config): string {
  return config.NEO4J_URI ?? `bolt://127.0.0.1:${config.LOCAL_NEO4J_BOLT_PORT}`;
}
