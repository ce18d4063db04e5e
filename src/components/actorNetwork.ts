/**
 * Actors and channels: an arranged network (rows by kind of actor, the programme on the
 * right; see networkLayout.ts), with labelled nodes and channels that can be reached with the
 * keyboard and show their details and supporting findings, and a legend. A channel is drawn as
 * what it is: a directed tie with an arrowhead, an undirected tie without one, a hub as a point
 * with a spoke to each party (no arrows); a tie that rests in part on our inference is dashed and
 * labelled †, its reason in the details. Narrower than NARROW_NETWORK, the same data is laid out
 * again as a layered list (networkList.ts) rather than a miniature. Glyphs: networkGlyphs.ts;
 * details: networkData.ts; tables: networkTables.ts.
 */
import { t, tw } from "../shared/i18n/index.js";
import { ours } from "./voice.js";
import { s } from "./dom.js";
import { el, fill } from "./evidence.js";
import { PROGRAMME, isolatedActors, layoutEdges, layoutHubs, layoutNodes, partiesOf, tieOf, touches, visibleNodes, wrapLabel, type LayoutNode } from "./networkLayout.js";
import { DASH, DIMENSION_COLORS, HUB_RADIUS, NO_DIMENSION_COLOR, RADIUS, hubPoint, kindLabel, nodeShape } from "./networkGlyphs.js";
import { channelDescription, channelDetails, context, edgeLabel, isInferred, nodeDetails, type Child, type Context, type NetworkData, type NetworkOptions } from "./networkData.js";
import { networkList } from "./networkList.js";

/** Below this width the network is shown as a layered list. */
export const NARROW_NETWORK = 600;

let uid = 0;

/**
 * The network, marked as our analysis (we built it from the coded text; how, on demand): SVG,
 * details panel, legend and the list of actors without a channel.
 */
export function actorNetwork(data: NetworkData, options: NetworkOptions): HTMLElement {
  return ours(options.lang, { text: tw(options.lang, "actors.networkMethod", options.kind) }, drawNetwork(data, options));
}

