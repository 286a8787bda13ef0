import { ApiError, NetworkError } from "../../client/src/api";
import { initialState, type AppState } from "../../client/src/state/app-state";
import { afterFailure, afterSuccess, quietFailure } from "../../client/src/state/error-policy";
import { healthFailed } from "../../client/src/state/updates/status";
import { pathsFailed } from "../../client/src/state/updates/paths";

const ok: AppState = { ...initialState(), connection: { kind: "ok" } };
const from = { id: "a", name: "A" };
const to = { id: "b", name: "B" };

describe("the error policy", () => {
  it("switches the banner for an unreachable server, without a toast saying it again", () => {
    const next = afterFailure(ok, new NetworkError("/api/graph: Failed to fetch"));
    expect(next.connection).toEqual({ kind: "server-down", message: "/api/graph: Failed to fetch" });
    expect(next.toast).toBeNull();
  });

  it("tells Neo4j being down (503) from a gateway failing (502, 504)", () => {
    expect(
      afterFailure(ok, new ApiError(503, "Service Unavailable", "the Neo4j database is not reachable")).connection,
    ).toEqual({ kind: "neo4j-down", message: "the Neo4j database is not reachable" });
    expect(afterFailure(ok, new ApiError(504, "Gateway Timeout")).connection).toEqual({
      kind: "server-down",
      message: "Gateway Timeout",
    });
  });

  it("toasts any other failure in the server's words, and leaves the banner alone", () => {
    const next = afterFailure(ok, new ApiError(400, "Bad Request", "limit must be at most 500"));
    expect(next).toEqual({ ...ok, toast: "Limit must be at most 500" });
    expect(afterFailure(ok, new ApiError(404, "Not Found")).toast).toBe("Not Found");
  });

  it("puts the message where the calling area shows it, the banner still switching when the server is down", () => {
    const searching: AppState = { ...ok, paths: { from, to, running: true, found: null, error: null } };
    const show = (s: AppState, failure: { message: string }) => pathsFailed(s, from, to, failure.message);
    expect(afterFailure(searching, new ApiError(400, "Bad Request", "no such entity"), show)).toMatchObject({
      connection: { kind: "ok" },
      toast: null,
      paths: { running: false, error: "No such entity" },
    });
    expect(afterFailure(searching, new ApiError(503, "Service Unavailable", "down"), show)).toMatchObject({
      connection: { kind: "neo4j-down" },
      paths: { running: false, error: "Down" },
    });
  });

  it("says nothing for a best-effort call beyond the banner", () => {
    expect(afterFailure(ok, new ApiError(500, "Internal Server Error"), quietFailure)).toBe(ok);
  });

  it("blames the server when a health check fails without saying why", () => {
    expect(afterFailure(ok, new ApiError(500, "Internal Server Error"), healthFailed).connection).toEqual({
      kind: "server-down",
      message: "Internal Server Error",
    });
    expect(afterFailure(ok, new ApiError(503, "Service Unavailable", "no Neo4j"), healthFailed).connection).toEqual({
      kind: "neo4j-down",
      message: "no Neo4j",
    });
  });

  it("clears a banner left by a failure once a call answers, and nothing else", () => {
    const down: AppState = { ...ok, connection: { kind: "neo4j-down", message: "down" } };
    expect(afterSuccess(down).connection).toEqual({ kind: "ok" });
    for (const connection of [{ kind: "ok" }, { kind: "empty" }, { kind: "connecting" }] as const) {
      const state = { ...ok, connection };
      expect(afterSuccess(state)).toBe(state);
    }
  });
});
