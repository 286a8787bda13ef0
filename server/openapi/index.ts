import { Router } from "express";
import { AppContext } from "../context";

export function openApiRouter(_context: AppContext): Router {
  return Router();
}
