import { join } from "node:path";
import { LoadedSources, loadInputs, loadPaths } from "../../ingest/sources";
import type { SourceDocument } from "../../ingest/types";
import { folderWith } from "./helpers";

const FT_STYLE = `top of page

Source: FT

Mar 14, 2024

Ankara and Baku sign a gas accord

Talks in Istanbul ended a long dispute over pipeline fees

Jane Roe in Istanbul and John Doe in London

Turkey and Azerbaijan signed a gas accord on Tuesday after two days of talks in Istanbul, officials said.

 A tanker at the port © Ann Example/AFP/Getty

The deal sets pipeline fees for a decade, according to the energy ministry.

bottom of page`;

const NATION_STYLE = `The Weekly Ledger
March 20, 2024

Why the Gas Deal Matters

By Max Mustermann

The accord between Ankara and Baku is the first of its kind in years, and it changes the regional picture.

(Carl Credit / AFP via Getty Images)

Officials in both capitals called it a model for the region and promised further meetings this spring.

The Ledger Weekly

Fridays. The best of our coverage.
By signing up, you confirm that you are over 16. You can read our Privacy Policy here.

The agreement still needs ratification by both parliaments, which is expected in April.

Max Mustermann

Max Mustermann, a former diplomat, is the author of a book about pipelines.

More from The Weekly Ledger

Another story about something else entirely with Someone Famous in it.`;

describe("plain text articles", () => {
  let doc: SourceDocument;
  beforeAll(async () => {
    const { documents, failures } = await loadPaths([join(folderWith({ "a.txt": FT_STYLE }), "a.txt")]);
    expect(failures).toEqual([]);
    doc = documents[0];
  });

  it("reads the outlet, date, title and byline from the header", () => {
    expect(doc.source).toBe("FT");
    expect(doc.date).toBe("2024-03-14");
    expect(doc.title).toBe("Ankara and Baku sign a gas accord");
    expect(doc.authors).toEqual(["Jane Roe", "John Doe"]);
  });

  it("keeps the standfirst and body but not page furniture or photo credits", () => {
    expect(doc.text).toContain("Talks in Istanbul ended a long dispute");
    expect(doc.text).toContain("Turkey and Azerbaijan signed a gas accord");
    expect(doc.text).toContain("A tanker at the port");
    expect(doc.text).not.toMatch(/top of page|bottom of page|Ann Example|Getty|©/);
    expect(doc.text).not.toContain("Jane Roe");
  });
});

describe("boilerplate after the body", () => {
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = (await loadInputs([{ name: "ledger.txt", contentType: "text", body: NATION_STYLE }])).documents[0];
  });

  it("takes a bare outlet line as the source and a byline with By", () => {
    expect(doc.source).toBe("The Weekly Ledger");
    expect(doc.date).toBe("2024-03-20");
    expect(doc.authors).toEqual(["Max Mustermann"]);
  });

  it("drops credits, newsletter sign-ups, the author bio and the teasers", () => {
    expect(doc.text).toContain("needs ratification by both parliaments");
    expect(doc.text).not.toMatch(
      /Carl Credit|Privacy Policy|signing up|Fridays|author of a book|Someone Famous|More from/,
    );
  });
});

describe("other formats", () => {
  it("reads Markdown with front matter", async () => {
    const md = `---\ntitle: Talks resume\nsource: Example Wire\ndate: 2024-02-01\nauthor: Ada Writer\n---\n# Talks resume\n\nNegotiators from **Oman** met in [Muscat](https://example.org) on Monday to resume talks.\n`;
    const { documents, failures } = await loadInputs([{ name: "a.md", contentType: "markdown", body: md }]);
    expect(failures).toEqual([]);
    expect(documents[0]).toMatchObject({
      title: "Talks resume",
      source: "Example Wire",
      date: "2024-02-01",
      authors: ["Ada Writer"],
    });
    expect(documents[0].text).toContain("Negotiators from Oman met in Muscat on Monday");
    expect(documents[0].text).not.toMatch(/\*\*|\]\(/);
  });

  it("reads a JSON array and JSON Lines, one article per record", async () => {
    const records = [
      {
        title: "One",
        source: "Wire",
        date: "2024-01-02",
        text: "Ghana and Togo held talks on their border on Monday.",
      },
      { title: "Two", text: "Peru and Chile signed a fishing agreement on Tuesday." },
    ];
    const json = await loadInputs([{ name: "batch.json", contentType: "json", body: JSON.stringify(records) }]);
    expect(json.failures).toEqual([]);
    expect(json.documents.map((d) => d.title)).toEqual(["One", "Two"]);
    expect(json.documents[0].date).toBe("2024-01-02");
    const dir = folderWith({ "batch.jsonl": records.map((r) => JSON.stringify(r)).join("\n") });
    const lines = await loadPaths([dir]);
    expect(lines.failures).toEqual([]);
    expect(lines.documents.map((d) => d.file)).toEqual(["batch.jsonl#1", "batch.jsonl#2"]);
  });

  it("reads every article file below a folder", async () => {
    const dir = folderWith({
      "a.txt": FT_STYLE,
      "b.md": "# Title\n\nSome body text that is long enough to count.",
      "notes.csv": "x,y",
    });
    const { documents, failures } = await loadPaths([dir]);
    expect(failures).toEqual([]);
    expect(documents.map((d) => d.file).sort()).toEqual(["a.txt", "b.md"]);
  });
});

describe("bad input", () => {
  const dir = folderWith({
    "empty.txt": "",
    "binary.txt": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]),
    "latin1.txt": Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
    "bad.json": JSON.stringify({ title: "No text here" }),
    "broken.json": "{ not json",
    "good.txt": FT_STYLE,
  });
  let loaded: LoadedSources;
  beforeAll(async () => {
    loaded = await loadPaths([dir]);
  });
  const reason = (file: string): string => loaded.failures.find((f) => f.file === file)?.reason ?? "";

  it("still reads the good files", () => {
    expect(loaded.documents.map((d) => d.file)).toEqual(["good.txt"]);
  });

  it("names each bad file with the reason", () => {
    expect(reason("empty.txt")).toMatch(/empty/);
    expect(reason("binary.txt")).toMatch(/binary/);
    expect(reason("latin1.txt")).toMatch(/UTF-8/);
    expect(reason("bad.json")).toMatch(/text/);
    expect(reason("broken.json")).toMatch(/invalid JSON/);
  });

  it("reports a path that does not exist and an unsupported file named explicitly", async () => {
    const result = await loadPaths([join(dir, "missing.txt"), join(folderWith({ "data.csv": "a,b" }), "data.csv")]);
    expect(result.failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/no such file/),
      expect.stringMatching(/unsupported file type/),
    ]);
  });
});
