/**
 * Actors and channels: an arranged network (rows by kind of actor, the programme on the
 * right; see networkLayout.ts), with labelled nodes and edges that can be reached with the
 * keyboard and show their details and supporting findings, a legend, and two tables that
 * carry the same data (channels, actors).
 */
import { pick, t, type DictKey, type Lang } from "../shared/i18n/index.js";
import { s } from "./dom.js";
import { el, explorerHref, fill } from "./evidence.js";
import { PROGRAMME, isolatedActors, layoutEdges, layoutNodes, visibleNodes, wrapLabel, type LayoutNode } from "./networkLayout.js";

/** What `el` accepts as a child. */
type Child = Parameters<typeof el>[2];

export interface NetworkActor {
  id: string;
  label_id: string;
  label_en: string;
  kind: string;
  findings: readonly string[];
}

export interface NetworkChannel {
  id: string;
  from: string;
  to: string;
  channel: string;
  label_id: string;
  label_en: string;
  dimension: string;
  findings: readonly string[];
}

export interface NetworkData {
  actors: readonly NetworkActor[];
  /** The channels to show (already filtered). */
  channels: readonly NetworkChannel[];
  dimensions: readonly { id: string; order: number; name_id: string; name_en: string }[];
  findings: readonly { id: string; text_id: string; text_en: string }[];
}

export interface NetworkOptions {
  lang: Lang;
  width?: number;
  /** Label of a channel kind (from the filter's options). */
  kindLabel?: (kind: string) => string;
}

/** One colour per dimension, by codebook order; the edge label repeats the dimension's number. */
export const DIMENSION_COLORS = ["#1f5f99", "#b34700", "#5e55a3", "#137a5c", "#b0175a", "#4a7300", "#7a5c14"];
const NO_DIMENSION_COLOR = "#6b6b6b";

const KIND_STYLE: Record<string, { fill: string; shape: string }> = {
  government: { fill: "#c6dbef", shape: "square" },
  "cross-sector": { fill: "#fdd0a2", shape: "diamond" },
  "health-service": { fill: "#c7e9c0", shape: "circle" },
  "community-cadre": { fill: "#dadaeb", shape: "triangle" },
  community: { fill: "#fcbba1", shape: "hexagon" },
  [PROGRAMME]: { fill: "#f2f2f2", shape: "programme" }
};
const RADIUS = 15;

const KIND_KEYS: Record<string, DictKey> = {
  government: "actors.kind.government",
  "health-service": "actors.kind.health-service",
  "community-cadre": "actors.kind.community-cadre",
  community: "actors.kind.community",
  "cross-sector": "actors.kind.cross-sector"
};

export function kindLabel(lang: Lang, kind: string): string {
  if (kind === PROGRAMME) return t(lang, "actors.programme");
  return KIND_KEYS[kind] ? t(lang, KIND_KEYS[kind]) : kind;
}

/** The outline of a node of the given kind, centred on 0,0. */
export function nodeShape(kind: string, r = RADIUS): SVGElement {
  const style = KIND_STYLE[kind] ?? { fill: "#eeeeee", shape: "circle" };
  const attrs = { fill: style.fill, stroke: "#333", "stroke-width": 1.5, class: "shape" };
  const poly = (points: [number, number][]) => s("polygon", { ...attrs, points: points.map((p) => p.join(",")).join(" ") });
  switch (style.shape) {
    case "square":
      return s("rect", { ...attrs, x: -r * 0.85, y: -r * 0.85, width: r * 1.7, height: r * 1.7 });
    case "diamond":
      return poly([[0, -r], [r, 0], [0, r], [-r, 0]]);
    case "triangle":
      return poly([[0, -r], [r * 0.95, r * 0.7], [-r * 0.95, r * 0.7]]);
    case "hexagon":
      return poly(Array.from({ length: 6 }, (_, i) => [r * Math.cos((Math.PI / 3) * i), r * Math.sin((Math.PI / 3) * i)] as [number, number]));
    case "programme":
      return s("rect", { ...attrs, x: -r * 1.1, y: -r * 1.1, width: r * 2.2, height: r * 2.2, rx: 6, "stroke-width": 3, "stroke-dasharray": "4 2" });
    default:
      return s("circle", { ...attrs, r });
  }
}

let uid = 0;

interface Context {
  lang: Lang;
  actorLabel: (id: string) => string;
  dimension: (id: string) => { order?: number; name: string; color: string };
  kindOf: (kind: string) => string;
  finding: (id: string) => { id: string; text_id: string; text_en: string } | undefined;
}

