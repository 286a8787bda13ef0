/**
 * Statements EXPLAIN has shown to be read-only on this app's database. Analysts re-run and page the same
 * query, and each EXPLAIN costs a message to Neo4j and its answer. A statement's query type follows from
 * its text and the database's installed procedures, so the set belongs to one app and its database; the
 * READ transaction refuses writes whatever it holds.
 */
export class ReadOnlyStatements {
  private readonly statements = new Set<string>();

  constructor(private readonly limit = 1000) {}

  has(statement: string): boolean {
    return this.statements.has(statement);
  }

  /** Remembers a statement, forgetting the oldest beyond the limit. */
  add(statement: string): void {
    this.statements.add(statement);
    if (this.statements.size > this.limit) this.statements.delete(this.statements.values().next().value as string);
  }
}
