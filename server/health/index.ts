export { healthRouter } from "./health-routes";
export { checkHealth } from "./health-service";
