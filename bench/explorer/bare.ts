import Graph from "graphology";
import { parse } from "graphology-gexf/browser";
import Sigma from "sigma";
import { afterNextPaint, fetchGexf, reportFirstRender } from "./measure-page";

/** The baseline: the same GEXF in a sigma with its default settings, nothing else. */
async function main(): Promise<void> {
  const text = await fetchGexf();
  const start = performance.now();
  const graph = parse(Graph, text);
  graph.forEachNode((node, attrs) =>
    graph.mergeNodeAttributes(node, { size: 3, color: "#5b9cf5", label: attrs.label }),
  );
  const sigma = new Sigma(graph, document.getElementById("stage")!);
  window.__measureRedraw = async () => {
    const started = performance.now();
    sigma.getCamera().setState({ ratio: sigma.getCamera().ratio * 0.99 });
    return (await afterNextPaint()) - started;
  };
  window.__measureRefresh = () => {
    const started = performance.now();
    sigma.refresh();
    return performance.now() - started;
  };
  await reportFirstRender(start, graph.order, graph.size);
}

main().catch((error: Error) => (window.__bench = { error: error.message }));
