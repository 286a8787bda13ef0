export { graphRouter } from "./graph-routes";
