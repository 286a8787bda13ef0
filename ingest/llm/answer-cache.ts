import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Answers on disk, keyed by model, prompt version and chunk text: re-ingesting the same text costs nothing. */
export class AnswerCache {
  constructor(private readonly dir: string) {}

  key(model: string, promptVersion: number, text: string): string {
    return createHash("sha256").update(`${model}\n${promptVersion}\n${text}`).digest("hex");
  }

  get(key: string): string | undefined {
    try {
      return readFileSync(this.file(key), "utf8");
    } catch {
      return undefined;
    }
  }

  /** Written to a temporary name first, so a crash never leaves half an answer behind. */
  set(key: string, answer: string): void {
    const file = this.file(key);
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, answer);
    renameSync(partial, file);
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
