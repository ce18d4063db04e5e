/**
 * The analysis components under a DOM (jsdom): their pure shaping (bars, sentences, chains)
 * and the structure the pages rely on (locators, links, keyboard on the matrix).
 */
import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { dimensionViews, matrixView, overviewView, recommendationViews, type Quote } from "../loaders/study/views.js";
import { dimensionBars, dimensionChart } from "../src/components/dimensionChart.js";
import { withDocument } from "../loaders/site/prerender.js";
import { tw } from "../src/shared/i18n/index.js";
import { dimensionDetail, dimensionPager, relatedSection } from "../src/components/dimensionDetail.js";
import { explorerHref, fill, locatorLink, locatorText, quoteBlock } from "../src/components/evidence.js";
import { stageBars, stageChart } from "../src/components/overview.js";
import { ours } from "../src/components/voice.js";
import { inferredOnly, participationMatrix, planningGapSentence, professionalOnly } from "../src/components/participationMatrix.js";
import { chainLines, recommendationCard, shorten } from "../src/components/recommendationFlow.js";
import { useDom } from "./helpers.js";

const study = loadStudy("data/study");
const overview = overviewView(study);
const matrix = matrixView(study);

useDom("http://127.0.0.1/en/stages", ["KeyboardEvent", "MouseEvent"]);

const f17 = (): Quote => overview.dimensions.flatMap((d) => d.gaps).find((q) => q.id === "F17")!;

describe("evidence", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(fill("{n} of {total} {x}", { n: 1, total: 7 })).toBe("1 of 7 {x}");
  });

  it("writes the locator short, in the page's language, naming the source as the study does", () => {
    const q = { section: "5.1", item: "synthesis", start: 4741, end: 4911, source: "bab-v.txt", source_name: "Bab V" };
    expect(locatorText(q, "en")).toBe("Bab V, 5.1 synthesis");
    expect(locatorText(q, "id")).toBe("Bab V, 5.1 sintesis");
    expect(locatorText({ ...q, item: "2" }, "en")).toBe("Bab V, 5.1 item 2");
    expect(locatorText({ ...q, item: "2" }, "id")).toBe("Bab V, 5.1 butir 2");
    // Without a short name the file names the source.
    expect(locatorText({ ...q, source_name: undefined, source: "wawancara-01.txt" }, "en")).toBe("wawancara-01, 5.1 synthesis");
  });

  it("links the locator to its segment in the document view, offsets and file in the title", () => {
    const a = locatorLink({ id: "F40", section: "5.1", item: "2", start: 1435, end: 1570, source: "bab-v.txt", source_name: "Bab V" }, { lang: "en", root: "../" });
    expect(a.getAttribute("href")).toBe("../documents/bab-v#F40");
    expect(a.textContent).toBe("Bab V, 5.1 item 2");
    expect(a.title).toBe("Bab V, 5.1 item 2 (characters 1435–1570, bab-v.txt): open in the source text");
  });

  it("renders a finding with both languages (page language first), its locator and an explorer link", () => {
    const node = quoteBlock(f17(), { lang: "en", root: "../" });
    expect(node.dataset.finding).toBe("F17");
    expect([...node.querySelectorAll("blockquote")].map((b) => b.getAttribute("lang"))).toEqual(["en", "id"]);
    expect(node.querySelector("a")!.getAttribute("href")).toBe("../explorer?id=F17");
    expect(node.querySelector(".locator-link")!.getAttribute("title")).toContain("2401–2489");
    expect(node.querySelector(".locator-link")!.getAttribute("href")).toBe("../documents/bab-v#F17");
    expect(node.querySelector(".locator-link")!.textContent).toMatch(/^Bab V, 5\.1 /);
    const id = quoteBlock(f17(), { lang: "id" });
    expect([...id.querySelectorAll("blockquote")].map((b) => b.getAttribute("lang"))).toEqual(["id", "en"]);
    expect(id.querySelector("a")!.getAttribute("href")).toBe(explorerHref("F17"));
  });

  it("marks a recommendation as such, with its locator and no explorer link", () => {
    const r = recommendationViews(study)[0]!.quote;
    const node = quoteBlock(r, { lang: "en" });
    expect(node.dataset.recommendation).toBe("R1");
    expect(node.dataset.finding).toBeUndefined();
    expect(node.querySelector(".quote-id")!.tagName).toBe("STRONG");
    expect(node.querySelector(".locator-link")!.getAttribute("title")).toContain("5409–5680");
  });
});

