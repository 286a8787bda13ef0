import { hashString } from "./seeded-random";

export interface Position {
  x: number;
  y: number;
}

/**
 * Node positions packed for a link: the nodes in id order, each coordinate quantised to 16 bits over the
 * bounding box, base64url. 300 nodes take about 1,600 characters. A checksum of the id list ties the code to
 * the nodes it was made for: a link opened on different data restores nothing rather than the wrong places.
 */
const VERSION = "p1";
/** Unreserved in URLs, and in none of the parts (numbers hold dots, base64url dashes and underscores). */
const SEPARATOR = "~";
const STEPS = 65535;

export function encodePositions(positions: ReadonlyMap<string, Position>): string {
  const ids = [...positions.keys()].sort();
  if (ids.length === 0) return "";
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const bytes = new Uint8Array(ids.length * 4);
  const view = new DataView(bytes.buffer);
  ids.forEach((id, i) => {
    const { x, y } = positions.get(id)!;
    view.setUint16(i * 4, quantise(x, minX, maxX));
    view.setUint16(i * 4 + 2, quantise(y, minY, maxY));
  });
  const box = [minX, maxX, minY, maxY].map((v) => Number(v.toPrecision(9))).join("_");
  return [VERSION, checksum(ids), box, toBase64Url(bytes)].join(SEPARATOR);
}

/** The positions for exactly these node ids, or null when the code is malformed or was made for other nodes. */
export function decodePositions(code: string, nodeIds: Iterable<string>): Map<string, Position> | null {
  const parts = code.split(SEPARATOR);
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const ids = [...nodeIds].sort();
  if (parts[1] !== checksum(ids)) return null;
  const box = parts[2].split("_").map(Number);
  if (box.length !== 4 || box.some((v) => !Number.isFinite(v))) return null;
  const bytes = fromBase64Url(parts[3]);
  if (!bytes || bytes.length !== ids.length * 4) return null;
  const [minX, maxX, minY, maxY] = box;
  const view = new DataView(bytes.buffer);
  const positions = new Map<string, Position>();
  ids.forEach((id, i) => {
    positions.set(id, {
      x: expand(view.getUint16(i * 4), minX, maxX),
      y: expand(view.getUint16(i * 4 + 2), minY, maxY),
    });
  });
  return positions;
}

function checksum(ids: readonly string[]): string {
  return `${ids.length.toString(36)}-${hashString(ids.join("\n")).toString(36)}`;
}

function quantise(value: number, min: number, max: number): number {
  return max > min ? Math.round(((value - min) / (max - min)) * STEPS) : 0;
}

function expand(step: number, min: number, max: number): number {
  return max > min ? min + (step / STEPS) * (max - min) : min;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
