import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Config } from "../../config";

export interface WriteToken {
  token: string;
  /** Where it came from, for the line `npm start` prints. */
  source: "INGEST_TOKEN" | "file" | "generated";
  file?: string;
}

const MIN_LENGTH = 16;

/**
 * The token every write endpoint asks for: INGEST_TOKEN when set, else the one kept in
 * INGEST_TOKEN_FILE, else a new one written there (readable by its owner only).
 */
export function resolveWriteToken(config: Pick<Config, "INGEST_TOKEN" | "INGEST_TOKEN_FILE">): WriteToken {
  if (config.INGEST_TOKEN) return { token: config.INGEST_TOKEN, source: "INGEST_TOKEN" };
  const file = path.resolve(config.INGEST_TOKEN_FILE);
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= MIN_LENGTH) {
      if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
      return { token: kept, source: "file", file };
    }
  }
  const token = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, source: "generated", file };
}
