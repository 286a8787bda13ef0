import { InputError } from "./input-error";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Turns raw bytes into text, refusing what is not a readable text file. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(file, "empty file");
  if (bytes.includes(0)) throw new InputError(file, "binary file (contains NUL bytes), expected text");
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new InputError(file, "invalid UTF-8, expected a UTF-8 text file");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new InputError(file, "empty file (only whitespace)");
  return text;
}
