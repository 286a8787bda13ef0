import { testCoreNlp } from "./global-setup";

/**
 * The fast tier parses with CoreNLP but has no Neo4j: the URI points at a closed port, so a suite that
 * reaches Neo4j without the tiers noticing fails at once instead of finding the developer's database.
 */
export default async function fastSetup(): Promise<void> {
  process.env.NEO4J_URI = "bolt://127.0.0.1:9";
  await testCoreNlp();
}
