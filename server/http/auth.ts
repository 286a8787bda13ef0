import { timingSafeEqual } from "node:crypto";
import { RequestHandler } from "express";
import { unauthorized } from "./http-error";

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Guards write endpoints with `Authorization: Bearer <token>`; without a configured token they are open. */
export function requireToken(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) return next();
    res.setHeader("WWW-Authenticate", 'Bearer realm="newsgraph"');
    const header = req.headers.authorization ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) return next(unauthorized("this endpoint needs an Authorization: Bearer <token> header"));
    if (!sameSecret(match[1].trim(), token)) return next(unauthorized("the bearer token is not valid"));
    next();
  };
}
