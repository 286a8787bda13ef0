import express, { Router } from "express";
import { AppContext } from "../context";
import { HttpError, badRequest, parseInput, requireToken } from "../http";
import { IngestJsonSchema, IngestQuerySchema, TEXT_CONTENT_TYPES, TextMediaType } from "./ingest-schemas";
import type { NamedInput } from "../../ingest/pipeline";
import { ingest, jsonInputs } from "./ingest-service";

const unsupported = () =>
  new HttpError(415, "Unsupported Media Type", "send application/json {articles:[...]}, or a text/plain, text/markdown or text/html body");

export function ingestRouter({ db, config, logger }: AppContext): Router {
  const router = Router();
  const textBody = express.text({ type: Object.keys(TEXT_CONTENT_TYPES), limit: config.BODY_LIMIT });
  router.post("/ingest", requireToken(config.INGEST_TOKEN), textBody, async (req, res) => {
    const mediaType = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    let inputs: NamedInput[];
    if (mediaType === "application/json") {
      inputs = jsonInputs(parseInput(IngestJsonSchema, req.body, "body").articles);
    } else if (mediaType in TEXT_CONTENT_TYPES) {
      const { name } = parseInput(IngestQuerySchema, req.query, "query");
      const kind = TEXT_CONTENT_TYPES[mediaType as TextMediaType];
      if (typeof req.body !== "string" || req.body.trim() === "") throw badRequest("body: the document is empty");
      inputs = [{ name: name ?? `upload.${kind.extension}`, contentType: kind.contentType, body: req.body }];
    } else {
      throw unsupported();
    }
    const result = await ingest(db, config, inputs);
    logger.info({ reqId: req.id, ...result.summary, failures: result.failures.length }, "ingest finished");
    res.json(result);
  });
  return router;
}
