import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { strFromU8, unzipSync } from "fflate";
import { GraphEdge, GraphNode, GraphPayload } from "../../domain";
import { fromGraphology } from "../../server/export";

/** Readers for every export format, turning each back into a GraphPayload to compare with the source. */

function decodeLists(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([k, v]) => {
      if (typeof v === "string" && /^[[{]/.test(v)) {
        try {
          return [k, JSON.parse(v)];
        } catch {
          return [k, v];
        }
      }
      return [k, v];
    }),
  );
}

function decodePayload(payload: GraphPayload): GraphPayload {
  return {
    nodes: payload.nodes.map((n) => ({ ...n, properties: decodeLists(n.properties) })),
    edges: payload.edges.map((e) => ({ ...e, properties: decodeLists(e.properties) })),
  };
}

/** Sorted and without `more`, so two payloads compare with toEqual. */
export function canonical(payload: GraphPayload): GraphPayload {
  const sortKeys = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return {
    nodes: [...payload.nodes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => ({ ...n, properties: sortKeys(n.properties) })),
    edges: [...payload.edges]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => ({ ...e, properties: sortKeys(e.properties) })),
  };
}

export function readJsonExport(text: string): GraphPayload {
  const graph = new Graph({ multi: true, type: "directed" });
  graph.import(JSON.parse(text));
  return fromGraphology(graph);
}

export function readGexfExport(text: string): GraphPayload {
  return decodePayload(fromGraphology(parseGexf(Graph, text)));
}

export function readGraphmlExport(text: string): GraphPayload {
  return decodePayload(fromGraphology(parseGraphml(Graph, text)));
}

type Row = Record<string, string>;

/** RFC 4180 with quoted fields that may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

export function typedRows(text: string): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text);
  const columns = header.map((h) => {
    const at = h.lastIndexOf(":");
    return { name: h.slice(0, at), type: h.slice(at + 1) };
  });
  const cast = (value: string, type: string): unknown => {
    if (value === "") return undefined;
    if (type === "int" || type === "float") return Number(value);
    if (type === "boolean") return value === "true";
    // Text cells that would start like a formula carry one leading apostrophe (server/export/formats/csv-format.ts).
    const text = value.startsWith("'") ? value.slice(1) : value;
    if (type === "json") return JSON.parse(text);
    return text;
  };
  return rows.map((cells) => {
    const row: Row = {};
    columns.forEach((c, i) => {
      const value = cast(cells[i], c.type);
      if (value !== undefined) (row as Record<string, unknown>)[c.name] = value;
    });
    return row;
  });
}

export function readCsvExport(zip: Buffer): GraphPayload {
  const files = unzipSync(new Uint8Array(zip));
  const nodes = typedRows(strFromU8(files["nodes.csv"])).map((row): GraphNode => {
    const { label, name, ...properties } = row;
    return {
      id: String(row.id),
      label: label as GraphNode["label"],
      name: String(name),
      properties: label === "Article" ? properties : { ...properties, name },
    };
  });
  const edges = typedRows(strFromU8(files["edges.csv"])).map((row): GraphEdge => {
    const { id, source, target, type, ...properties } = row;
    return {
      id: String(id),
      source: String(source),
      target: String(target),
      type: type as GraphEdge["type"],
      properties,
    };
  });
  return { nodes, edges };
}
