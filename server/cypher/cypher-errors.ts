/** Why a query is refused before it runs, for the 400 the caller gets ("query refused: ..."). */
export class CypherRefusal extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "CypherRefusal";
  }
}

/** A query that could not run as written: a syntax error, or Neo4j's error for it ("query failed: ..."). */
export class CypherQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CypherQueryError";
  }
}

/** Too many console queries are running at once ("try again shortly", 503). */
export class CypherBusy extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CypherBusy";
  }
}
