import { Router } from "express";
import { AppContext } from "../context";

export function exportRouter(_context: AppContext): Router {
  return Router();
}
