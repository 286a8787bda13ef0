export interface ChatClientOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  maxRetries: number;
  concurrency: number;
  /** Base of the exponential backoff; tests shorten it. */
  backoffMs?: number;
}

export interface ChatRequest {
  system: string;
  user: string;
  jsonSchema: Record<string, unknown>;
}

export interface ChatAnswer {
  content: string;
  promptTokens: number;
  completionTokens: number;
  attempts: number;
}

export class LlmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LlmError";
  }
}

class Semaphore {
  private waiting: (() => void)[] = [];
  private active = 0;

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryable(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** An OpenAI-compatible chat-completions client: bounded time per call, bounded retries, bounded concurrency. */
export class ChatClient {
  private readonly semaphore: Semaphore;

  constructor(private readonly options: ChatClientOptions) {
    this.semaphore = new Semaphore(options.concurrency);
  }

  get model(): string {
    return this.options.model;
  }

  complete(request: ChatRequest): Promise<ChatAnswer> {
    return this.semaphore.run(() => this.withRetries(request));
  }

  private async withRetries(request: ChatRequest): Promise<ChatAnswer> {
    const url = `${this.options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
    let lastProblem = "";
    for (let attempt = 1; attempt <= this.options.maxRetries + 1; attempt += 1) {
      let retryAfterMs = 0;
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
          },
          body: JSON.stringify({
            model: this.options.model,
            temperature: 0,
            messages: [
              { role: "system", content: request.system },
              { role: "user", content: request.user },
            ],
            response_format: {
              type: "json_schema",
              json_schema: { name: "extraction", strict: true, schema: request.jsonSchema },
            },
          }),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        const body = await response.text();
        if (response.ok) return { ...this.parse(body, url), attempts: attempt };
        lastProblem = `HTTP ${response.status}: ${body.slice(0, 200)}`;
        if (!retryable(response.status)) break;
        retryAfterMs = Number(response.headers.get("retry-after") ?? 0) * 1000;
      } catch (error) {
        if (error instanceof LlmError) throw error;
        const name = (error as Error).name;
        lastProblem =
          name === "TimeoutError" ? `no answer within ${this.options.timeoutMs} ms` : (error as Error).message;
      }
      if (attempt <= this.options.maxRetries) {
        const backoff = (this.options.backoffMs ?? 500) * 2 ** (attempt - 1) * (1 + Math.random() / 2);
        await sleep(Math.max(backoff, Math.min(retryAfterMs, 30000)));
      }
    }
    throw new LlmError(`LLM endpoint ${url} failed after ${this.options.maxRetries + 1} attempt(s): ${lastProblem}`);
  }

  private parse(body: string, url: string): Omit<ChatAnswer, "attempts"> {
    let json: {
      choices?: { message?: { content?: string } }[];
      usage?: { prompt_tokens?: number; completion_tokens?: number };
    };
    try {
      json = JSON.parse(body);
    } catch {
      throw new LlmError(`LLM endpoint ${url} answered with something that is not JSON: ${body.slice(0, 120)}`);
    }
    const content = json.choices?.[0]?.message?.content;
    if (typeof content !== "string")
      throw new LlmError(`LLM endpoint ${url} answered without choices[0].message.content`);
    return {
      content,
      promptTokens: json.usage?.prompt_tokens ?? 0,
      completionTokens: json.usage?.completion_tokens ?? 0,
    };
  }
}
