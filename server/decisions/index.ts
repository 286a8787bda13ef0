export { decisionsRouter } from "./decisions-routes";
