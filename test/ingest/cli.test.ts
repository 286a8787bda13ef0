import { ExtractionSchema } from "../../domain";
import { folderWith } from "./helpers";
import { runExtract } from "./run-cli";

const ARTICLE = `Source: Example Wire
Feb 2, 2024
Border talks resume

By Ada Writer

Chile held talks with Peru in Lima on Thursday, officials said. Chilean negotiators met their Peruvian counterparts for six hours.`;

const HTML = `<!doctype html><html><head><title>Strikes hit depots</title>
<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2024-01-12T08:00:00Z">
<link rel="canonical" href="https://example.org/strikes"></head><body><nav>Home | World | Sport</nav>
<article><h1>Strikes hit depots</h1><p>Sudanese warplanes struck weapons depots in Chad overnight, the ministry said in a statement on Friday morning.</p>
<p>Officials said the operation was over and that no further strikes were planned for the coming days.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`;

describe("npm run extract, as a user runs it", () => {
  it("prints one extraction document on stdout and exits 0", () => {
    const run = runExtract([folderWith({ "talks.txt": ARTICLE, "strikes.html": HTML })]);
    expect(run.status).toBe(0);
    const extraction = ExtractionSchema.parse(JSON.parse(run.stdout));
    expect(extraction.articles.map((a) => a.title).sort()).toEqual(["Border talks resume", "Strikes hit depots"]);
    expect(extraction.articles.every((a) => a.text === undefined)).toBe(true);
    const html = extraction.articles.find((a) => a.file === "strikes.html");
    expect(html).toMatchObject({ source: "Example Times", date: "2024-01-12", url: "https://example.org/strikes" });
    const names = new Set(extraction.entities.map((e) => e.name));
    expect([...names]).toEqual(expect.arrayContaining(["Chile", "Peru", "Sudan", "Chad"]));
    expect(run.stderr).toMatch(/extracted 2 articles/);
  }, 60_000);

  it("names a bad file and its reason on stderr, still extracts the others, and exits 1", () => {
    const run = runExtract([
      folderWith({
        "good.txt": ARTICLE,
        "empty.txt": "",
        "menu.html": "<html><body><nav>Home</nav></body></html>",
        "bad.json": '{"title":"x"}',
      }),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt: empty file/);
    expect(run.stderr).toMatch(/menu\.html: HTML without an article/);
    expect(run.stderr).toMatch(/bad\.json: .*text/);
    const extraction = ExtractionSchema.parse(JSON.parse(run.stdout));
    expect(extraction.articles.map((a) => a.file)).toEqual(["good.txt"]);
  }, 60_000);

  it("explains its usage when called without paths", () => {
    const run = runExtract([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no files or folders given[\s\S]*usage/);
  }, 60_000);
});
