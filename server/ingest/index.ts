export { ingestRouter } from "./ingest-routes";
export { IngestJobs } from "./ingest-jobs";
export type { JobView } from "./ingest-jobs";
