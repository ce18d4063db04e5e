// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { NARROW_NETWORK, actorNetwork } from "../src/components/actorNetwork.js";
import { kindLabel, nodeShape } from "../src/components/networkGlyphs.js";
import { actorTable, channelTable } from "../src/components/networkTables.js";
import { filterChannels, visibleNodes } from "../src/components/networkLayout.js";

const study = loadStudy("data/study");

describe("actorNetwork", () => {
  it("is a layered list on narrow screens: every shown actor and channel, legible, with the same details", () => {
    const el = actorNetwork(study, { lang: "en", width: NARROW_NETWORK - 1 });
    expect(el.querySelector(".network-svg")).toBeNull();
    expect(el.classList.contains("is-narrow")).toBe(true);
    const nodes = [...el.querySelectorAll(".net-actor")].map((n) => n.getAttribute("data-node"));
    expect(nodes.sort()).toEqual([...new Set(study.channels.flatMap((c) => [c.from, c.to]))].sort());
    // Each channel is listed under both of its ends.
    expect(el.querySelectorAll(".net-channels [data-channel]").length).toBe(2 * study.channels.length);
    const first = study.channels[0]!;
    (el.querySelector(`.net-channels [data-channel="${first.id}"] button`) as HTMLButtonElement).click();
    expect(el.querySelector(".network-details .details-title")?.textContent).toContain(first.id);
    expect(el.querySelector(`[data-channel="${first.id}"] button`)?.getAttribute("aria-pressed")).toBe("true");
  });


  it("draws one node per shown end and one labelled, focusable edge per channel", () => {
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
    expect(el.getAttribute("data-edges")).toBe(String(study.channels.length));
  });

  it("shows a channel's details and supporting findings when it gets the focus", () => {
    const el = actorNetwork(study, { lang: "id", width: 900 });
    const c = study.channels.find((x) => x.id === "C07")!;
    el.querySelector<SVGGElement>('.edge[data-channel="C07"]')!.dispatchEvent(new FocusEvent("focus"));
    const details = el.querySelector(".network-details")!;
    expect(details.querySelector("h3")!.textContent).toBe(`C07 · ${c.label_id}`);
    expect([...details.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(c.findings.map((f) => `./explorer?id=${f}`));
    expect(el.classList.contains("has-active")).toBe(true);
    expect(el.querySelector('.node[data-node="puskesmas"]')!.classList.contains("is-related")).toBe(true);
  });

  it("names the actors a selection leaves without a channel", () => {
    const whatsapp = filterChannels(study.channels, { channel: "whatsapp" });
    const el = actorNetwork({ ...study, channels: whatsapp }, { lang: "en", width: 900 });
    expect(el.querySelectorAll(".edge")).toHaveLength(whatsapp.length);
    expect(el.querySelector(".isolated")!.textContent).toContain("Surabaya City Government");
    expect(el.querySelector(".node.programme")).toBeNull();
    const none = actorNetwork({ ...study, channels: [] }, { lang: "en" });
    expect(none.querySelector("svg.network-svg")).toBeNull();
    expect(none.textContent).toContain("No channel matches this selection.");
  });
});

describe("the tables", () => {
  it("list every channel with its ends and finding links, and every actor", () => {
    const channels = channelTable(study, { lang: "en" });
    expect([...channels.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-channel"))).toEqual(study.channels.map((c) => c.id));
    const c01 = channels.querySelector('tr[data-channel="C01"]')!;
    expect(c01.textContent).toContain("Surabaya City Government");
    const actors = actorTable(study, { lang: "id" });
    expect(actors.querySelectorAll("tbody tr")).toHaveLength(study.actors.length);
    expect(actors.querySelector('tr[data-actor="kepala-puskesmas"]')!.textContent).toContain("tidak ada");
  });

  it("labels kinds in both languages and draws a distinct shape per kind", () => {
    expect(kindLabel("id", "cross-sector")).toBe("Lintas sektor");
    expect(kindLabel("en", "programme")).toBe("Programme");
    expect(kindLabel("en", "unheard-of")).toBe("unheard-of");
    const shapes = ["government", "cross-sector", "health-service", "community-cadre", "community", "programme"].map((k) => nodeShape(k).outerHTML);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
