import { timingSafeEqual } from "node:crypto";
import { parse as parseCookies } from "cookie";
import { RequestHandler, Response } from "express";
import { HttpError, unauthorized } from "./http-error";

/** The cookie through which the explorer, served by this server, writes without ever seeing the token. */
export const TOKEN_COOKIE = "newsgraph_token";

function sameSecret(given: string, token: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(token);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Sets the token cookie on a page the server serves: httpOnly, sent back only by same-site requests. */
export function setTokenCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(TOKEN_COOKIE, token, { httpOnly: true, sameSite: "strict", path: "/", secure });
}

/**
 * Guards every write endpoint: `Authorization: Bearer <token>`, or the token cookie the explorer's page
 * brought along. Compared in constant time; a missing token is a 401, a wrong one a 403.
 */
export function requireWriteToken(token: string): RequestHandler {
  return (req, res, next) => {
    res.setHeader("WWW-Authenticate", 'Bearer realm="newsgraph"');
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) return next(unauthorized("the Authorization header must be Bearer <token>"));
      return sameSecret(match[1], token)
        ? next()
        : next(new HttpError(403, "Forbidden", "the bearer token is not valid"));
    }
    const cookie = req.headers.cookie ? parseCookies(req.headers.cookie)[TOKEN_COOKIE] : undefined;
    if (cookie !== undefined)
      return sameSecret(cookie, token)
        ? next()
        : next(new HttpError(403, "Forbidden", "the token cookie is not valid; reload the explorer"));
    next(
      unauthorized(
        "writing needs the token: send Authorization: Bearer <token> (npm start prints it; it is kept in .data/ingest-token)",
      ),
    );
  };
}
