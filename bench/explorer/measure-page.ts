export interface PageFigures {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  webgl: string;
}

declare global {
  interface Window {
    __bench?: PageFigures | { error: string };
    __frames?: number[];
    __recordFrames?: (ms: number) => Promise<number[]>;
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

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Both pages are measured the same way, from outside the renderer: the first frame is the second
 * animation frame after the renderer was built (sigma draws in the first), and frame times are the
 * intervals between animation frames while the benchmark drags the view with the mouse.
 */
export async function reportFirstRender(start: number, nodes: number, edges: number): Promise<void> {
  await nextFrame();
  await nextFrame();
  window.__recordFrames = async (ms: number) => {
    const frames: number[] = [];
    const until = performance.now() + ms;
    let last = await nextFrame();
    while (last < until) {
      const now = await nextFrame();
      frames.push(now - last);
      last = now;
    }
    return frames;
  };
  window.__bench = { nodes, edges, firstRenderMs: performance.now() - start, webgl: webglRenderer() };
}