function context(data: NetworkData, { lang, kindLabel: kindOf = (k) => k }: NetworkOptions): Context {
  const actors = new Map(data.actors.map((a) => [a.id, pick(lang, a, "label")]));
  const dims = new Map(data.dimensions.map((d) => [d.id, d]));
  const findings = new Map(data.findings.map((f) => [f.id, f]));
  return {
    lang,
    actorLabel: (id) => (id === PROGRAMME ? t(lang, "actors.programme") : actors.get(id) ?? id),
    dimension: (id) => {
      const d = dims.get(id);
      if (!d) return { name: id || "—", color: NO_DIMENSION_COLOR };
      return { order: d.order, name: lang === "id" ? d.name_id : d.name_en, color: DIMENSION_COLORS[(d.order - 1) % DIMENSION_COLORS.length]! };
    },
    kindOf,
    finding: (id) => findings.get(id)
  };
}

function findingLinks(ids: readonly string[], ctx: Context, withText: boolean): Child {
  if (!ids.length) return t(ctx.lang, "actors.none");
  if (!withText) return ids.flatMap((id, i) => [i ? ", " : "", el("a", { href: explorerHref(id) }, id)]);
  return el(
    "ul",
    { class: "finding-list" },
    ids.map((id) => {
      const f = ctx.finding(id);
      const text = f ? (ctx.lang === "id" ? f.text_id : f.text_en) : "";
      return el("li", {}, el("a", { href: explorerHref(id) }, id), text ? el("span", { lang: ctx.lang }, ` — ${text}`) : null);
    })
  );
}

/** The label drawn on an edge: the channel's id and its dimension's number. */
function edgeLabel(c: NetworkChannel, ctx: Context): string {
  const order = ctx.dimension(c.dimension).order;
  return `${c.id}${order ? ` · ${order}` : ""}`;
}

/** An edge's accessible name: it starts with the drawn label, then says what the label stands for. */
function channelDescription(c: NetworkChannel, ctx: Context): string {
  const d = ctx.dimension(c.dimension);
  return `${edgeLabel(c, ctx)}: ${pick(ctx.lang, c, "label")}. ${t(ctx.lang, "actors.from")} ${ctx.actorLabel(c.from)} ${t(ctx.lang, "actors.to").toLowerCase()} ${ctx.actorLabel(c.to)}. ${t(ctx.lang, "actors.dimension")}: ${d.order ?? ""} ${d.name}. ${t(ctx.lang, "actors.findings")}: ${c.findings.join(", ")}.`;
}

function channelDetails(c: NetworkChannel, ctx: Context): HTMLElement[] {
  const d = ctx.dimension(c.dimension);
  const row = (term: string, ...def: Child[]) => el("div", {}, el("dt", {}, term), el("dd", {}, ...def));
  return [
    el("h3", { class: "details-title", tabindex: -1 }, `${c.id} · ${pick(ctx.lang, c, "label")}`),
    el(
      "dl",
      { class: "codes" },
      row(t(ctx.lang, "actors.from"), ctx.actorLabel(c.from)),
      row(t(ctx.lang, "actors.to"), ctx.actorLabel(c.to)),
      row(t(ctx.lang, "actors.channelKind"), ctx.kindOf(c.channel)),
      row(t(ctx.lang, "actors.dimension"), `${d.order ?? ""} ${d.name}`.trim())
    ),
    el("p", {}, el("strong", {}, `${t(ctx.lang, "actors.findings")}:`)),
    findingLinks(c.findings, ctx, true) as HTMLElement
  ];
}

function nodeDetails(id: string, actor: NetworkActor | undefined, channels: readonly NetworkChannel[], ctx: Context): HTMLElement[] {
  const mine = channels.filter((c) => c.from === id || c.to === id);
  const row = (term: string, ...def: Child[]) => el("div", {}, el("dt", {}, term), el("dd", {}, ...def));
  const content = [
    el("h3", { class: "details-title", tabindex: -1 }, ctx.actorLabel(id)),
    el(
      "dl",
      { class: "codes" },
      row(t(ctx.lang, "actors.kind"), actor ? kindLabel(ctx.lang, actor.kind) : t(ctx.lang, "actors.programmeNote")),
      row(t(ctx.lang, "actors.channelsHere"), mine.length ? mine.map((c) => `${c.id} (${pick(ctx.lang, c, "label")})`).join("; ") : t(ctx.lang, "actors.none")),
      actor ? row(t(ctx.lang, "actors.namedIn"), findingLinks(actor.findings, ctx, false)) : null
    )
  ];
  if (actor) content.push(el("p", {}, el("a", { href: `./explorer?actor=${encodeURIComponent(actor.id)}` }, t(ctx.lang, "actors.allEvidence"))));
  return content;
}

