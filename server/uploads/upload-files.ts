import path from "node:path";
import bytes from "bytes";
import { RequestHandler } from "express";
import multer, { MulterError } from "multer";
import { contentTypeOf } from "../../ingest/sources/discover";
import { decodeText } from "../../ingest/sources/decode";
import { InputError } from "../../ingest/sources/input-error";
import type { NamedInput } from "../../ingest/pipeline";
import { HttpError, badRequest } from "../http";
import { JobFile, MAX_UPLOAD_FILES } from "../../domain/api";

const MULTER_PROBLEMS: Partial<Record<MulterError["code"], (limit: string) => HttpError>> = {
  LIMIT_FILE_SIZE: (limit) =>
    new HttpError(413, "Payload Too Large", `a file is larger than the ${limit} the server accepts (BODY_LIMIT)`),
  LIMIT_FILE_COUNT: () => badRequest(`at most ${MAX_UPLOAD_FILES} files per upload`),
  LIMIT_FIELD_COUNT: () => badRequest("the only form field besides the files is replace"),
  LIMIT_PART_COUNT: () => badRequest(`at most ${MAX_UPLOAD_FILES} files per upload`),
  LIMIT_FIELD_VALUE: () => badRequest("form field replace is true or false"),
};

/** multipart/form-data in memory, each file and the whole body within BODY_LIMIT. */
export function multipartUpload(limit: string): RequestHandler {
  const maxBytes = bytes.parse(limit) ?? 5 * 1024 * 1024;
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: MAX_UPLOAD_FILES, fields: 5, fieldSize: 100, parts: MAX_UPLOAD_FILES + 5 },
  }).any();
  return (req, res, next) => {
    if (Number(req.headers["content-length"] ?? 0) > maxBytes) {
      return next(new HttpError(413, "Payload Too Large", "the request body is larger than the server accepts"));
    }
    parse(req, res, (error?: unknown) => {
      if (!error) {
        const total = ((req.files as Express.Multer.File[] | undefined) ?? []).reduce((sum, f) => sum + f.size, 0);
        return next(
          total > maxBytes
            ? new HttpError(413, "Payload Too Large", "the files together are larger than the server accepts")
            : undefined,
        );
      }
      if (error instanceof MulterError)
        return next(
          MULTER_PROBLEMS[error.code]?.(limit) ?? badRequest(`the upload could not be read: ${error.message}`),
        );
      next(badRequest(`the multipart body could not be read: ${(error as Error).message}`));
    });
  };
}

/** A file name as given, without any folder part or control characters; it becomes the article's file. */
function fileName(original: string, index: number): string {
  const name = path
    .basename(original.replace(/\\/g, "/"))
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, 200);
  return name || `upload-${index + 1}.txt`;
}

/** The uploaded files as pipeline inputs, and those refused before extraction (type, encoding) with why. */
export function filesToInputs(files: Express.Multer.File[]): { inputs: NamedInput[]; refused: JobFile[] } {
  const inputs: NamedInput[] = [];
  const refused: JobFile[] = [];
  files.forEach((file, i) => {
    const name = fileName(file.originalname, i);
    const contentType = contentTypeOf(name);
    if (!contentType) {
      refused.push({
        name,
        status: "failed",
        reason: "unsupported file type, expected .txt, .md, .html, .json or .jsonl",
      });
      return;
    }
    try {
      inputs.push({ name, contentType, body: decodeText(name, file.buffer) });
    } catch (error) {
      refused.push({ name, status: "failed", reason: error instanceof InputError ? error.reason : String(error) });
    }
  });
  return { inputs, refused };
}
