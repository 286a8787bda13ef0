import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** What a launcher needs to say when its JVM tools are missing or Maven fails. */
export interface ClasspathRequest {
  pom: string;
  /** Folder for the cached classpath file (git-ignored). */
  cacheDir: string;
  /** What is being resolved, for messages ("Neo4j", "Stanford CoreNLP"). */
  what: string;
  /** Roughly what the first resolution downloads, for the message shown before it. */
  size: string;
  /** What the user can do instead of installing the JDK and Maven. */
  alternative: string;
  makeError: (message: string) => Error;
  log?: (line: string) => void;
}

function requireCommand(command: string, hint: string, makeError: (message: string) => Error): void {
  const probe = spawnSync(command, ["-version"], { stdio: "ignore" });
  if (probe.error) throw makeError(`${command} was not found on PATH: ${hint}`);
}

/** Resolves a pom's jars from Maven Central once per pom content; later starts reuse the cached classpath. */
export function resolveClasspath(request: ClasspathRequest): string {
  const { pom, what, makeError } = request;
  const pomHash = createHash("sha256").update(readFileSync(pom)).digest("hex").slice(0, 12);
  const cacheFile = path.resolve(request.cacheDir, `classpath-${path.basename(path.dirname(pom))}-${pomHash}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, "utf8").trim();
    if (cached.split(path.delimiter).every((jar) => existsSync(jar))) return cached;
  }
  requireCommand("java", `install JDK 17 (e.g. apt-get install openjdk-17-jdk), or ${request.alternative}`, makeError);
  requireCommand("mvn", `install Maven (e.g. apt-get install maven), or ${request.alternative}`, makeError);
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  request.log?.(`resolving ${what} from Maven Central (first run only; about ${request.size})...`);
  const result = spawnSync(
    "mvn",
    ["-q", "-B", "-f", pom, "dependency:build-classpath", `-Dmdep.outputFile=${cacheFile}`],
    {
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    },
  );
  if (result.status !== 0 || !existsSync(cacheFile)) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    throw makeError(`could not resolve ${what} with Maven (exit ${result.status}):\n${output}`);
  }
  return readFileSync(cacheFile, "utf8").trim();
}
