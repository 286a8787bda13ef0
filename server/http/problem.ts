import { Response } from "express";

export interface Problem {
  status: number;
  title: string;
  detail: string;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
