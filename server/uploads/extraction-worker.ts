/*
 * The extraction of one ingest job, in a process of its own so the server's event loop stays free (a
 * 1 MB article keeps the extractor busy for seconds). Started by extraction-process.ts; gets the inputs
 * over IPC, answers with progress messages and the result, and exits. If the server goes away, so does it.
 */
import type { NamedInput } from "../../ingest/pipeline";
import type { WorkerMessage } from "./extraction-process";
import type { ParserEndpoint } from "./parser-endpoint";

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

process.on("disconnect", () => process.exit(0));

process.once("message", async ({ inputs, parser }: { inputs: NamedInput[]; parser: ParserEndpoint }) => {
  try {
    const [{ extractFromInputs }, { coreNlpClient }, { loadConfig }] = await Promise.all([
      import("../../ingest/pipeline"),
      import("../../ingest/nlp"),
      import("../../config"),
    ]);
    const result = await extractFromInputs(inputs, {
      nlp: coreNlpClient(loadConfig(), parser),
      onProgress: ({ done, total }) => void send({ type: "progress", done, total }),
    });
    await send({ type: "result", result });
  } catch (error) {
    await send({ type: "error", message: (error as Error).message ?? String(error) });
  }
  process.exit(0);
});
