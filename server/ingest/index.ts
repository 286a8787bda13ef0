import { Router } from "express";
import { AppContext } from "../context";

export function ingestRouter(_context: AppContext): Router {
  return Router();
}
