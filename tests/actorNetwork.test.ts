// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { NARROW_NETWORK, actorNetwork } from "../src/components/actorNetwork.js";
import type { NetworkChannel } from "../src/components/networkData.js";
import { kindLabel, nodeShape } from "../src/components/networkGlyphs.js";
import { actorTable, channelTable } from "../src/components/networkTables.js";
import { filterChannels, partiesOf, tieOf, visibleNodes } from "../src/components/networkLayout.js";

const study = loadStudy("data/study");
const hub = study.channels.find((c) => tieOf(c) === "hub" && c.findings.includes("F11"))!;
const reason = (id: string) => (study.inferred ?? []).find((x) => x.file === "channels.csv" && x.id === id)!.reason;
const inferredIds = new Set((study.inferred ?? []).filter((x) => x.file === "channels.csv").map((x) => x.id));
/** A directed tie between two actors that the text states. */
const stated = study.channels.find((c) => tieOf(c) === "directed" && !inferredIds.has(c.id) && ![c.from, c.to].includes("programme"))!;
const guessed = study.channels.find((c) => inferredIds.has(c.id))!;
/** The Kalirungkut study has no undirected tie: one made up, between two actors it names. */
const undirected: NetworkChannel = { id: "U1", from: "puskesmas", to: "kelurahan", tie: "undirected", channel: "meeting", label_id: "Rapat", label_en: "Meetings", dimension: "", findings: ["F08"] };

