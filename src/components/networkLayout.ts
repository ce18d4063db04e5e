/**
 * The actor network's logic, free of the DOM: filtering channels, the nodes a selection
 * shows, and a deterministic arranged layout — one row per kind of actor, the programme
 * (the far end of actor–programme ties) in a column of its own — with curved, offset edges
 * so that parallel ties between the same two parties stay apart, and a hub (one channel among
 * several parties) as a point between its parties with a spoke to each.
 */
import { partiesOf, tieOf, type TieFields } from "../shared/model/vocab.js";

export { partiesOf, tieOf };

/** The end of a channel that is the programme itself, not an actor. */
export const PROGRAMME = "programme";

/**
 * Rows from top to bottom. Cross-sector partners sit above the city government that plans
 * with them, the health service below it, then the cadres and the community they mentor:
 * most channels then join neighbouring rows. Kinds not listed here get rows after these.
 */
export const KIND_ORDER = ["cross-sector", "government", "health-service", "community-cadre", "community"] as const;

export interface ActorLike {
  id: string;
  kind: string;
}

export interface ChannelLike extends TieFields {
  id: string;
  channel: string;
  dimension: string;
}

/** Whether channel `c` has `id` among its parties. */
export function touches(c: TieFields, id: string): boolean {
  return partiesOf(c).includes(id);
}

export interface ChannelFilter {
  /** A channel kind, or "" for all. */
  channel?: string;
  /** A dimension id, or "" for all. */
  dimension?: string;
}

export function filterChannels<C extends ChannelLike>(channels: readonly C[], { channel = "", dimension = "" }: ChannelFilter): C[] {
  return channels.filter((c) => (!channel || c.channel === channel) && (!dimension || c.dimension === dimension));
}

/** The parties the channels touch, in actor order, with the programme last when it is one of them. */
export function visibleNodes(actors: readonly ActorLike[], channels: readonly ChannelLike[]): string[] {
  const ends = new Set(channels.flatMap(partiesOf));
  return [...actors.map((a) => a.id).filter((id) => ends.has(id)), ...(ends.has(PROGRAMME) ? [PROGRAMME] : [])];
}

/** Actors with no channel in the selection. */
export function isolatedActors(actors: readonly ActorLike[], channels: readonly ChannelLike[]): string[] {
  const shown = new Set(visibleNodes(actors, channels));
  return actors.map((a) => a.id).filter((id) => !shown.has(id));
}

export interface KindOption {
  /** The channel kind (`channels.csv` column `channel`). */
  id: string;
  count: number;
  /** The label of its channels when they all share one, else undefined. */
  label_id?: string;
  label_en?: string;
}

/** The channel kinds in first-seen order, with counts and (where unambiguous) a label. */
export function channelKinds(channels: readonly (ChannelLike & { label_id: string; label_en: string })[]): KindOption[] {
  const kinds = new Map<string, { count: number; ids: Set<string>; ens: Set<string> }>();
  for (const c of channels) {
    const k = kinds.get(c.channel) ?? { count: 0, ids: new Set<string>(), ens: new Set<string>() };
    k.count++;
    k.ids.add(c.label_id);
    k.ens.add(c.label_en);
    kinds.set(c.channel, k);
  }
  return [...kinds].map(([id, k]) =>
    k.ids.size === 1 && k.ens.size === 1 ? { id, count: k.count, label_id: [...k.ids][0]!, label_en: [...k.ens][0]! } : { id, count: k.count }
  );
}

/** A kind's name in `lang`: its channels' shared label, else the kind's own id. */
export function kindLabeller(kinds: readonly KindOption[], lang: "id" | "en"): (kind: string) => string {
  const names = new Map(kinds.map((k) => [k.id, k.label_id && k.label_en ? (lang === "id" ? k.label_id : k.label_en) : k.id]));
  return (kind) => names.get(kind) ?? kind;
}

export interface LayoutNode {
  id: string;
  kind: string;
  x: number;
  y: number;
  /** Row index (kinds in KIND_ORDER), or -1 for the programme. */
  row: number;
  /** Horizontal room for the node's label. */
  room: number;
}

export interface LayoutOptions {
  width: number;
  rowHeight?: number;
  /** Left margin for the row (kind) labels. */
  left?: number;
  /** Width of the programme's column on the right. */
  right?: number;
  top?: number;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, LayoutNode>;
  /** The kinds, one per row, top to bottom, with the row's y. */
  rows: { kind: string; y: number }[];
}

/**
 * Positions for every actor and the programme. Positions depend only on the actor list and
 * the width, so filtering channels never moves a node.
 */
