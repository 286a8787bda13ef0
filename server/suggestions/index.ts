export { suggestionsRouter } from "./suggestions-routes";
