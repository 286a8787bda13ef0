/** Values as text: nodes by name, relations by type, everything else as compact JSON. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const record = value as { name?: unknown; type?: unknown; properties?: { name?: unknown } };
  if (typeof record.properties?.name === "string") return record.properties.name;
  if (typeof record.name === "string") return record.name;
  if (typeof record.type === "string" && record.properties) return `:${record.type}`;
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