function drawNetwork(data: NetworkData, options: NetworkOptions): HTMLElement {
  const ctx = context(data, options);
  const { lang } = ctx;
  if ((options.width ?? 900) < NARROW_NETWORK) return narrowNetwork(data, ctx);
  const width = Math.max(options.width ?? 900, 760);
  const layout = layoutNodes(data.actors, { width });
  const shown = visibleNodes(data.actors, data.channels);
  const edges = new Map(layoutEdges(data.channels, layout.nodes, { radius: RADIUS + 3 }).map((e) => [e.id, e]));
  const hubs = new Map(layoutHubs(data.channels, layout, { radius: RADIUS + 3 }).map((h) => [h.id, h]));
  const drawn = data.channels.filter((c) => edges.has(c.id) || hubs.has(c.id));
  const id = `net${++uid}`;
  const colors = [...DIMENSION_COLORS, NO_DIMENSION_COLOR];
  const markerOf = (color: string) => `url(#${id}-arrow-${colors.indexOf(color)})`;

  const details = el("div", { class: "network-details", "aria-live": "polite" }, el("p", { class: "hint" }, t(lang, "actors.detailsHint")));
  const svg = s(
    "svg",
    {
      class: "network-svg",
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: layout.width,
      height: layout.height,
      role: "group",
      "aria-label": fill(t(lang, "actors.chartAlt"), { nodes: shown.length, edges: drawn.length }),
      "font-family": "var(--sans-serif, system-ui)"
    },
    s(
      "defs",
      {},
      colors.map((color, i) =>
        s(
          "marker",
          { id: `${id}-arrow-${i}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" },
          s("path", { d: "M0,0L10,5L0,10z", fill: color })
        )
      )
    ),
    s(
      "g",
      { class: "rows", "aria-hidden": "true" },
      layout.rows.map((r) => [
        s("line", { x1: 0, x2: layout.width, y1: r.y + 60, y2: r.y + 60, stroke: "#e5e5e5" }),
        s("text", { x: 4, y: r.y, "dominant-baseline": "middle", "font-size": 12, "font-weight": 600, fill: "#555" }, kindLabel(lang, r.kind))
      ])
    )
  );

  const root = el("figure", { class: "actor-network", "data-nodes": shown.length, "data-edges": drawn.length });
  const clear = () => {
    root.classList.remove("has-active");
    for (const node of svg.querySelectorAll(".is-active, .is-related")) node.classList.remove("is-active", "is-related");
  };
  const activate = (node: SVGGElement, related: readonly string[], content: HTMLElement[]) => {
    clear();
    root.classList.add("has-active");
    node.classList.add("is-active");
    for (const key of related) svg.querySelector(`[data-key="${key}"]`)?.classList.add("is-related");
    details.replaceChildren(...content);
  };
  const interactive = (node: SVGGElement, related: () => readonly string[], content: () => HTMLElement[]) => {
    const show = () => activate(node, related(), content());
    node.addEventListener("focus", show);
    node.addEventListener("mouseenter", show);
    node.addEventListener("click", show);
    node.addEventListener("keydown", (event: KeyboardEvent) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        show();
        details.querySelector<HTMLElement>(".details-title")?.focus();
      } else if (event.key === "Escape") clear();
    });
    return node;
  };

  const edgeLayer = s("g", { class: "edges" });
  for (const c of drawn) {
    const d = ctx.dimension(c.dimension);
    const label = edgeLabel(c, ctx);
    const description = channelDescription(c, ctx);
    const tie = tieOf(c);
    const dashed = isInferred(c, ctx) ? DASH : null;
    const line = (path: string, arrow: boolean) => [
      s("path", { class: "hit", d: path, fill: "none", stroke: "transparent", "stroke-width": 12 }),
      s("path", { class: "line", d: path, fill: "none", stroke: d.color, "stroke-width": 2, "stroke-dasharray": dashed, "marker-end": arrow ? markerOf(d.color) : null })
    ];
    const hub = hubs.get(c.id);
    const e = edges.get(c.id);
    const shape = hub
      ? [...hub.spokes.map((spoke) => line(spoke.path, false)), s("g", { transform: `translate(${hub.x},${hub.y})` }, hubPoint(d.color, HUB_RADIUS, !!dashed))]
      : line(e!.path, tie === "directed");
    const at = hub ?? e!;
    const g = s(
      "g",
      {
        class: `edge${hub ? " hub" : ""}`,
        tabindex: 0,
        role: "button",
        "aria-label": description,
        "data-channel": c.id,
        "data-key": `edge:${c.id}`,
        "data-dimension": c.dimension,
        "data-kind": c.channel,
        "data-tie": tie,
        "data-basis": dashed ? "inferred" : "stated"
      },
      s("title", {}, description),
      shape,
      s("text", { class: "edge-label", x: at.labelX, y: at.labelY, "text-anchor": hub ? "start" : "middle", "dominant-baseline": "middle", "font-size": 12, fill: d.color }, label)
    );
    edgeLayer.append(interactive(g, () => partiesOf(c).map((p) => `node:${p}`), () => channelDetails(c, ctx)));
  }
  svg.append(edgeLayer);

  const actorsById = new Map(data.actors.map((a) => [a.id, a]));
  const nodeLayer = s("g", { class: "nodes" });
  for (const nodeId of shown) {
    const n = layout.nodes.get(nodeId) as LayoutNode;
    const actor = actorsById.get(nodeId);
    const name = ctx.actorLabel(nodeId);
    const kind = actor?.kind ?? PROGRAMME;
    const lines = wrapLabel(name, Math.max(10, Math.floor(n.room / 7)));
    const incident = data.channels.filter((c) => touches(c, nodeId));
    const description = `${name} (${kindLabel(lang, kind)}). ${t(lang, "actors.channelsHere")}: ${incident.map((c) => c.id).join(", ") || t(lang, "actors.none")}.`;
    const g = s(
      "g",
      { class: `node${nodeId === PROGRAMME ? " programme" : ""}`, transform: `translate(${n.x},${n.y})`, tabindex: 0, role: "button", "aria-label": description, "data-node": nodeId, "data-key": `node:${nodeId}`, "data-kind": kind },
      s("title", {}, description),
      nodeShape(kind),
      s(
        "text",
        { class: "node-label", y: RADIUS + 14, "text-anchor": "middle", "font-size": 12 },
        // A trailing space keeps the words apart in the text content (the accessible name) across lines.
        lines.map((line, i) => s("tspan", { x: 0, dy: i ? "1.15em" : 0 }, i < lines.length - 1 ? `${line} ` : line))
      )
    );
    nodeLayer.append(
      interactive(
        g,
        () => incident.flatMap((c) => [`edge:${c.id}`, ...partiesOf(c).filter((p) => p !== nodeId).map((p) => `node:${p}`)]),
        () => nodeDetails(nodeId, actor, data.channels, ctx)
      )
    );
  }
  svg.append(nodeLayer);

  const isolated = isolatedActors(data.actors, data.channels);
  root.append(
    el("figcaption", { class: "network-title" }, t(lang, "actors.chartTitle")),
    data.channels.length ? el("div", { class: "network-scroll" }, svg) : el("p", { role: "status" }, t(lang, "actors.noChannels")),
    el("p", { class: "isolated" }, `${t(lang, "actors.isolated")} `, isolated.length ? isolated.map(ctx.actorLabel).join(", ") : t(lang, "actors.none")),
    details,
    networkLegend(data, ctx)
  );
  return root;
}

/** The phone form: the same actors and channels as a layered list, with the same details panel and legend. */
function narrowNetwork(data: NetworkData, ctx: Context): HTMLElement {
  const { lang } = ctx;
  const shown = visibleNodes(data.actors, data.channels);
  const details = el("div", { class: "network-details", "aria-live": "polite" }, el("p", { class: "hint" }, t(lang, "actors.detailsHint")));
  const isolated = isolatedActors(data.actors, data.channels);
  return el(
    "figure",
    { class: "actor-network is-narrow", "data-nodes": shown.length, "data-edges": data.channels.length },
    el("figcaption", { class: "network-title" }, t(lang, "actors.chartTitle")),
    data.channels.length ? networkList(data, ctx, details) : el("p", { role: "status" }, t(lang, "actors.noChannels")),
    el("p", { class: "isolated" }, `${t(lang, "actors.isolated")} `, isolated.length ? isolated.map(ctx.actorLabel).join(", ") : t(lang, "actors.none")),
    details,
    networkLegend(data, ctx)
  );
}

/** The legend: node shapes per kind, colours and numbers per dimension, and what each tie looks like: arrow, plain line, hub, dashed with †. */
function networkLegend(data: NetworkData, ctx: Context): HTMLElement {
  const { lang } = ctx;
  const kinds = [...new Set(data.actors.map((a) => a.kind)), PROGRAMME];
  const swatch = (...children: Child[]) => s("svg", { width: 34, height: 34, viewBox: "-17 -17 34 34", "aria-hidden": "true", style: "flex:none" }, ...children);
  const ink = NO_DIMENSION_COLOR;
  const stroke = { stroke: ink, "stroke-width": 2, fill: "none" };
  const arrowhead = s("path", { d: "M8,-4L15,0L8,4z", fill: ink });
  const spokes = [-150, -30, 90].map((deg) => s("line", { x1: 0, y1: 0, x2: 15 * Math.cos((deg * Math.PI) / 180), y2: 15 * Math.sin((deg * Math.PI) / 180), ...stroke }));
  const ties: [Child, string][] = [
    [[s("line", { x1: -15, x2: 9, y1: 0, y2: 0, ...stroke }), arrowhead], t(lang, "actors.tie.directed")],
    [s("line", { x1: -15, x2: 15, y1: 0, y2: 0, ...stroke }), t(lang, "actors.tie.undirected")],
    [[...spokes, hubPoint(ink, HUB_RADIUS - 1)], t(lang, "actors.tie.hub")],
    [[s("line", { x1: -15, x2: 6, y1: 4, y2: 4, ...stroke, "stroke-dasharray": DASH }), s("text", { x: 9, y: 2, "font-size": 13, fill: ink, "dominant-baseline": "middle" }, "†")], t(lang, "actors.tie.inferred")]
  ];
  return el(
    "div",
    { class: "network-legend" },
    el(
      "div",
      {},
      el("p", { class: "legend-title" }, t(lang, "actors.legendKinds")),
      el("ul", {}, kinds.map((k) => el("li", {}, swatch(nodeShape(k, 11)), k === PROGRAMME ? t(lang, "actors.programmeNote") : kindLabel(lang, k))))
    ),
    el(
      "div",
      {},
      el("p", { class: "legend-title" }, t(lang, "actors.legendTies")),
      el("ul", { class: "legend-ties" }, ties.map(([glyph, text]) => el("li", { style: "break-inside:avoid" }, swatch(glyph), text)))
    ),
    el(
      "div",
      {},
      el("p", { class: "legend-title" }, t(lang, "actors.legendDimensions")),
      el(
        "ul",
        {},
        data.dimensions.map((d) => {
          const dim = ctx.dimension(d.id);
          return el("li", {}, swatch(s("line", { x1: -15, x2: 15, y1: 0, y2: 0, stroke: dim.color, "stroke-width": 3 })), `${dim.order} ${dim.name}`);
        })
      ),
      el("p", {}, t(lang, "actors.legendArrow"))
    )
  );
}