/** The network figure: SVG, details panel, legend and the list of actors without a channel. */
export function actorNetwork(data: NetworkData, options: NetworkOptions): HTMLElement {
  const ctx = context(data, options);
  const { lang } = ctx;
  const width = Math.max(options.width ?? 900, 760);
  const layout = layoutNodes(data.actors, { width });
  const shown = visibleNodes(data.actors, data.channels);
  const edges = layoutEdges(data.channels, layout.nodes, { radius: RADIUS + 3 });
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
      "aria-label": fill(t(lang, "actors.chartAlt"), { nodes: shown.length, edges: edges.length }),
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

  const root = el("figure", { class: "actor-network", "data-nodes": shown.length, "data-edges": edges.length });
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

  const channelsById = new Map(data.channels.map((c) => [c.id, c]));
  const edgeLayer = s("g", { class: "edges" });
  for (const e of edges) {
    const c = channelsById.get(e.id)!;
    const d = ctx.dimension(c.dimension);
    const label = edgeLabel(c, ctx);
    const description = channelDescription(c, ctx);
    const g = s(
      "g",
      { class: "edge", tabindex: 0, role: "button", "aria-label": description, "data-channel": c.id, "data-key": `edge:${c.id}`, "data-dimension": c.dimension, "data-kind": c.channel },
      s("title", {}, description),
      s("path", { class: "hit", d: e.path, fill: "none", stroke: "transparent", "stroke-width": 12 }),
      s("path", { class: "line", d: e.path, fill: "none", stroke: d.color, "stroke-width": 2, "marker-end": markerOf(d.color) }),
      s("text", { class: "edge-label", x: e.labelX, y: e.labelY, "text-anchor": "middle", "dominant-baseline": "middle", "font-size": 11, fill: d.color }, label)
    );
    edgeLayer.append(interactive(g, () => [`node:${c.from}`, `node:${c.to}`], () => channelDetails(c, ctx)));
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
    const incident = data.channels.filter((c) => c.from === nodeId || c.to === nodeId);
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
        () => incident.flatMap((c) => [`edge:${c.id}`, `node:${c.from === nodeId ? c.to : c.from}`]),
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

/** The legend: node shapes per kind, colours and numbers per dimension, the arrow. */
function networkLegend(data: NetworkData, ctx: Context): HTMLElement {
  const { lang } = ctx;
  const kinds = [...new Set(data.actors.map((a) => a.kind)), PROGRAMME];
  const swatch = (...children: Child[]) => s("svg", { width: 34, height: 34, viewBox: "-17 -17 34 34", "aria-hidden": "true" }, ...children);
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

/** The channels as a table: the network's text alternative. */
export function channelTable(data: NetworkData, options: NetworkOptions): HTMLElement {
  const ctx = context(data, options);
  const { lang } = ctx;
  const col = (text: string) => el("th", { scope: "col" }, text);
  return el(
    "div",
    { class: "evidence-scroll" },
    el(
      "table",
      { class: "evidence-table channel-table" },
      el("caption", {}, fill(t(lang, "actors.tableChannels"), { n: data.channels.length })),
      el(
        "thead",
        {},
        el("tr", {}, col(t(lang, "actors.channel")), col(t(lang, "actors.from")), col(t(lang, "actors.to")), col(t(lang, "actors.channelKind")), col(t(lang, "actors.dimension")), col(t(lang, "actors.findings")))
      ),
      el(
        "tbody",
        {},
        data.channels.map((c) => {
          const d = ctx.dimension(c.dimension);
          return el(
            "tr",
            { "data-channel": c.id },
            el("th", { scope: "row" }, el("strong", {}, c.id), " ", pick(lang, c, "label")),
            el("td", {}, ctx.actorLabel(c.from)),
            el("td", {}, ctx.actorLabel(c.to)),
            el("td", {}, ctx.kindOf(c.channel)),
            el("td", {}, `${d.order ?? ""} ${d.name}`.trim()),
            el("td", {}, findingLinks(c.findings, ctx, false))
          );
        })
      )
    )
  );
}

/** The actors as a table: kind, channels in the selection, findings that name them. */
export function actorTable(data: NetworkData, options: NetworkOptions): HTMLElement {
  const ctx = context(data, options);
  const { lang } = ctx;
  const col = (text: string) => el("th", { scope: "col" }, text);
  return el(
    "div",
    { class: "evidence-scroll" },
    el(
      "table",
      { class: "evidence-table actor-table" },
      el("caption", {}, t(lang, "actors.tableActors")),
      el("thead", {}, el("tr", {}, col(t(lang, "actors.actor")), col(t(lang, "actors.kind")), col(t(lang, "actors.channelsHere")), col(t(lang, "actors.namedIn")))),
      el(
        "tbody",
        {},
        data.actors.map((a) => {
          const mine = data.channels.filter((c) => c.from === a.id || c.to === a.id).map((c) => c.id);
          return el(
            "tr",
            { "data-actor": a.id },
            el("th", { scope: "row" }, pick(lang, a, "label")),
            el("td", {}, kindLabel(lang, a.kind)),
            el("td", {}, mine.length ? mine.join(", ") : t(lang, "actors.none")),
            el("td", {}, findingLinks(a.findings, ctx, false))
          );
        })
      )
    )
  );
}