export function layoutNodes(actors: readonly ActorLike[], { width, rowHeight = 120, left = 130, right = 170, top = 10 }: LayoutOptions): Layout {
  const known = KIND_ORDER as readonly string[];
  const kinds = [...known.filter((k) => actors.some((a) => a.kind === k)), ...new Set(actors.map((a) => a.kind).filter((k) => !known.includes(k)))];
  const nodes = new Map<string, LayoutNode>();
  const inner = Math.max(1, width - left - right);
  const rows = kinds.map((kind, row) => {
    const y = top + (row + 0.5) * rowHeight;
    const members = actors.filter((a) => a.kind === kind);
    const step = inner / members.length;
    members.forEach((a, i) => nodes.set(a.id, { id: a.id, kind, x: left + (i + 0.5) * step, y, row, room: step }));
    return { kind, y };
  });
  const height = top + kinds.length * rowHeight + 20;
  // The programme sits on the boundary below the middle row, never on a row: a straight tie from
  // an actor to it then passes beside, not through, the actors to its right.
  nodes.set(PROGRAMME, { id: PROGRAMME, kind: PROGRAMME, x: width - right / 2, y: top + Math.ceil(kinds.length / 2) * rowHeight, row: -1, room: right });
  return { width, height, nodes, rows };
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  /** SVG path data: a quadratic curve from the edge of one node to the edge of the other. */
  path: string;
  /** Where the label sits: the curve's midpoint. */
  labelX: number;
  labelY: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Curved edges for the ties between two parties (hubs: layoutHubs). Ties between the same two
 * parties (either direction) fan out by `spread` pixels each side of the straight line; a lone
 * tie is straight. Ends are pulled back by `radius` so arrowheads stay visible outside the node.
 */
export function layoutEdges(all: readonly ChannelLike[], nodes: Map<string, LayoutNode>, { spread = 20, radius = 16 } = {}): LayoutEdge[] {
  const channels = all.filter((c) => tieOf(c) !== "hub");
  const groups = new Map<string, ChannelLike[]>();
  for (const c of channels) {
    const key = [c.from, c.to].sort().join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const edges: LayoutEdge[] = [];
  for (const c of channels) {
    const a = nodes.get(c.from);
    const b = nodes.get(c.to);
    if (!a || !b) continue;
    const group = groups.get([c.from, c.to].sort().join("\u0000"))!;
    const k = group.indexOf(c);
    // The normal of the pair's canonical direction, so both directions fan out the same way.
    const [p, q] = c.from < c.to ? [a, b] : [b, a];
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len;
    const ny = dx / len;
    const offset = (k - (group.length - 1) / 2) * spread;
    const mx = (a.x + b.x) / 2 + nx * offset;
    const my = (a.y + b.y) / 2 + ny * offset;
    // Control point: twice the offset puts the curve's midpoint at the offset.
    const cx = (a.x + b.x) / 2 + nx * offset * 2;
    const cy = (a.y + b.y) / 2 + ny * offset * 2;
    const pull = (from: LayoutNode, tx: number, ty: number) => {
      const d = Math.hypot(tx - from.x, ty - from.y) || 1;
      return [from.x + ((tx - from.x) / d) * radius, from.y + ((ty - from.y) / d) * radius] as const;
    };
    const [sx, sy] = pull(a, cx, cy);
    const [ex, ey] = pull(b, cx, cy);
    edges.push({
      id: c.id,
      from: c.from,
      to: c.to,
      path: `M${round(sx)},${round(sy)}Q${round(cx)},${round(cy)} ${round(ex)},${round(ey)}`,
      labelX: round(mx),
      labelY: round(my)
    });
  }
  return edges;
}

export interface LayoutHub {
  id: string;
  /** Where the hub's point is drawn. */
  x: number;
  y: number;
  /** One straight spoke from the hub to each party, pulled back from the party's node. */
  spokes: { party: string; path: string }[];
  /** Where its label sits (beside the point). */
  labelX: number;
  labelY: number;
}

/**
 * Hubs: one point per hub among its parties, with a spoke to each. The point sits at its parties'
 * mean x, on the boundary between the two rows nearest their mean y (never on a row of nodes; the
 * programme's column is left alone); hubs that would meet are moved apart by `gap` pixels.
 * Parties without a node are left out; a hub with fewer than two drawn parties is not drawn.
 */
export function layoutHubs(channels: readonly ChannelLike[], layout: Pick<Layout, "nodes" | "rows">, { radius = 16, gap = 36 } = {}): LayoutHub[] {
  const ys = layout.rows.map((r) => r.y);
  const boundaries = ys.slice(1).map((y, i) => (y + ys[i]!) / 2);
  const hubs: LayoutHub[] = [];
  for (const c of channels) {
    if (tieOf(c) !== "hub") continue;
    const parties = partiesOf(c).flatMap((p) => {
      const n = layout.nodes.get(p);
      return n ? [n] : [];
    });
    if (parties.length < 2) continue;
    const mean = (f: (n: LayoutNode) => number) => parties.reduce((sum, n) => sum + f(n), 0) / parties.length;
    let x = mean((n) => n.x);
    const my = mean((n) => n.y);
    const y = boundaries.length ? boundaries.reduce((best, b) => (Math.abs(b - my) < Math.abs(best - my) ? b : best)) : my + (ys.length ? 40 : 0);
    while (hubs.some((h) => Math.abs(h.y - y) < 1 && Math.abs(h.x - x) < gap)) x += gap;
    const spokes = parties.map((n) => {
      const d = Math.hypot(x - n.x, y - n.y) || 1;
      const ex = n.x + ((x - n.x) / d) * radius;
      const ey = n.y + ((y - n.y) / d) * radius;
      return { party: n.id, path: `M${round(x)},${round(y)}L${round(ex)},${round(ey)}` };
    });
    hubs.push({ id: c.id, x: round(x), y: round(y), spokes, labelX: round(x + 10), labelY: round(y - 10) });
  }
  return hubs;
}

/** A label broken into lines of at most `max` characters (a longer word keeps its own line). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
