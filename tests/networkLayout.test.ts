import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import {
  KIND_ORDER,
  PROGRAMME,
  channelKinds,
  filterChannels,
  isolatedActors,
  layoutEdges,
  layoutHubs,
  layoutNodes,
  partiesOf,
  tieOf,
  touches,
  visibleNodes,
  wrapLabel,
  type ChannelLike
} from "../src/components/networkLayout.js";

const study = loadStudy("data/study");
/** A made-up channel (the Kalirungkut study has no undirected tie). */
const made = (id: string, fields: Partial<ChannelLike>): ChannelLike => ({ id, from: "", to: "", channel: "k", dimension: "", ...fields });

describe("filtering channels", () => {
  it("by kind and by dimension, or both", () => {
    const byKind = filterChannels(study.channels, { channel: "accountability-document" });
    expect(byKind.map((c) => c.id)).toEqual(study.channels.filter((c) => c.channel === "accountability-document").map((c) => c.id));
    expect(byKind.length).toBeGreaterThan(0);
    const byDim = filterChannels(study.channels, { dimension: "planning" });
    expect(byDim.every((c) => c.dimension === "planning")).toBe(true);
    expect(filterChannels(study.channels, {})).toHaveLength(study.channels.length);
    expect(filterChannels(study.channels, { channel: "accountability-document", dimension: "planning" })).toEqual([]);
  });

  it("shows every party the channels touch, a hub's parties included, the programme last", () => {
    const ends = new Set(study.channels.flatMap(partiesOf));
    const nodes = visibleNodes(study.actors, study.channels);
    expect(nodes.filter((n) => n !== PROGRAMME)).toEqual(study.actors.map((a) => a.id).filter((id) => ends.has(id)));
    expect(nodes.at(-1)).toBe(PROGRAMME);
    expect(isolatedActors(study.actors, study.channels)).toEqual(study.actors.map((a) => a.id).filter((id) => !ends.has(id)));
    // The cross-sector partners have no tie of their own: only the planning hub shows them.
    const planning = filterChannels(study.channels, { dimension: "planning" });
    expect(planning.map(tieOf)).toEqual(["hub"]);
    expect(visibleNodes(study.actors, planning)).toEqual(["pemkot-surabaya", "puskesmas", "kementerian-agama", "kecamatan", "kelurahan"]);
    expect(visibleNodes(study.actors, planning)).not.toContain(PROGRAMME);
  });

  it("reads a tie: directed by default, a hub's parties from its list", () => {
    expect(tieOf(made("a", { from: "x", to: "y" }))).toBe("directed");
    expect(tieOf(made("a", { from: "x", to: "y", tie: "undirected" }))).toBe("undirected");
    const hub = made("h", { tie: "hub", parties: ["x", "y", "z"] });
    expect(partiesOf(hub)).toEqual(["x", "y", "z"]);
    expect(touches(hub, "z")).toBe(true);
    expect(touches(made("a", { from: "x", to: "y" }), "z")).toBe(false);
  });

  it("names each channel kind once, with its count and shared label", () => {
    const kinds = channelKinds(study.channels);
    expect(kinds.reduce((n, k) => n + k.count, 0)).toBe(study.channels.length);
    expect(new Set(kinds.map((k) => k.id)).size).toBe(kinds.length);
    const mixed = channelKinds([
      { id: "a", from: "x", to: "y", channel: "k", dimension: "", label_id: "A", label_en: "A" },
      { id: "b", from: "x", to: "y", channel: "k", dimension: "", label_id: "B", label_en: "B" }
    ]);
    expect(mixed).toEqual([{ id: "k", count: 2 }]);
  });
});

