import { existsSync, readFileSync, rmSync } from "node:fs";

/*
 * The JVM servers the project runs for itself (Neo4j, CoreNLP) are detached processes known by a pid
 * file in their data folder; these are the steps both launchers share.
 */

export function readPid(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `ready` until it answers true, the process dies (its pid file is then removed) or time runs out. */
export async function waitUntilReady(
  pid: number,
  pidFile: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      rmSync(pidFile, { force: true });
      return false;
    }
    if (await ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** SIGTERM, then wait for the JVM to exit (Neo4j flushes and checkpoints on the way out); false if none ran. */
export async function stopProcess(pidFile: string, timeoutMs: number): Promise<boolean> {
  const pid = readPid(pidFile);
  if (pid === null || !isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  rmSync(pidFile, { force: true });
  return true;
}
