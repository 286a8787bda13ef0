import { Driver, ManagedTransaction, QueryResult, RecordShape, Transaction } from "neo4j-driver";
import { toCypherParams } from "./cypher-params";

export interface TransactionOptions {
  /** Server-side transaction timeout in milliseconds. */
  timeout?: number;
}

/**
 * What the services get instead of the driver: one session per unit of work, always on the configured
 * database, reads routed to readers (Aura, clusters) and writes to the leader. Work functions may be retried.
 */
export class Db {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    /** Bounds every read that does not set its own timeout, so a heavy expansion cannot run forever. */
    readonly readTimeoutMs?: number,
  ) {}

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    try {
      return await session.executeRead(work, { timeout: options.timeout ?? this.readTimeoutMs });
    } finally {
      await session.close();
    }
  }

  /**
   * One READ transaction, tried once: for callers' own queries, where a retry after a transient error
   * (a memory limit, say) would only run the same query again.
   */
  async readOnce<T>(work: (tx: Pick<Transaction, "run">) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    try {
      const tx = session.beginTransaction({ timeout: options.timeout ?? this.readTimeoutMs });
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "WRITE" });
    try {
      return await session.executeWrite(work, options);
    } finally {
      await session.close();
    }
  }

  /** One read-only statement, numbers that are whole passed as integers; the usual case for repositories. */
  query<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Record<string, unknown> = {},
  ): Promise<QueryResult<R>> {
    return this.read((tx) => tx.run<R>(cypher, toCypherParams(params) as Record<string, unknown>));
  }
}