describe("the arranged layout", () => {
  const layout = layoutNodes(study.actors, { width: 900 });

  it("puts each kind on its own row, in KIND_ORDER, inside the width", () => {
    expect(layout.rows.map((r) => r.kind)).toEqual(KIND_ORDER.filter((k) => study.actors.some((a) => a.kind === k)));
    for (const a of study.actors) {
      const n = layout.nodes.get(a.id)!;
      expect(n.y).toBe(layout.rows.find((r) => r.kind === a.kind)!.y);
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(900);
    }
    const programme = layout.nodes.get(PROGRAMME)!;
    expect(layout.rows.map((r) => r.y)).not.toContain(programme.y);
  });

  it("does not depend on the channels (filtering never moves a node)", () => {
    expect(layoutNodes(study.actors, { width: 900 })).toEqual(layout);
  });

  it("draws one edge per tie between two parties, parallel ties apart, a lone tie straight", () => {
    const edges = layoutEdges(study.channels, layout.nodes);
    expect(edges.map((e) => e.id)).toEqual(study.channels.filter((c) => tieOf(c) !== "hub").map((c) => c.id));
    const pair = edges.filter((e) => [e.from, e.to].sort().join() === ["community", "kader-surabaya-hebat"].join());
    expect(pair.length).toBeGreaterThan(1);
    expect(new Set(pair.map((e) => `${e.labelX},${e.labelY}`)).size).toBe(pair.length);
    const first = study.channels.find((c) => tieOf(c) === "directed")!;
    const [lone] = layoutEdges([first], layout.nodes);
    const a = layout.nodes.get(first.from)!;
    const b = layout.nodes.get(first.to)!;
    expect(lone!.labelX).toBeCloseTo((a.x + b.x) / 2, 0);
    expect(lone!.labelY).toBeCloseTo((a.y + b.y) / 2, 0);
    expect(layoutEdges([made("X", { from: "nobody", to: PROGRAMME })], layout.nodes)).toEqual([]);
    // An undirected tie is laid out as a directed one is; only the drawing leaves off the arrowhead.
    expect(layoutEdges([made("U", { from: "puskesmas", to: "kelurahan", tie: "undirected" })], layout.nodes)).toHaveLength(1);
  });

  it("draws each hub as a point between its parties' rows, off every row, with a spoke to each party", () => {
    const hubs = layoutHubs(study.channels, layout);
    const hubChannels = study.channels.filter((c) => tieOf(c) === "hub");
    expect(hubs.map((h) => h.id)).toEqual(hubChannels.map((c) => c.id));
    const rowYs = layout.rows.map((r) => r.y);
    for (const [i, h] of hubs.entries()) {
      const parties = partiesOf(hubChannels[i]!);
      expect(h.spokes.map((x) => x.party)).toEqual(parties);
      const ys = parties.map((p) => layout.nodes.get(p)!.y);
      expect(rowYs).not.toContain(h.y);
      expect(h.y).toBeGreaterThan(Math.min(...ys));
      expect(h.y).toBeLessThan(Math.max(...ys));
      for (const spoke of h.spokes) expect(spoke.path.startsWith(`M${h.x},${h.y}L`)).toBe(true);
    }
    // Two hubs that would meet are moved apart; a hub with fewer than two drawn parties is left out.
    const twin = [made("H1", { tie: "hub", parties: ["puskesmas", "kelurahan", "kecamatan"] }), made("H2", { tie: "hub", parties: ["puskesmas", "kelurahan", "kecamatan"] })];
    const [h1, h2] = layoutHubs(twin, layout);
    expect(h1!.y).toBe(h2!.y);
    expect(Math.abs(h1!.x - h2!.x)).toBeGreaterThanOrEqual(36);
    expect(layoutHubs([made("H3", { tie: "hub", parties: ["puskesmas", "nobody", "no-one"] })], layout)).toEqual([]);
    // Hubs are not edges.
    expect(layoutEdges(twin, layout.nodes)).toEqual([]);
  });
});

describe("wrapLabel", () => {
  it("wraps at word boundaries", () => {
    expect(wrapLabel("Ministry of Religious Affairs (Kementerian Agama)", 20)).toEqual(["Ministry of", "Religious Affairs", "(Kementerian Agama)"]);
    expect(wrapLabel("Supercalifragilistic word", 5)).toEqual(["Supercalifragilistic", "word"]);
    expect(wrapLabel("", 5)).toEqual([]);
  });
});
