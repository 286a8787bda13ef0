import { Router } from "express";
import { AppContext } from "../context";
import { HttpError, badRequest, expensiveEndpointLimit, notFound, parseInput, requireWriteToken } from "../http";
import type { NamedInput } from "../../ingest/pipeline";
import { JobNotCancellable, QueueFull } from "./upload-jobs";
import { IngestFormSchema, IngestJsonSchema, JobParamsSchema } from "./upload-schemas";
import { JobFile, jsonInputs } from "./upload-service";
import { filesToInputs, multipartUpload } from "./upload-files";

const QUEUE_RETRY_SECONDS = 30;

export function uploadsRouter({ config, ingestJobs, writeToken }: AppContext): Router {
  const router = Router();
  const writer = requireWriteToken(writeToken);
  const multipart = multipartUpload(config.BODY_LIMIT);

  router.post("/ingest", writer, expensiveEndpointLimit(config.INGEST_RATE_LIMIT_PER_MINUTE), (req, res, next) => (req.is("multipart/form-data") ? multipart(req, res, next) : next()), (req, res) => {
    let inputs: NamedInput[];
    let refused: JobFile[] = [];
    let replace: boolean;
    if (req.is("multipart/form-data")) {
      replace = parseInput(IngestFormSchema, req.body, "body").replace;
      ({ inputs, refused } = filesToInputs((req.files as Express.Multer.File[] | undefined) ?? []));
      if (inputs.length === 0 && refused.length === 0) throw badRequest("body: the upload holds no file");
      if (inputs.length === 0) throw badRequest(`no file in the upload can be read: ${refused.map((f) => `${f.name}: ${f.reason}`).join("; ")}`);
    } else if (req.is("application/json")) {
      const body = parseInput(IngestJsonSchema, req.body, "body");
      inputs = jsonInputs(body.articles);
      replace = body.replace;
    } else {
      throw new HttpError(415, "Unsupported Media Type", "send application/json {articles:[...], replace?} or multipart/form-data with the files");
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
    res.status(202).location(`/api/ingest/${job.id}`).json({ job });
  });

  router.get("/ingest/:job", (req, res) => {
    const { job } = parseInput(JobParamsSchema, req.params, "path");
    const view = ingestJobs.get(job);
    if (!view) throw notFound(`no ingest job ${job} (finished jobs are kept for a while, not forever)`);
    res.json(view);
  });

  router.delete("/ingest/:job", writer, (req, res) => {
    const { job } = parseInput(JobParamsSchema, req.params, "path");
    let view;
    try {
      view = ingestJobs.cancel(job);
    } catch (error) {
      if (error instanceof JobNotCancellable) throw new HttpError(409, "Conflict", error.message);
      throw error;
    }
    if (!view) throw notFound(`no ingest job ${job}`);
    res.json({ job: view });
  });
  return router;
}
