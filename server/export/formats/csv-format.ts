import { strToU8, zipSync } from "fflate";
import { GraphPayload } from "../../../domain";
import { ExportWriter } from "../export-model";

/*
 * Two tables in a zip. Headers say each column's type as `name:type` (string, int, float, boolean, json),
 * in the spirit of neo4j-admin import headers, so a reader can restore numbers, flags and lists.
 */
type CsvType = "string" | "int" | "float" | "boolean" | "json";

function csvTypeOf(value: unknown): CsvType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (value !== null && typeof value === "object") return "json";
  return "string";
}

function unify(a: CsvType | undefined, b: CsvType): CsvType {
  if (!a || a === b) return b;
  if ((a === "int" && b === "float") || (a === "float" && b === "int")) return "float";
  return a === "json" || b === "json" ? "json" : "string";
}

/*
 * A spreadsheet runs a cell that starts with one of = + - @ | tab or CR as a formula (=HYPERLINK(...),
 * +cmd|...); such text cells get a leading apostrophe, as OWASP advises, so they are read as text. Text
 * that starts with an apostrophe gets one too, so a reader drops exactly one leading apostrophe and has
 * the text back. Numbers and booleans are written as they are: -5 in an int column is a number.
 */
const NEEDS_APOSTROPHE = /^[=+\-@|\t\r']/;

export function csvCell(value: unknown, type: CsvType): string {
  if (value === null || value === undefined) return "";
  const raw = type === "json" ? JSON.stringify(value) : String(value);
  const text = typeof value !== "number" && typeof value !== "boolean" && NEEDS_APOSTROPHE.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(fixed: string[], rows: Record<string, unknown>[]): string {
  const types = new Map<string, CsvType>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row))
      if (value !== null && value !== undefined) types.set(key, unify(types.get(key), csvTypeOf(value)));
  }
  const extra = [...types.keys()].filter((k) => !fixed.includes(k)).sort();
  const columns = [...fixed, ...extra];
  const header = columns.map((c) => csvCell(`${c}:${types.get(c) ?? "string"}`, "string")).join(",");
  const lines = rows.map((row) => columns.map((c) => csvCell(row[c], types.get(c) ?? "string")).join(","));
  return [header, ...lines].join("\r\n") + "\r\n";
}

export function nodesCsv(subgraph: GraphPayload): string {
  return table(
    ["id", "label", "name"],
    subgraph.nodes.map((n) => ({ ...n.properties, id: n.id, label: n.label, name: n.name })),
  );
}

export function edgesCsv(subgraph: GraphPayload): string {
  return table(
    ["id", "source", "target", "type"],
    subgraph.edges.map((e) => ({ ...e.properties, id: e.id, source: e.source, target: e.target, type: e.type })),
  );
}

export const writeCsvZip: ExportWriter = (subgraph) => ({
  contentType: "application/zip",
  extension: "zip",
  body: zipSync({ "nodes.csv": strToU8(nodesCsv(subgraph)), "edges.csv": strToU8(edgesCsv(subgraph)) }),
});
