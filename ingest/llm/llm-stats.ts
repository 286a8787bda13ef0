/** What one run cost and what it threw away, reported by the CLI. */
export interface LlmStats {
  calls: number;
  cachedChunks: number;
  promptTokens: number;
  completionTokens: number;
  milliseconds: number;
  dropped: Record<string, number>;
}

export const newLlmStats = (): LlmStats => ({
  calls: 0,
  cachedChunks: 0,
  promptTokens: 0,
  completionTokens: 0,
  milliseconds: 0,
  dropped: {},
});

export function drop(stats: LlmStats, reason: string, count = 1): void {
  stats.dropped[reason] = (stats.dropped[reason] ?? 0) + count;
}

export function describeLlmStats(stats: LlmStats): string {
  const dropped = Object.entries(stats.dropped)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(", ");
  return (
    `llm: ${stats.calls} call(s), ${stats.cachedChunks} chunk(s) from cache, ${stats.promptTokens + stats.completionTokens} tokens ` +
    `(${stats.promptTokens} prompt, ${stats.completionTokens} completion), ${(stats.milliseconds / 1000).toFixed(1)} s; ` +
    `dropped: ${dropped || "nothing"}`
  );
}
