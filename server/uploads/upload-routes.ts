import { RequestHandler, Router } from "express";
import { ENDPOINTS, IngestFormSchema, JobFile } from "../../domain/api";
import { AppContext } from "../context";
import {
  HttpError,
  badRequest,
  expensiveEndpointLimit,
  notFound,
  parseInput,
  requireWriteToken,
  serveEndpoint,
} from "../http";
import type { NamedInput } from "../../ingest/pipeline";
import { JobNotCancellable, QueueFull } from "./upload-jobs";
import { jsonInputs } from "./upload-service";
import { filesToInputs, multipartUpload } from "./upload-files";

const QUEUE_RETRY_SECONDS = 30;

export function uploadsRouter({ config, ingestJobs, writeToken }: AppContext): Router {
  const router = Router();
  const writer = requireWriteToken(writeToken);
  const multipart = multipartUpload(config.BODY_LIMIT);
  const multipartOnly: RequestHandler = (req, res, next) =>
    req.is("multipart/form-data") ? multipart(req, res, next) : next();
  const guards = [writer, expensiveEndpointLimit(config.INGEST_RATE_LIMIT_PER_MINUTE), multipartOnly];

  serveEndpoint(router, ENDPOINTS.ingest, guards, (_input, req, res) => {
    let inputs: NamedInput[];
    let refused: JobFile[] = [];
    let replace: boolean;
    if (req.is("multipart/form-data")) {
      replace = parseInput(IngestFormSchema, req.body, "body").replace;
      ({ inputs, refused } = filesToInputs((req.files as Express.Multer.File[] | undefined) ?? []));
      if (inputs.length === 0 && refused.length === 0) throw badRequest("body: the upload holds no file");
      if (inputs.length === 0)
        throw badRequest(
          `no file in the upload can be read: ${refused.map((f) => `${f.name}: ${f.reason}`).join("; ")}`,
        );
    } else if (req.is("application/json")) {
      const body = parseInput(ENDPOINTS.ingest.body, req.body, "body");
      inputs = jsonInputs(body.articles);
      replace = body.replace;
    } else {
      throw new HttpError(
        415,
        "Unsupported Media Type",
        "send application/json {articles:[...], replace?} or multipart/form-data with the files",
      );
    }
    let job;
    try {
      job = ingestJobs.submit(inputs, refused, replace);
    } catch (error) {
      if (error instanceof QueueFull) {
        res.setHeader("Retry-After", String(QUEUE_RETRY_SECONDS));
        throw new HttpError(503, "Service Unavailable", error.message);
      }
      throw error;
    }
    res.location(`/api/ingest/${job.id}`);
    return { job };
  });

  serveEndpoint(router, ENDPOINTS.ingestJob, [], ({ params: { job } }) => {
    const view = ingestJobs.get(job);
    if (!view) throw notFound(`no ingest job ${job} (finished jobs are kept for a while, not forever)`);
    return view;
  });

  serveEndpoint(router, ENDPOINTS.cancelIngestJob, [writer], ({ params: { job } }) => {
    let view;
    try {
      view = ingestJobs.cancel(job);
    } catch (error) {
      if (error instanceof JobNotCancellable) throw new HttpError(409, "Conflict", error.message);
      throw error;
    }
    if (!view) throw notFound(`no ingest job ${job}`);
    return { job: view };
  });
  return router;
}
