import fc from "fast-check";
import Graph from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { Driver } from "neo4j-driver";
import { GraphPayload } from "../../domain";
import { writeGraphml } from "../../server/export";
import { cypherString } from "../../server/export/formats";
import { writeCsvZip } from "../../server/export/formats/csv-format";
import { writeGexf } from "../../server/export/formats/gexf-format";
import { testDriver } from "../support/database";
import { strFromU8, unzipSync } from "fflate";
import { canonical, parseCsv, readCsvExport, readGexfExport } from "./export-formats";

/** Empty strings are "no value" in CSV and GEXF, as absent properties are in Neo4j. */
function withoutEmpty(payload: GraphPayload): GraphPayload {
  const clean = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== ""));
  return {
    nodes: payload.nodes.map((n) => ({ ...n, properties: clean(n.properties) })),
    edges: payload.edges.map((e) => ({ ...e, properties: clean(e.properties) })),
  };
}

/** Strings XML 1.0 can carry (the writer drops the rest by design). */
const xmlText = fc
  .string({ unit: "binary", maxLength: 40 })
  // eslint-disable-next-line no-control-regex -- mirrors the writer: only XML 1.0 characters survive
  .map((s) => s.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));

function payloadWith(name: string, note: string, list: string[] = [note, "b, c"]): GraphPayload {
  return {
    nodes: [
      {
        id: "a<&>\"'",
        label: "Actor",
        name,
        properties: { id: "a<&>\"'", name, note, n: 1, big: 2 ** 40, x: 0.25, flag: true, list },
      },
      { id: "b", label: "State", name: "B", properties: { id: "b", name: "B", note: "" } },
    ],
    edges: [{ id: "a|BACKS|b", source: "a<&>\"'", target: "b", type: "BACKS", properties: { count: 3, note } }],
  };
}

describe("the GraphML writer", () => {
  it("writes what graphology-graphml reads back: names, types and any text", () => {
    fc.assert(
      fc.property(xmlText, xmlText, (name, note) => {
        const graph = parseGraphml(Graph, writeGraphml(payloadWith(name, note)));
        expect(graph.order).toBe(2);
        const a = graph.getNodeAttributes("a<&>\"'");
        expect(a).toMatchObject({ label: name, nodeLabel: "Actor", n: 1, big: 2 ** 40, x: 0.25, flag: true });
        expect(JSON.parse(a.list)).toEqual([note, "b, c"]);
        expect(a.note ?? "").toBe(note);
        expect(graph.getEdgeAttributes("a|BACKS|b")).toMatchObject({ relation: "BACKS", count: 3 });
      }),
      { numRuns: 300, examples: [["a\u2028b", "x\u0085y\u2029\r\n\t z"]] },
    );
  });
});

describe("the CSV and GEXF writers", () => {
  const text = fc.string({ unit: "grapheme", maxLength: 30 });

  it("CSV keeps any text, number, flag and list through nodes.csv and edges.csv", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
        text,
        fc.array(text, { maxLength: 4 }),
        (name, note, list) => {
          const payload = canonical(payloadWith(name, note, list));
          const file = writeCsvZip(payload);
          expect(canonical(readCsvExport(Buffer.from(file.body as Uint8Array)))).toEqual(withoutEmpty(payload));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("CSV opened as a spreadsheet reads it has no cell that starts like a formula", () => {
    const formulas = [
      '=HYPERLINK("http://evil.test","x")',
      "+1+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1:A9)",
      "\t=1",
      "\r=1",
      "|calc",
      "'=already quoted",
    ];
    const cellsOf = (payload: GraphPayload) => {
      const files = unzipSync(writeCsvZip(payload).body as Uint8Array);
      return ["nodes.csv", "edges.csv"].flatMap((name) => {
        const [header, ...rows] = parseCsv(strFromU8(files[name]));
        const types = header.map((h) => h.slice(h.lastIndexOf(":") + 1));
        return [
          ...header.map((h) => ({ cell: h, type: "string" })),
          ...rows.flatMap((row) => row.map((cell, i) => ({ cell, type: types[i] }))),
        ];
      });
    };
    const live = (cells: { cell: string; type: string }[]) =>
      cells.filter(
        ({ cell, type }) =>
          /^[=+\-@|\t\r]/.test(cell) && !((type === "int" || type === "float") && Number.isFinite(Number(cell))),
      );
    for (const formula of formulas) {
      const payload = payloadWith(formula, formula, [formula]);
      payload.nodes[0].properties[formula] = formula;
      payload.nodes[1].properties.n = -5;
      expect(live(cellsOf(payload))).toEqual([]);
      expect(canonical(readCsvExport(Buffer.from(writeCsvZip(payload).body as Uint8Array))).nodes[0].name).toBe(
        formula,
      );
    }
    fc.assert(
      fc.property(text, (note) => expect(live(cellsOf(payloadWith(`x${note}`, note)))).toEqual([])),
      { numRuns: 200 },
    );
  });

  it("GEXF keeps any text and list (lists travel as JSON text)", () => {
    fc.assert(
      // Plain string attributes are graphology-gexf's to write: its XML is normalised by parsers (CR, tabs, U+2028).
      fc.property(
        xmlText.filter((t) => t.trim() === t && !/[\r\t\u0085\u2028\u2029]/.test(t)),
        fc.array(text, { maxLength: 4 }),
        (note, list) => {
          const payload = canonical(payloadWith("Name", note, list));
          expect(canonical(readGexfExport(writeGexf(payload).body as string))).toEqual(withoutEmpty(payload));
        },
      ),
      { numRuns: 150, examples: [["note", ["a\u2028b", "  two  spaces ", "x\u0085y"]]] },
    );
  });
});

describe("Cypher string literals in the export script", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it("Neo4j reads every string back exactly, whatever quotes, backslashes or control characters it holds", async () => {
    const samples = fc.sample(fc.string({ unit: "binary", maxLength: 30 }), 60);
    samples.push(
      "it's",
      'say "x"',
      "back\\slash",
      "new\nline",
      "tab\t",
      "\u0000nul",
      "\u2028sep",
      "`tick`",
      "// not a comment",
      "'; MATCH (n) DETACH DELETE n //",
    );
    const literals = samples.map((s) => cypherString(s)).join(", ");
    const result = await driver.executeQuery(`RETURN [${literals}] AS values`, {}, { database: "neo4j" });
    expect(result.records[0].get("values")).toEqual(samples);
  });
});
