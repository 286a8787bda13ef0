import { NODE_LABELS, type NodeLabel } from "../../../domain";
import type { CypherResult } from "../api";

/**
 * What a console cell holds, as the server sends rows (nodes as {labels, properties}, relations as
 * {type, properties}, paths as a list of {start, relationship, end}): shown as chips, not JSON.
 */
export type Cell =
  | { kind: "empty" }
  | { kind: "value"; text: string }
  | { kind: "node"; id: string | null; label: NodeLabel | null; name: string }
  | { kind: "relation"; type: string; reports: number | null }
  | { kind: "path"; steps: { from: Cell & { kind: "node" }; type: string; to: Cell & { kind: "node" } }[] }
  | { kind: "list"; items: Cell[] };

const MAX_TEXT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nodeCell(value: Record<string, unknown>): (Cell & { kind: "node" }) | null {
  if (!Array.isArray(value.labels) || !isRecord(value.properties)) return null;
  const labels = value.labels as string[];
  const label = (NODE_LABELS.find((l) => labels.includes(l)) ?? null) as NodeLabel | null;
  const props = value.properties;
  const name = [props.name, props.title, props.id].find((v) => typeof v === "string" && v) as string | undefined;
  return { kind: "node", id: typeof props.id === "string" ? props.id : null, label, name: name ?? labels.join(":") };
}

function relationCell(value: Record<string, unknown>): (Cell & { kind: "relation" }) | null {
  if (typeof value.type !== "string" || !isRecord(value.properties) || "labels" in value) return null;
  const count = value.properties.count;
  return { kind: "relation", type: value.type, reports: typeof count === "number" ? count : null };
}

function pathCell(value: unknown[]): (Cell & { kind: "path" }) | null {
  if (value.length === 0 || !value.every((s) => isRecord(s) && "start" in s && "relationship" in s && "end" in s))
    return null;
  const steps = (value as Record<string, unknown>[]).map((s) => ({
    from: isRecord(s.start) ? nodeCell(s.start) : null,
    type: isRecord(s.relationship) && typeof s.relationship.type === "string" ? s.relationship.type : "?",
    to: isRecord(s.end) ? nodeCell(s.end) : null,
  }));
  if (steps.some((s) => !s.from || !s.to)) return null;
  return {
    kind: "path",
    steps: steps as { from: Cell & { kind: "node" }; type: string; to: Cell & { kind: "node" } }[],
  };
}

export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value !== "object") return { kind: "value", text: String(value) };
  if (Array.isArray(value)) return pathCell(value) ?? { kind: "list", items: value.map(toCell) };
  const record = value as Record<string, unknown>;
  const cell = nodeCell(record) ?? relationCell(record);
  if (cell) return cell;
  const text = JSON.stringify(value);
  return { kind: "value", text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text };
}

/** A cell as plain text, for the CSV download and for the old one-line summary. */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "value":
      return cell.text;
    case "node":
      return cell.name;
    case "relation":
      return `:${cell.type}`;
    case "path":
      return [cell.steps[0].from.name, ...cell.steps.map((s) => `-[:${s.type}]- ${s.to.name}`)].join(" ");
    case "list":
      return cell.items.map(cellText).join("; ");
  }
}

export function rowValues(result: CypherResult, row: unknown): unknown[] {
  return result.columns.map((column, i) => (Array.isArray(row) ? row[i] : isRecord(row) ? row[column] : undefined));
}

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return) as a formula; such cells
 * get a leading apostrophe, as OWASP advises for CSV injection.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole result table (every row the server sent, not only those drawn) as CSV. */
export function tableCsv(result: CypherResult): string {
  const lines = [result.columns.map(csvField).join(",")];
  for (const row of result.rows)
    lines.push(
      rowValues(result, row)
        .map((v) => csvField(cellText(toCell(v))))
        .join(","),
    );
  return `${lines.join("\r\n")}\r\n`;
}
