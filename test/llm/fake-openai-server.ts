import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { AddressInfo } from "node:net";

export interface FakeReply {
  status?: number;
  /** The assistant message content (sent inside a chat-completions body). */
  content?: string;
  /** A raw body instead of a chat-completions body. */
  raw?: string;
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface ReceivedRequest {
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { json_schema?: { schema?: Record<string, unknown> } };
  };
  authorization?: string;
}

/**
 * An OpenAI-compatible endpoint over real HTTP on a loopback port, answering from a script:
 * `reply` decides each answer from the request, so tests can send malformed JSON, off-vocabulary
 * types, invented evidence, slow answers, 429 and 500.
 */
export class FakeOpenAiServer {
  readonly requests: ReceivedRequest[] = [];
  private server: Server | undefined;

  constructor(private readonly reply: (request: ReceivedRequest, index: number) => FakeReply) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.url !== "/v1/chat/completions" || req.method !== "POST") {
      res.writeHead(404).end("not found");
      return;
    }
    const request: ReceivedRequest = {
      body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    const reply = this.reply(request, this.requests.length - 1);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    const body =
      reply.raw ??
      JSON.stringify({
        id: "chatcmpl-test",
        object: "chat.completion",
        model: request.body.model,
        choices: [{ index: 0, message: { role: "assistant", content: reply.content ?? "{}" }, finish_reason: "stop" }],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      });
    res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers }).end(body);
  }
}

/** The article text the model is asked about, from the user message. */
export function askedText(request: ReceivedRequest): string {
  const user = request.body.messages.find((m) => m.role === "user")?.content ?? "";
  return user.replace(/^Text:\n"""\n/, "").replace(/\n"""$/, "");
}