describe("chart shaping", () => {
  it("assessment bars: gaps to the left, neutral after the strengths, empty bars dropped", () => {
    const bars = dimensionBars(overview.dimensions, "en");
    const lay = bars.filter((b) => b.dimension === "Management of Lay Actors");
    expect(lay).toEqual([
      { dimension: "Management of Lay Actors", valence: "strength", x1: 0, x2: 1, count: 1 },
      { dimension: "Management of Lay Actors", valence: "neutral", x1: 1, x2: 3, count: 2 },
      { dimension: "Management of Lay Actors", valence: "gap", x1: -3, x2: 0, count: 3 }
    ]);
    expect(bars.filter((b) => b.dimension === "Leadership").map((b) => b.valence)).toEqual(["strength"]);
  });

  it("assessment chart: a dimension without findings gets no bar; it says \"no findings\" when the study assesses none, and has no verdict when it assesses some", () => {
    const mini = overviewView(loadStudy("tests/fixtures/study-mini")).dimensions;
    const empty = { ...mini[0]!, id: "monitoring", order: 9, name_en: "Monitoring", name_id: "Pemantauan", verdict: null, strengths: [], gaps: [], neutral: [] };
    const drawn = (dimensions: typeof mini) =>
      withDocument(() => {
        const chart = dimensionChart({ dimensions }, { lang: "en", width: 640, kind: "interviews" });
        return { text: [...chart.querySelectorAll("svg text")].map((x) => x.textContent).join("\n"), bars: [...chart.querySelectorAll("rect title")].map((x) => x.textContent ?? "") };
      });
    const unassessed = drawn([...mini.map((d) => ({ ...d, verdict: null })), empty]);
    expect(unassessed.text).toContain("Monitoring — no findings");
    expect(unassessed.bars.length).toBeGreaterThan(0);
    expect(unassessed.bars.filter((b) => b.startsWith("Monitoring") || /:\s*0\s/.test(b))).toEqual([]);
    const assessed = drawn([...mini, empty]);
    expect(assessed.text).toContain(`Monitoring — ${tw("en", "overview.noVerdict", "interviews")}`);
    expect(assessed.text).not.toContain("no findings");
  });

  it("stage bars: per stage and valence, the finding ids kept for the tooltip", () => {
    const bars = stageBars(overview.stages, "en");
    // The counting rule (docs/coding-notes.md §16): co-assessment keeps no counted finding, the
    // qualification's restatement (F35) is not a bar, and co-delivery counts its two neutral findings.
    expect(bars.filter((b) => b.stage === "Co-assessment")).toEqual([]);
    expect(bars.filter((b) => b.stage === "Co-delivery").map((b) => [b.valence, b.count]).sort()).toEqual([["gap", 1], ["neutral", 2], ["strength", 3]]);
    expect(bars.find((b) => b.stage === "Co-design" && b.valence === "gap")!.ids).toEqual(["F10", "F17"]);
  });

  it("chains read finding → gap → recommendation", () => {
    const lines = chainLines(recommendationViews(study), "none");
    expect(lines).toContain("F14, F15, F16 → F17 → R3");
    // R2 and R3 answer no restatement (F36 restates F17): 11 chains, none through F36.
    expect(lines).toHaveLength(11);
    expect(lines.filter((l) => l.includes("F36"))).toEqual([]);
  });

  it("marks an organiser the coder inferred, and not the actors the text names", () => {
    const r1 = recommendationViews(study).find((v) => v.quote.id === "R1")!;
    const text = recommendationCard(r1, { lang: "en" }).textContent!;
    expect(text).toContain("Surabaya City Government † (inferred by the coder, not named in the text)");
    expect(text).not.toContain("Community †");
    expect(recommendationCard(r1, { lang: "id" }).textContent).toContain("Pemerintah Kota Surabaya † (disimpulkan pengode");
  });

  it("shortens only long texts, at a word boundary", () => {
    expect(shorten("short")).toBe("short");
    expect(shorten("word ".repeat(40))).toMatch(/^word( word)* …$/);
  });
});

describe("our analysis's mark", () => {
  it("gives its method with the study's source named, never a placeholder", () => {
    for (const lang of ["id", "en"] as const) {
      const method = stageChart(overview, { lang, kind: "thesis-chapter" }).querySelector(".voice-method")!.textContent!;
      expect(method).not.toMatch(/\{\w+\}/);
      expect(method).toContain(tw(lang, "overview.stagesMethod", "thesis-chapter"));
    }
  });

  it("refuses a method whose words still have placeholders to fill", () => {
    expect(() => ours("en", "overview.stagesMethod")).toThrow(/overview\.stagesMethod has placeholders to fill/);
    // Words already filled may hold braces of their own (a study's text).
    expect(ours("en", { text: "of {{1}}" }).querySelector(".voice-method")!.textContent).toBe("of {{1}}");
  });
});

