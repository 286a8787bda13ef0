export { uploadsRouter } from "./upload-routes";
export { IngestJobs } from "./upload-jobs";
export { parserEndpoint, type ParserEndpoint } from "./parser-endpoint";
