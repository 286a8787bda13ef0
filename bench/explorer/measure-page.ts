export interface PageFigures {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  webgl: string;
}

declare global {
  interface Window {
    __bench?: PageFigures | { error: string };
    /** Resolves with the time once the next frame has been drawn and handed to the screen. */
    __afterNextPaint?: () => Promise<number>;
    /** The bare page only: how long one redraw of the whole graph takes (a small zoom), until drawn. */
    __measureRedraw?: () => Promise<number>;
    /** The bare page only: how long the main thread spends re-reading and redrawing the whole graph, as after a layout step. */
    __measureRefresh?: () => number;
    __layoutLongTasks?: number[];
    /** How long the layout measurement really lasted: a blocked page fires its 4.5 s timer late. */
    __layoutWindowMs?: number;
  }
}

/** The GEXF file named in the page's query string. */
export async function fetchGexf(): Promise<string> {
  const file = new URLSearchParams(window.location.search).get("gexf");
  if (!file) throw new Error("no ?gexf= given");
  return (await fetch(file)).text();
}

function webglRenderer(): string {
  const gl = document.createElement("canvas").getContext("webgl2");
  if (!gl) return "no WebGL2";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "WebGL2 (renderer hidden)";
}

/**
 * Sigma draws in an animation frame callback, but most of a frame's cost comes after it, in the GPU process
 * (SwiftShader here): a task queued from the callback runs once the frame is handed over, and reading one
 * pixel back from each WebGL canvas waits until the GPU process has drawn everything it was given.
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        for (const canvas of document.querySelectorAll("canvas")) {
          const gl = canvas.getContext("webgl2");
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        }
        resolve(performance.now());
      }, 0),
    ),
  );
}

/** Both pages are measured the same way, from outside the renderer: the first frame is drawn once the renderer is built. */
export async function reportFirstRender(start: number, nodes: number, edges: number): Promise<void> {
  await afterNextPaint();
  window.__afterNextPaint = afterNextPaint;
  window.__bench = { nodes, edges, firstRenderMs: performance.now() - start, webgl: webglRenderer() };
}
