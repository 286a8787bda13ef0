export { articlesRouter } from "./articles-routes";
