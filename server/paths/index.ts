export { pathsRouter } from "./paths-routes";
