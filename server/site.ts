import { existsSync } from "node:fs";
import path from "node:path";
import express, { Request, Response, Router } from "express";
import { AppContext } from "./context";
import { setTokenCookie } from "./http";
import { getStats } from "./graph/graph-service";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Without a built explorer, `/` says the server is up and what the database holds. */
async function statusPage({ db }: AppContext): Promise<string> {
  let body: string;
  try {
    const stats = await getStats(db);
    const nodes = Object.entries(stats.nodes)
      .map(([label, n]) => `<li>${escapeHtml(label)}: ${n}</li>`)
      .join("");
    const relations = Object.values(stats.relations).reduce((a, b) => a + b, 0);
    body = `<p>The database holds ${stats.articles} articles and ${relations} relations.</p><ul>${nodes}</ul>`;
  } catch {
    body = '<p>Neo4j is not reachable right now; see <a href="/api/health">/api/health</a>.</p>';
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsgraph server</title></head><body>
<h1>Newsgraph server is up</h1>${body}
<p>The explorer is not built (run <code>npm run build</code> in client/). API: <a href="/api/docs">/api/docs</a>.</p></body></html>`;
}

/**
 * Serves the built explorer with an index.html fallback for its client-side routes, or the status page.
 * Every page carries the write token as an httpOnly, SameSite=Strict cookie: the explorer can upload and
 * retract, and no other site can make a browser send it.
 */
export function siteRouter(context: AppContext, clientDir: string | undefined): Router {
  const router = Router();
  const withToken = (req: Request, res: Response) => setTokenCookie(res, context.writeToken, req.secure);
  if (clientDir && existsSync(path.join(clientDir, "index.html"))) {
    const page = path.join(clientDir, "index.html");
    const sendPage = (req: Request, res: Response) => {
      withToken(req, res);
      res.sendFile(page);
    };
    router.get(["/", "/index.html"], sendPage);
    router.use(express.static(clientDir, { index: false }));
    router.get(/^\/(?!api(\/|$)).*/, sendPage);
    return router;
  }
  router.get("/", async (req, res) => {
    withToken(req, res);
    res.type("html").send(await statusPage(context));
  });
  return router;
}
