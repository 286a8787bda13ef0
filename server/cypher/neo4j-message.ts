/*
 * Neo4j's messages as a caller may read them: the first line only (the rest repeats the query and points
 * at it), no Java or Scala class names, and no list of the dozens of tokens its parser expected. The
 * position "(line 1, column 10 (offset: 9))" stays.
 */
const CLASS_NAME = /\b(?:java|javax|scala|sun|org\.neo4j|com\.neo4j|org\.opencypher)(?:\.[\w$]+)+:?/g;
const EXPECTED = /[:,]? expected (.*?)(?= \(line \d|$)/;
const LONG_LIST = 4;

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** `shift`: characters the server put before the caller's statement (EXPLAIN's prefix), taken off the position. */
export function callerMessage(message: string, shift = 0): string {
  let first = message.split("\n")[0].replace(CLASS_NAME, "");
  first = first.replace(POSITION, (_all, line: string, column: string, offset: string) => {
    const col = line === "1" ? Math.max(1, Number(column) - shift) : Number(column);
    return `(line ${line}, column ${col} (offset: ${Math.max(0, Number(offset) - shift)}))`;
  });
  const expected = EXPECTED.exec(first);
  if (expected && expected[1].split(",").length > LONG_LIST) first = first.replace(expected[0], "");
  return first.replace(/\s+/g, " ").trim() || "Neo4j did not say why";
}
