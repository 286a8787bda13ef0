/**
 * Which suites need a Neo4j server or a browser: those that import, directly or through the test
 * folder's own helpers, the test database, the Neo4j driver or playwright. Read from the imports
 * rather than listed, so a new suite lands in the right tier without anyone remembering to file it.
 */
const fs = require("node:fs");
const path = require("node:path");

const TEST_ROOT = path.resolve(__dirname, "..");
const NEEDS_SERVERS = [path.join(TEST_ROOT, "support", "database.ts")];
const NEEDS_SERVERS_PACKAGES = ["playwright-core", "neo4j-driver"];

function importsOf(file) {
  return [...fs.readFileSync(file, "utf8").matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
}

function resolveTestFile(from, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  if (!base.startsWith(TEST_ROOT)) return undefined;
  return [base, `${base}.ts`, `${base}.js`, path.join(base, "index.ts")].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

function needsServers(file, seen) {
  if (NEEDS_SERVERS.includes(file)) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  return importsOf(file).some((specifier) => {
    if (NEEDS_SERVERS_PACKAGES.includes(specifier)) return true;
    const local = resolveTestFile(file, specifier);
    return local !== undefined && needsServers(local, seen);
  });
}

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** Suites that run with no Neo4j and no browser: the fast tier. */
function fastSuites() {
  return testFiles(TEST_ROOT).filter((file) => !needsServers(file, new Set()));
}

module.exports = { fastSuites };
