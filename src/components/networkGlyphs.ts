/**
 * The actor network's glyphs and palette: one colour per dimension, one shape and fill per kind
 * of actor (so colour is never the only carrier), and the kinds' names.
 */
import { t, type DictKey, type Lang } from "../shared/i18n/index.js";
import { s } from "./dom.js";
import { PROGRAMME } from "./networkLayout.js";

/** One colour per dimension, by codebook order; the edge label repeats the dimension's number. */
export const DIMENSION_COLORS = ["#1f5f99", "#b34700", "#5e55a3", "#137a5c", "#b0175a", "#4a7300", "#7a5c14"];
export const NO_DIMENSION_COLOR = "#6b6b6b";

const KIND_STYLE: Record<string, { fill: string; shape: string }> = {
  government: { fill: "#c6dbef", shape: "square" },
  "cross-sector": { fill: "#fdd0a2", shape: "diamond" },
  "health-service": { fill: "#c7e9c0", shape: "circle" },
  "community-cadre": { fill: "#dadaeb", shape: "triangle" },
  community: { fill: "#fcbba1", shape: "hexagon" },
  [PROGRAMME]: { fill: "#f2f2f2", shape: "programme" }
};
export const RADIUS = 15;
/** A hub's point: smaller than an actor, so it never reads as one. */
export const HUB_RADIUS = 7;
/** The dash of a tie that rests in part on our inference (with † on its label: never by colour alone). */
export const DASH = "6 4";

/** A hub's point, centred on 0,0: a ring in the channel's colour (dashed when the hub rests in part on our inference). */
export function hubPoint(color: string, r = HUB_RADIUS, dashed = false): SVGElement {
  return s("circle", { class: "hub-point", r, fill: "#fff", stroke: color, "stroke-width": 3, "stroke-dasharray": dashed ? "3 2" : null });
}

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
