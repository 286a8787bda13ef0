export { ingestRouter } from "./ingest-routes";
export { IngestJobs } from "./ingest-jobs";
export type { JobView } from "./ingest-jobs";
export { parserEndpoint, type ParserEndpoint } from "./parser-endpoint";
