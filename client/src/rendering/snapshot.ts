import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../graph";
import { createLabelLayer } from "./labels";

export interface LegendLine {
  color: string;
  text: string;
  shape: "dot" | "line";
}

export interface SnapshotOptions {
  /** Pixels per CSS pixel of the stage: 1, 2 or 4. */
  scale?: number;
  /** Drawn in a column right of the graph, titled by section. */
  legend?: { title: string; lines: LegendLine[] }[];
  /** Lines under the picture: what data, which filters, when. */
  caption?: string[];
}

const BACKGROUND = "#0f1218";
const TEXT = "#e6edf3";
const MUTED = "#8b96a8";
const LEGEND_WIDTH = 230;
const PAD = 16;
const LINE = 18;

/**
 * The view as a PNG at 1x, 2x or 4x, with the legend beside it and a caption under it. @sigma/export-image
 * draws a copy of sigma at the page's devicePixelRatio, which it reads while building that copy: the ratio is
 * raised for that moment, so the copy draws the same view with more pixels rather than a larger view. The
 * copy gets its own label layer (labels.ts), as the page's is bound to the page's sigma.
 */
export async function snapshot(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  priority: () => readonly string[],
  options: SnapshotOptions = {},
): Promise<Blob> {
  const scale = options.scale ?? 1;
  const original = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => scale });
  let graphCanvas: HTMLCanvasElement;
  const labels = createLabelLayer(priority);
  try {
    graphCanvas = await drawOnCanvas(sigma, {
      backgroundColor: BACKGROUND,
      sigmaSettings: labels.settings as never,
      withTempRenderer: async (copy) => {
        labels.attach(copy as unknown as Sigma<NodeAttributes, EdgeAttributes>);
        copy.refresh();
      },
    });
  } finally {
    if (original) Object.defineProperty(window, "devicePixelRatio", original);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
  const legend = options.legend ?? [];
  const caption = options.caption ?? [];
  const legendLines = legend.reduce((n, section) => n + section.lines.length + 1.5, 0);
  const legendHeight = legend.length > 0 ? (PAD * 2 + legendLines * LINE) * scale : 0;
  const legendWidth = legend.length > 0 ? LEGEND_WIDTH * scale : 0;
  const captionHeight = caption.length > 0 ? (PAD * 2 + caption.length * LINE) * scale : 0;
  const out = document.createElement("canvas");
  out.width = graphCanvas.width + legendWidth;
  out.height = Math.max(graphCanvas.height, legendHeight) + captionHeight;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graphCanvas, 0, 0);
  ctx.scale(scale, scale);
  ctx.textBaseline = "middle";

  let y = PAD;
  const x = graphCanvas.width / scale + PAD;
  for (const section of legend) {
    ctx.fillStyle = MUTED;
    ctx.font = "600 11px sans-serif";
    ctx.fillText(section.title.toUpperCase(), x, y + LINE / 2);
    y += LINE * 1.5;
    ctx.font = "12px sans-serif";
    for (const line of section.lines) {
      ctx.fillStyle = line.color;
      if (line.shape === "dot") {
        ctx.beginPath();
        ctx.arc(x + 5, y + LINE / 2, 5, 0, 2 * Math.PI);
        ctx.fill();
      } else ctx.fillRect(x, y + LINE / 2 - 1.5, 14, 3);
      ctx.fillStyle = TEXT;
      ctx.fillText(line.text, x + 22, y + LINE / 2, LEGEND_WIDTH - PAD - 22);
      y += LINE;
    }
  }

  const top = Math.max(graphCanvas.height, legendHeight) / scale + PAD;
  ctx.font = "12px sans-serif";
  caption.forEach((line, i) => {
    ctx.fillStyle = i === 0 ? TEXT : MUTED;
    ctx.fillText(line, PAD, top + i * LINE + LINE / 2, out.width / scale - 2 * PAD);
  });
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))),
      "image/png",
    ),
  );
}
