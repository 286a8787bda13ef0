import { boxPolygon, pointInPolygon, type Point } from "../graph";
import type { Actions, AppState, Store } from "../state";
import type { ViewCommands } from "./renderer";

/**
 * Box and lasso selection: while a selection mode is on, a canvas above sigma takes the pointer, draws the
 * shape, and selects the nodes inside it on release (shift adds to the selection).
 */
export function mountSelectionOverlay(
  container: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  view: ViewCommands,
): void {
  const canvas = document.createElement("canvas");
  canvas.className = "selection-overlay";
  canvas.dataset.testid = "selection-overlay";
  container.append(canvas);
  const context = canvas.getContext("2d")!;
  let points: Point[] = [];
  let drawing = false;

  function resize(): void {
    canvas.width = container.clientWidth;
    canvas.height = container.clientHeight;
  }

  function shape(): Point[] {
    if (store.get().selectMode === "box" && points.length > 1) return boxPolygon(points[0], points[points.length - 1]);
    return points;
  }

  function draw(): void {
    context.clearRect(0, 0, canvas.width, canvas.height);
    const polygon = shape();
    if (polygon.length < 2) return;
    context.beginPath();
    polygon.forEach((p, i) => (i === 0 ? context.moveTo(p.x, p.y) : context.lineTo(p.x, p.y)));
    context.closePath();
    context.fillStyle = "rgba(91, 157, 255, 0.12)";
    context.strokeStyle = "#5b9dff";
    context.setLineDash([5, 4]);
    context.fill();
    context.stroke();
  }

  const at = (e: PointerEvent): Point => {
    const rect = canvas.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  canvas.addEventListener("pointerdown", (e) => {
    drawing = true;
    points = [at(e)];
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener("pointermove", (e) => {
    if (!drawing) return;
    points.push(at(e));
    draw();
  });
  canvas.addEventListener("pointerup", (e) => {
    if (!drawing) return;
    drawing = false;
    const polygon = shape();
    const inside =
      polygon.length > 2
        ? [...view.viewportPositions()].filter(([, p]) => pointInPolygon(p, polygon)).map(([node]) => node)
        : [];
    actions.setSelection(inside, e.shiftKey);
    points = [];
    draw();
  });

  function render(state: AppState, previous?: AppState): void {
    if (previous && previous.selectMode === state.selectMode) return;
    canvas.hidden = state.selectMode === "none";
    if (!canvas.hidden) resize();
  }
  window.addEventListener("resize", resize);
  render(store.get());
  store.subscribe(render);
}
