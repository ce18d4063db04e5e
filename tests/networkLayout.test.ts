import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import {
  KIND_ORDER,
  PROGRAMME,
  channelKinds,
  filterChannels,
  isolatedActors,
  layoutEdges,
  layoutNodes,
  visibleNodes,
  wrapLabel
} from "../src/components/networkLayout.js";

const study = loadStudy("data/study");

describe("filtering channels", () => {
  it("by kind and by dimension, or both", () => {
    const byKind = filterChannels(study.channels, { channel: "whatsapp" });
    expect(byKind.map((c) => c.id)).toEqual(study.channels.filter((c) => c.channel === "whatsapp").map((c) => c.id));
    expect(byKind.length).toBeGreaterThan(0);
    const byDim = filterChannels(study.channels, { dimension: "planning" });
    expect(byDim.every((c) => c.dimension === "planning")).toBe(true);
    expect(filterChannels(study.channels, {})).toHaveLength(study.channels.length);
    expect(filterChannels(study.channels, { channel: "whatsapp", dimension: "planning" })).toEqual([]);
  });

  it("shows the ends the channels touch, the programme last", () => {
    const ends = new Set(study.channels.flatMap((c) => [c.from, c.to]));
    const nodes = visibleNodes(study.actors, study.channels);
    expect(nodes.filter((n) => n !== PROGRAMME)).toEqual(study.actors.map((a) => a.id).filter((id) => ends.has(id)));
    expect(nodes.at(-1)).toBe(PROGRAMME);
    expect(isolatedActors(study.actors, study.channels)).toEqual(study.actors.map((a) => a.id).filter((id) => !ends.has(id)));
    const whatsapp = filterChannels(study.channels, { channel: "whatsapp" });
    expect(visibleNodes(study.actors, whatsapp)).not.toContain(PROGRAMME);
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

  it("draws one edge per channel, parallel channels apart, a lone channel straight", () => {
    const edges = layoutEdges(study.channels, layout.nodes);
    expect(edges.map((e) => e.id)).toEqual(study.channels.map((c) => c.id));
    const pair = edges.filter((e) => [e.from, e.to].sort().join() === ["dinas-kesehatan", "puskesmas"].sort().join());
    expect(pair.length).toBeGreaterThan(1);
    expect(new Set(pair.map((e) => `${e.labelX},${e.labelY}`)).size).toBe(pair.length);
    const [lone] = layoutEdges([study.channels[0]!], layout.nodes);
    const a = layout.nodes.get(study.channels[0]!.from)!;
    const b = layout.nodes.get(study.channels[0]!.to)!;
    expect(lone!.labelX).toBeCloseTo((a.x + b.x) / 2, 0);
    expect(lone!.labelY).toBeCloseTo((a.y + b.y) / 2, 0);
    expect(layoutEdges([{ id: "X", from: "nobody", to: PROGRAMME, channel: "k", dimension: "" }], layout.nodes)).toEqual([]);
  });
});

describe("wrapLabel", () => {
  it("wraps at word boundaries", () => {
    expect(wrapLabel("Ministry of Religious Affairs (Kementerian Agama)", 20)).toEqual(["Ministry of", "Religious Affairs", "(Kementerian Agama)"]);
    expect(wrapLabel("Supercalifragilistic word", 5)).toEqual(["Supercalifragilistic", "word"]);
    expect(wrapLabel("", 5)).toEqual([]);
  });
});