describe("participationMatrix", () => {
  it("names the actors with only gap evidence at the stages we tie to the study's qualification", () => {
    expect(planningGapSentence(matrix, "en")).toBe(
      "At the stages we tie to the study's qualification (Co-commissioning, Co-design), these actors have counted gap findings and no strength: Kader Surabaya Hebat (Surabaya Hebat cadres), Community."
    );
    expect(planningGapSentence({ ...matrix, qualification: [] }, "en")).toBeNull();
  });

  it("names neutral-only cells by their level and flags professional-only and inferred-only cells", () => {
    const level = (a: string, s: string) => matrix.cells.find((c) => c.actor === a && c.stage === s)!;
    expect(level("target-families", "co-delivery").level).toBe("neutral-only");
    expect(level("kecamatan", "co-design").level).toBe("internal-only");
    expect(matrix.cells.filter(professionalOnly).map((c) => `${c.actor}|${c.stage}`)).toContain("dinas-kesehatan|co-assessment");
    expect(matrix.cells.filter(inferredOnly).map((c) => `${c.actor}|${c.stage}`)).toEqual(["kader-surabaya-hebat|co-assessment"]);
    const node = participationMatrix(matrix, { lang: "en", kind: "thesis-chapter" });
    const cell = node.querySelector<HTMLButtonElement>('button[data-cell="kader-surabaya-hebat|co-assessment"]')!;
    expect(cell.textContent).toContain("not stated in the text");
    expect(cell.textContent).not.toMatch(/strength|active/);
    expect(node.querySelector<HTMLButtonElement>('button[data-cell="community|co-assessment"]')!.textContent).toContain("no finding");
    expect(node.querySelector(".coding-basis")?.textContent).toMatch(/conclusions chapter/);
  });

  it("renders actors × stages buttons; Enter/click shows the cell's findings; arrows move focus", () => {
    const node = participationMatrix(matrix, { lang: "en", kind: "thesis-chapter" });
    document.body.replaceChildren(node);
    const buttons = [...node.querySelectorAll<HTMLButtonElement>("button[data-cell]")];
    expect(buttons).toHaveLength(study.actors.length * study.stages.length);
    const target = buttons.find((b) => b.dataset.cell === "community|co-delivery")!;
    target.click();
    const detail = node.querySelector<HTMLElement>("#cell-detail")!;
    expect(detail.dataset.showing).toBe("community|co-delivery");
    expect([...detail.querySelectorAll<HTMLElement>("[data-finding]")].map((e) => e.dataset.finding)).toEqual(["F07", "F10b", "F11", "F13", "F25", "F33"]);
    expect(target.getAttribute("aria-pressed")).toBe("true");
    buttons[0]!.focus();
    buttons[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect((document.activeElement as HTMLElement).dataset.cell).toBe(buttons[study.stages.length]!.dataset.cell);
    expect(target.textContent).toContain("strengths and gaps");
  });
});

describe("dimension parts", () => {
  const views = dimensionViews(study);

  it("shows the named empty state when no metric is linked, and the metrics block otherwise", () => {
    for (const empty of [undefined, null, document.createDocumentFragment()]) {
      const node = relatedSection(empty, { lang: "en" })!;
      expect(node.querySelector("[data-empty=related]")!.textContent).toBe("No linked public figures.");
    }
    const block = document.createElement("section");
    block.append(document.createElement("h2"));
    const node = relatedSection(block, { lang: "en" })!;
    expect(node.querySelector("[data-empty=related]")).toBeNull();
    expect(node.firstChild).toBe(block);
  });

  it("has no related-figures block at all for a study without public figures", () => {
    expect(relatedSection(null, { lang: "en", metrics: false })).toBeNull();
    const view = views[0]!;
    expect(dimensionDetail(view, { lang: "en", metrics: false }).querySelector(".dimension-related")).toBeNull();
  });

  it("cites the framework heading's reference in the page's language", () => {
    const view = views[0]!;
    const help = (lang: "id" | "en") => dimensionDetail(view, { lang, metrics: false }).querySelector(".dimension-header .help")!.textContent;
    expect(help("id")).toContain("Judul kerangka: Institutional Arrangements (Cepiku dkk. (2020), bab 4, subbab 4.2.1)");
    expect(help("en")).toContain("Framework heading: Institutional Arrangements (Cepiku et al. (2020), ch. 4, section 4.2.1)");
    expect(dimensionDetail({ ...view, reference_id: "" }, { lang: "id", metrics: false }).querySelector(".dimension-header .help")!.textContent).toContain("(Cepiku et al. (2020), ch. 4, section 4.2.1)");
  });

  it("links previous and next in codebook order", () => {
    const pager = dimensionPager(views[1]!, { lang: "en" });
    expect([...pager.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["./institutional-arrangements", "./communication-strategies"]);
    expect(dimensionPager(views[0]!, { lang: "en" }).querySelectorAll("a")).toHaveLength(1);
  });
});
