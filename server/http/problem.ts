import { Response } from "express";
import { Problem } from "../../domain/api";

export type { Problem };

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