describe("the network figure", () => {
  it("draws one node per party shown and one labelled, focusable channel per channel, hubs included", () => {
    const el = actorNetwork(study, { lang: "en", width: 900 });
    const nodes = [...el.querySelectorAll(".node")].map((n) => n.getAttribute("data-node"));
    expect(nodes).toEqual(visibleNodes(study.actors, study.channels));
    const edges = [...el.querySelectorAll(".edge")];
    expect(edges.map((e) => e.getAttribute("data-channel"))).toEqual(study.channels.map((c) => c.id));
    for (const e of [...edges, ...el.querySelectorAll(".node")]) {
      expect(e.getAttribute("tabindex")).toBe("0");
      // The accessible name begins with the drawn label.
      const drawn = (e.querySelector(".edge-label, .node-label")!.textContent ?? "").trim();
      expect(e.getAttribute("aria-label")!.startsWith(drawn)).toBe(true);
    }
    expect(el.querySelector(".actor-network")!.getAttribute("data-edges")).toBe(String(study.channels.length));
  });

  it("draws a hub as a point with a spoke to each party and no arrowhead, not as a chain of arrows", () => {
    const el = actorNetwork(study, { lang: "en", width: 900 });
    const g = el.querySelector(`.edge[data-channel="${hub.id}"]`)!;
    expect(g.classList.contains("hub")).toBe(true);
    expect(g.getAttribute("data-tie")).toBe("hub");
    expect(g.querySelectorAll(".hub-point")).toHaveLength(1);
    expect(g.querySelectorAll(".line")).toHaveLength(partiesOf(hub).length);
    for (const line of g.querySelectorAll(".line")) expect(line.hasAttribute("marker-end")).toBe(false);
    expect(g.getAttribute("aria-label")).toContain("Hub among Health Office (Dinas Kesehatan), Puskesmas (community health centre), Kader Surabaya Hebat (Surabaya Hebat cadres), Community, without direction");
    // No other channel draws the same sentence as arrows.
    const others = [...el.querySelectorAll(".edge")].filter((e) => e !== g && study.channels.find((c) => c.id === e.getAttribute("data-channel"))!.findings.includes("F11"));
    expect(others).toEqual([]);
  });

  it("gives a directed tie an arrowhead and an undirected one none", () => {
    const el = actorNetwork({ ...study, channels: [stated, undirected] }, { lang: "en", width: 900 });
    const line = (id: string) => el.querySelector(`.edge[data-channel="${id}"] .line`)!;
    expect(line(stated.id).getAttribute("marker-end")).toMatch(/^url\(#net\d+-arrow-\d\)$/);
    expect(line("U1").hasAttribute("marker-end")).toBe(false);
    expect(el.querySelector('.edge[data-channel="U1"]')!.getAttribute("aria-label")).toContain("Between Puskesmas (community health centre) and Urban village (kelurahan), without direction");
  });

  it("marks a tie that rests on our inference dashed and †, not by colour alone, and a stated one plainly", () => {
    const el = actorNetwork(study, { lang: "en", width: 900 });
    for (const c of study.channels) {
      const g = el.querySelector(`.edge[data-channel="${c.id}"]`)!;
      const inferred = inferredIds.has(c.id);
      expect(g.getAttribute("data-basis"), c.id).toBe(inferred ? "inferred" : "stated");
      expect(g.querySelector(".edge-label")!.textContent!.endsWith("†"), c.id).toBe(inferred);
      for (const line of g.querySelectorAll(".line")) expect(line.hasAttribute("stroke-dasharray"), c.id).toBe(inferred);
    }
  });

  it("shows a channel's details, basis and supporting findings when it gets the focus", () => {
    const el = actorNetwork(study, { lang: "id", width: 900 });
    el.querySelector<SVGGElement>(`.edge[data-channel="${guessed.id}"]`)!.dispatchEvent(new FocusEvent("focus"));
    const details = el.querySelector(".network-details")!;
    expect(details.querySelector("h3")!.textContent).toBe(`${guessed.id} · ${guessed.label_id}`);
    expect([...details.querySelectorAll(".finding-list a")].map((a) => a.getAttribute("href"))).toEqual(guessed.findings.map((f) => `./explorer?id=${f}`));
    expect(details.textContent).toContain("Program †");
    expect(details.textContent).toContain("simpulan kami, tidak disebut teks");
    const why = details.querySelector(".basis-list [lang=en]")!;
    expect(why.textContent).toBe(reason(guessed.id));
    expect(el.querySelector(".actor-network")!.classList.contains("has-active")).toBe(true);
    for (const p of partiesOf(guessed)) expect(el.querySelector(`.node[data-node="${p}"]`)!.classList.contains("is-related")).toBe(true);
  });

  it("opens a hub's details from the keyboard: its parties, no direction, its finding", () => {
    const el = actorNetwork(study, { lang: "en", width: 900 });
    document.body.append(el);
    const g = el.querySelector<SVGGElement>(`.edge[data-channel="${hub.id}"]`)!;
    g.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    const details = el.querySelector(".network-details")!;
    expect(document.activeElement).toBe(details.querySelector(".details-title"));
    const terms = Object.fromEntries([...details.querySelectorAll("dl > div")].map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent]));
    expect(terms.Tie).toBe("hub, no direction");
    expect(terms.Parties).toBe(partiesOf(hub).map((p) => study.actors.find((a) => a.id === p)!.label_en).join(", "));
    expect(terms.From).toBeUndefined();
    expect(terms.Basis).toBe("stated by the text");
    for (const p of partiesOf(hub)) expect(el.querySelector(`.node[data-node="${p}"]`)!.classList.contains("is-related")).toBe(true);
    g.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(el.querySelector(".actor-network")!.classList.contains("has-active")).toBe(false);
    el.remove();
  });

  it("relates an actor to every party of its hubs", () => {
    const el = actorNetwork(study, { lang: "en", width: 900 });
    el.querySelector<SVGGElement>('.node[data-node="dinas-kesehatan"]')!.dispatchEvent(new FocusEvent("focus"));
    expect(el.querySelector(`.edge[data-channel="${hub.id}"]`)!.classList.contains("is-related")).toBe(true);
    expect(el.querySelector('.node[data-node="community"]')!.classList.contains("is-related")).toBe(true);
    expect(el.querySelector(".network-details")!.textContent).toContain(hub.id);
  });

  it("says in its legend what each tie looks like and what † means", () => {
    const el = actorNetwork(study, { lang: "id", width: 900 });
    // The words of each item, without its (hidden) swatch.
    const ties = [...el.querySelectorAll(".legend-ties li")].map((li) => [...li.childNodes].filter((n) => n.nodeName !== "svg").map((n) => n.textContent).join(""));
    expect(ties).toHaveLength(4);
    expect(ties[0]).toMatch(/^Searah: panah/);
    expect(ties[1]).toMatch(/^Tanpa arah/);
    expect(ties[2]).toMatch(/^Hub: satu saluran/);
    expect(ties[3]).toMatch(/^† dan garis putus-putus/);
    // The inferred swatch is dashed and carries † (not colour alone).
    const swatch = el.querySelectorAll(".legend-ties li svg")[3]!;
    expect(swatch.querySelector("[stroke-dasharray]")).not.toBeNull();
    expect(swatch.textContent).toBe("†");
  });

  it("names the actors a selection leaves without a channel", () => {
    const persuasion = filterChannels(study.channels, { channel: "persuasion" });
    const el = actorNetwork({ ...study, channels: persuasion }, { lang: "en", width: 900 });
    expect(el.querySelectorAll(".edge")).toHaveLength(persuasion.length);
    expect(el.querySelector(".isolated")!.textContent).toContain("Surabaya City Government");
    expect(el.querySelector(".node.programme")).toBeNull();
    const none = actorNetwork({ ...study, channels: [] }, { lang: "en" });
    expect(none.querySelector("svg.network-svg")).toBeNull();
    expect(none.textContent).toContain("No channel matches this selection.");
  });
});

