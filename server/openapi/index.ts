export { openApiRouter } from "./openapi-routes";
export { openApiDocument } from "./openapi-document";
