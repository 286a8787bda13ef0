export { ingestRouter } from "./ingest-routes";