describe("our analysis's mark", () => {
  it("frames the network, wide or narrow, and its table, saying in each language how we built it from the study's source", () => {
    for (const node of [actorNetwork(study, { lang: "id", width: 900, kind: "thesis-chapter" }), actorNetwork(study, { lang: "id", width: NARROW_NETWORK - 1, kind: "thesis-chapter" }), channelTable(study, { lang: "id", kind: "thesis-chapter" })]) {
      expect(node.getAttribute("data-voice")).toBe("ours");
      expect(node.querySelector(".voice-label")!.textContent).toBe("◇ Analisis kami");
      expect(node.querySelector(".voice-method")!.textContent).toBe(
        "Jaringan ini kami susun sendiri dari bab kesimpulan, kalimat demi kalimat: satu saluran untuk setiap mekanisme yang disebut teks. Ini bukan bagan dari penelitian."
      );
    }
    expect(actorNetwork(study, { lang: "en", kind: "interviews" }).querySelector(".voice-method")!.textContent).toBe(
      "We built this network ourselves from the interview transcripts, sentence by sentence: one channel for each mechanism the text names. It is not a figure from the study."
    );
  });
});

describe("the layered list (narrow screens)", () => {
  const el = actorNetwork({ ...study, channels: [...study.channels, undirected] }, { lang: "en", width: NARROW_NETWORK - 1 });
  const items = (id: string) => [...el.querySelectorAll(`.net-channels [data-channel="${id}"]`)];

  it("lists every party shown, and each channel under each of its parties", () => {
    expect(el.querySelector(".network-svg")).toBeNull();
    expect(el.querySelector(".actor-network")!.classList.contains("is-narrow")).toBe(true);
    const nodes = [...el.querySelectorAll(".net-actor")].map((n) => n.getAttribute("data-node"));
    expect(nodes.sort()).toEqual([...new Set([...study.channels, undirected].flatMap(partiesOf))].sort());
    expect(el.querySelectorAll(".net-channels [data-channel]").length).toBe([...study.channels, undirected].reduce((n, c) => n + partiesOf(c).length, 0));
  });

  it("says each tie in words: to and from for a direction, with for none, hub with for a hub", () => {
    const under = (id: string, party: string) => el.querySelector(`.net-actor[data-node="${party}"] [data-channel="${id}"]`)!.textContent!;
    expect(under(stated.id, stated.from)).toContain(`to ${study.actors.find((a) => a.id === stated.to)!.label_en}`);
    expect(under(stated.id, stated.to)).toContain(`from ${study.actors.find((a) => a.id === stated.from)!.label_en}`);
    expect(under("U1", "puskesmas")).toContain("with Urban village (kelurahan)");
    expect(under(hub.id, "community")).toContain("hub with Health Office (Dinas Kesehatan), Puskesmas (community health centre), Kader Surabaya Hebat (Surabaya Hebat cadres)");
    for (const li of items(hub.id)) expect(li.getAttribute("data-tie")).toBe("hub");
  });

  it("marks an inferred tie with † and a dashed line, and opens the same details", () => {
    for (const li of items(guessed.id)) {
      expect(li.getAttribute("data-basis")).toBe("inferred");
      expect(li.textContent).toContain("†");
      expect(li.querySelector("button")!.getAttribute("style")).toContain("border-left-style:dashed");
    }
    for (const li of items(stated.id)) expect(li.querySelector("button")!.getAttribute("style")).not.toContain("dashed");
    items(hub.id)[0]!.querySelector("button")!.click();
    expect(el.querySelector(".network-details .details-title")?.textContent).toContain(hub.id);
    expect(items(hub.id)[0]!.querySelector("button")!.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("the tables", () => {
  it("give every channel its parties, its direction and its basis, and link its findings", () => {
    const table = channelTable({ ...study, channels: [...study.channels, undirected] }, { lang: "en" });
    const head = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    expect(head).toEqual(["Channel", "Parties", "Direction", "Basis", "Channel kind", "Dimension", "Supporting findings"]);
    const cells = (id: string) => [...table.querySelectorAll(`tr[data-channel="${id}"] td`)].map((td) => td.textContent);
    expect([...table.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-channel"))).toEqual([...study.channels.map((c) => c.id), "U1"]);
    const label = (id: string) => study.actors.find((a) => a.id === id)!.label_en;
    expect(cells(stated.id).slice(0, 3)).toEqual([`${label(stated.from)} → ${label(stated.to)}`, "directed", "stated by the text"]);
    expect(cells(hub.id).slice(0, 3)).toEqual([partiesOf(hub).map(label).join(", "), "hub, no direction", "stated by the text"]);
    expect(cells("U1").slice(0, 2)).toEqual(["Puskesmas (community health centre) — Urban village (kelurahan)", "undirected"]);
    expect(cells(guessed.id)[0]).toContain("Programme †");
    expect(cells(guessed.id)[2]).toContain("† our inference, not named in the text");
    expect(cells(guessed.id)[2]).toContain(reason(guessed.id));
    // The reason is there on demand: in a closed disclosure, so that it does not make every row tall.
    const why = table.querySelector(`tr[data-channel="${guessed.id}"] details.basis-reasons`)!;
    expect(why.hasAttribute("open")).toBe(false);
    expect(why.querySelector("summary")!.textContent).toBe("Reason");
    expect(table.querySelector(`tr[data-channel="${stated.id}"] details`)).toBeNull();
    expect([...table.querySelectorAll(`tr[data-channel="${hub.id}"] a`)].map((a) => a.getAttribute("href"))).toEqual(hub.findings.map((f) => `./explorer?id=${f}`));
  });

  it("list every actor with its channels, inferred ones marked †", () => {
    const actors = actorTable(study, { lang: "id" });
    expect(actors.querySelectorAll("tbody tr")).toHaveLength(study.actors.length);
    expect(actors.querySelector('tr[data-actor="kepala-puskesmas"]')!.textContent).toContain("tidak ada");
    const kader = actors.querySelector('tr[data-actor="kader-surabaya-hebat"] td:nth-child(3)')!.textContent!;
    expect(kader).toContain(`${guessed.id} †`);
    expect(kader).toContain(hub.id);
    expect(actors.querySelector('tr[data-actor="kecamatan"]')!.textContent).toContain(study.channels.find((c) => c.findings.includes("F08"))!.id);
  });

  it("labels kinds in both languages and draws a distinct shape per kind", () => {
    expect(kindLabel("id", "cross-sector")).toBe("Lintas sektor");
    expect(kindLabel("en", "programme")).toBe("Programme");
    expect(kindLabel("en", "unheard-of")).toBe("unheard-of");
    const shapes = ["government", "cross-sector", "health-service", "community-cadre", "community", "programme"].map((k) => nodeShape(k).outerHTML);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
