import { RequestHandler } from "express";
import { HttpError } from "./http-error";

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BODY_TYPES = ["application/json", "multipart/form-data"];

const forbidden = (detail: string) => new HttpError(403, "Forbidden", detail);

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function hostname(host: string): string {
  const text = host.trim().toLowerCase();
  if (text.startsWith("[")) return text.slice(0, text.indexOf("]") + 1);
  return text.replace(/:\d+$/, "");
}

/**
 * Answers only requests addressed to this server by a name it knows: loopback, the configured HOST, and
 * ALLOWED_HOSTS. A DNS-rebinding page reaches the server under its own name and is refused.
 */
export function hostAllowlist(configuredHost: string, allowedHosts: string | undefined): RequestHandler {
  const names = new Set([...LOOPBACK, ...(allowedHosts ?? "").split(",").map(hostname).filter(Boolean)]);
  const listen = hostname(
    configuredHost.includes(":") && !configuredHost.startsWith("[") ? `[${configuredHost}]` : configuredHost,
  );
  if (!["0.0.0.0", "[::]"].includes(listen)) names.add(listen);
  return (req, _res, next) => {
    // req.host is the Host header, or X-Forwarded-Host behind a proxy TRUST_PROXY trusts.
    const host = req.host ?? "";
    if (names.has(hostname(host))) return next();
    next(
      forbidden(
        `this server does not answer for the host "${host.slice(0, 100)}"; add it to ALLOWED_HOSTS to allow it`,
      ),
    );
  };
}

/**
 * Writes from other sites are refused: a browser says where a request comes from (Origin, Sec-Fetch-Site),
 * and only this server's own pages and the origins in CORS_ORIGIN may send unsafe methods. Bodies of
 * unsafe methods must be JSON or multipart: no text/plain or urlencoded form bodies. (A cross-site
 * multipart form is stopped by its Origin here, and carries no token: the cookie is SameSite=Strict.)
 */
export function sameOriginWrites(corsOrigins: string | undefined): RequestHandler {
  const allowed = new Set(
    (corsOrigins ?? "")
      .split(",")
      .map((o) => o.trim().toLowerCase())
      .filter((o) => o && o !== "*"),
  );
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.headers.origin?.toLowerCase();
    const site = req.headers["sec-fetch-site"];
    if (origin !== undefined && !allowed.has(origin) && originHost(origin) !== (req.host ?? "").toLowerCase()) {
      return next(forbidden(`requests from ${origin.slice(0, 100)} may not write here`));
    }
    if (
      site !== undefined &&
      site !== "same-origin" &&
      site !== "none" &&
      !(origin !== undefined && allowed.has(origin))
    ) {
      return next(forbidden(`${site} requests may not write here`));
    }
    const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
    if (hasBody && !req.is(BODY_TYPES)) {
      return next(
        new HttpError(415, "Unsupported Media Type", "send the body as application/json or multipart/form-data"),
      );
    }
    next();
  };
}
