import { CORENLP_PROPERTIES } from "./corenlp-properties";
import { AnnotatedDocument, fromCoreNlpJson } from "./annotated-document";

export interface CoreNlpClientOptions {
  url: string;
  username?: string;
  password?: string;
  /** Requests in flight at once; the server runs them on its thread pool. */
  concurrency: number;
  timeoutMs: number;
  /** Longest text sent in one request; longer articles are refused before sending. */
  maxChars: number;
}

/** The server cannot be reached at all: nothing can be extracted, so a run stops before writing. */
export class CoreNlpUnavailableError extends Error {
  constructor(url: string, cause: string) {
    super(
      `cannot reach Stanford CoreNLP at ${url} (${cause}); start the project's own with \`npm run corenlp:start\`, ` +
        "or set CORENLP_URL to a CoreNLP server you run (for example `docker compose up corenlp`)",
    );
    this.name = "CoreNlpUnavailableError";
  }
}

/** The server could not annotate one text (too long, timed out, failed on its content). */
export class CoreNlpTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CoreNlpTextError";
  }
}

/** Limits how many requests are in flight; the rest wait in order. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

const NETWORK_FAILURES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ECONNRESET",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
]);

function networkFailure(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code && NETWORK_FAILURES.has(cause.code) ? cause.code : undefined;
}

/** A client of the CoreNLP server's annotation endpoint, with one fixed set of properties. */
export class CoreNlpClient {
  private readonly gate: Gate;
  private readonly endpoint: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly options: CoreNlpClientOptions) {
    this.gate = new Gate(options.concurrency);
    // Encoded: sent raw, the server answers 400 or silently falls back to its default annotators.
    this.endpoint = `${options.url.replace(/\/+$/, "")}/?properties=${encodeURIComponent(JSON.stringify(CORENLP_PROPERTIES))}`;
    this.headers = { "Content-Type": "text/plain; charset=utf-8" };
    if (options.username && options.password) {
      this.headers.Authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString("base64")}`;
    }
  }

  get url(): string {
    return this.options.url;
  }

  get concurrency(): number {
    return this.options.concurrency;
  }

  /** Annotates one text; throws CoreNlpUnavailableError when the server is not there, CoreNlpTextError for this text only. */
  annotate(text: string): Promise<AnnotatedDocument> {
    if (text.length > this.options.maxChars) {
      return Promise.reject(
        new CoreNlpTextError(
          `the text has ${text.length} characters, more than the ${this.options.maxChars} CoreNLP is allowed to parse at once (CORENLP_MAX_CHARS)`,
        ),
      );
    }
    return this.gate.run(() => this.post(text));
  }

  /** Fails with CoreNlpUnavailableError unless the server annotates a short text with our pipeline. */
  async check(): Promise<void> {
    await this.annotate("Newsgraph checks the parser.");
  }

  private async post(text: string): Promise<AnnotatedDocument> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers: this.headers,
        body: text,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const code = networkFailure(error);
      if (code) throw new CoreNlpUnavailableError(this.options.url, code);
      if ((error as Error).name === "TimeoutError")
        throw new CoreNlpTextError(`CoreNLP did not answer within ${this.options.timeoutMs} ms (CORENLP_TIMEOUT_MS)`);
      throw new CoreNlpUnavailableError(this.options.url, (error as Error).message);
    }
    const body = await response.text();
    if (response.status === 401) throw new CoreNlpUnavailableError(this.options.url, "it refused our credentials");
    if (!response.ok)
      throw new CoreNlpTextError(
        `CoreNLP could not parse the text (HTTP ${response.status}: ${body.trim().split("\n")[0].slice(0, 200)})`,
      );
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new CoreNlpTextError(`CoreNLP answered with something other than JSON: ${body.slice(0, 120)}`);
    }
    return fromCoreNlpJson(text, json);
  }
}
