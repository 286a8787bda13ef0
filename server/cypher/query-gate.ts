/**
 * A cap on console queries running at once, so they cannot take every connection of the driver's pool.
 * A slot is held until Neo4j lets go of the query, not until the caller got an answer: a query whose
 * answer came from the server's own deadline may still be running in Neo4j. A slot Neo4j never gives
 * back (a hung query) is freed after `holdCeilingMs`, the longest Neo4j's own transaction timeout allows.
 */
export class QueryGate {
  private running = 0;

  constructor(
    readonly capacity: number,
    private readonly holdCeilingMs: number,
  ) {}

  /** A release function, or undefined when every slot is taken. */
  tryEnter(): (() => void) | undefined {
    if (this.running >= this.capacity) return undefined;
    this.running += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(ceiling);
      this.running -= 1;
    };
    const ceiling = setTimeout(release, this.holdCeilingMs);
    ceiling.unref();
    return release;
  }

  get inUse(): number {
    return this.running;
  }
}
