// @vitest-environment jsdom
/**
 * The Compare cases page's pieces, on the small study whose matrix tests/study-matrix.test.ts works
 * out by hand: its data (compareView), the matrix as a table and as cards, percentages, the open
 * cell's segments, the URL state and the chart.
 */
import { describe, expect, it } from "vitest";
import { compareView } from "../loaders/study/compareView.js";
import type { Study } from "../loaders/study/load.js";
import { compareChart } from "../src/components/compareChart.js";
import { BY_CASE, compareDetail, compareMatrix, matrixOf, share } from "../src/components/compareMatrix.js";
import { compareSearch, parseCompareState } from "../src/components/compareState.js";
import { caseFacets, matchesCases, parseCaseChoices } from "../src/components/explorerCases.js";
import { matrixCsv } from "../src/shared/matrixCsv.js";
import { STUDY } from "./fixtures/matrix-study.js";

const study = { ...STUDY, recommendations: [], meta: { sources: [] } } as unknown as Study;
const view = compareView(study)!;
const peran = matrixOf(view, "peran");
const text = (node: Element | null) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("compareView", () => {
  it("has one matrix per variable, then the matrix by case, and no view for a study without cases", () => {
    expect(view.matrices.map((m) => (m.by.kind === "case" ? BY_CASE : m.by.name))).toEqual(["peran", "umur", BY_CASE]);
    expect(compareView({ ...study, cases: [] })).toBeNull();
    expect(view.cases.find((c) => c.id === "K1")).toEqual({ id: "K1", name: "Kader 1", values: { peran: "kader", umur: "9" } });
    expect(view.segmentCases.F6).toEqual(["K2", "I1"]);
    expect(view.segmentCases.F8).toEqual([]);
    // every segment a cell counts has its quotation
    for (const id of peran.rows.flatMap((r) => r.segmentIds)) expect(view.quotes[id]?.id, id).toBe(id);
  });
});

describe("compareMatrix", () => {
  it("draws a table on a wide screen: each cell's counts and valence split in text, empty cells as a dash", () => {
    const node = compareMatrix(view, peran, { lang: "en", width: 1280 });
    expect(node.dataset.layout).toBe("table");
    expect([...node.querySelectorAll("thead th")].map((th) => [th.firstChild?.textContent, text(th.querySelector("small"))])).toEqual([
      ["Dimension", ""],
      ["ibu balita", "1 case"],
      ["kader", "2 cases"],
      ["(no value)", "2 cases"]
    ]);
    const cell = node.querySelector<HTMLButtonElement>('button[data-cell="access|kader"]')!;
    const shown = (c: Element) => [...c.children].filter((x) => !x.classList.contains("sr-only")).map(text);
    expect(shown(cell)).toEqual(["3 segments · 2 cases", "+1 −2 ○0"]);
    // Its name is its content, the symbols in words: what shows is what a screen reader says, and more.
    expect(cell.hasAttribute("aria-label")).toBe(false);
    const spoken = [...cell.children].filter((x) => x.getAttribute("aria-hidden") !== "true").map((x) => x.textContent).join("");
    expect(spoken).toBe("Access × kader: 3 segments · 2 cases: 1 strength, 2 gaps, 0 descriptions");
    expect(node.querySelector('button[data-cell="access|"]')).toBeNull();
    expect(text(node.querySelector('[data-cell="access|"]'))).toBe("—");
  });

  it("lays out one card per dimension when the columns do not fit, in the page's language", () => {
    const node = compareMatrix(view, peran, { lang: "id", width: 360 });
    expect(node.dataset.layout).toBe("cards");
    expect([...node.querySelectorAll(".compare-card h3")].map(text)).toEqual(["Kepercayaan", "Akses", "Peran"]);
    expect([...node.querySelector('button[data-cell="access|kader"]')!.children].filter((x) => !x.classList.contains("sr-only")).map(text)).toEqual(["3 segmen · 2 kasus", "+1 −2 ○0"]);
    expect(text(node.querySelector('[data-dimension="access"] li:last-child .compare-value'))).toBe("(tanpa nilai) (2 kasus)");
  });

  it("gives row and column percentages of the cells' segments on demand", () => {
    const r = peran.rows.find((x) => x.dimension === "access" && x.value === "kader")!;
    expect(share(peran, r, "none")).toBeNull();
    expect(share(peran, r, "row")).toBeCloseTo(3 / 5); // access: 2 + 3 + 0
    expect(share(peran, r, "col")).toBeCloseTo(3 / 4); // kader: 1 + 3 + 0
    const node = compareMatrix(view, peran, { lang: "en", width: 1280, percent: "row" });
    expect(text(node.querySelector('button[data-cell="access|kader"] .compare-share'))).toBe("60%");
  });

  it("presses the chosen cell, reports it, and lists its segments with locators", () => {
    const chosen: string[] = [];
    const node = compareMatrix(view, peran, { lang: "en", width: 1280, onSelect: (k) => chosen.push(k) });
    document.body.replaceChildren(node);
    const button = node.querySelector<HTMLButtonElement>('button[data-cell="access|ibu balita"]')!;
    button.click();
    expect(chosen).toEqual(["access|ibu balita"]);
    expect([...node.querySelectorAll('button[aria-pressed="true"]')]).toEqual([button]);
    const detail = compareDetail(view, peran, "access|ibu balita", { lang: "en" });
    expect(detail.dataset.showing).toBe("access|ibu balita");
    expect([...detail.querySelectorAll("[data-finding]")].map((q) => q.getAttribute("data-finding"))).toEqual(["F5", "F6"]);
    expect(text(detail)).toContain("Cases: Ibu 1.");
    expect(detail.querySelector("a.locator-link")!.getAttribute("href")).toBe("./documents/b#F5");
    expect(compareDetail(view, peran, "roles|kader", { lang: "en" }).dataset.showing).toBe("");
  });

  it("names the cases as columns in the matrix by case", () => {
    const node = compareMatrix(view, matrixOf(view, BY_CASE), { lang: "en", width: 1600 });
    expect([...node.querySelectorAll("thead th")].slice(1).map((th) => th.firstChild?.textContent)).toEqual(["Kader 1", "Kader 2", "Ibu 1", "Tanpa peran", "Kosong"]);
  });
});

describe("the compare page's address", () => {
  it("reads a shared view and falls back to the defaults for what it does not know", () => {
    expect(parseCompareState("?by=peran&pct=col&cell=access%7Ckader", view)).toEqual({ by: "peran", percent: "col", cell: "access|kader" });
    expect(parseCompareState("?by=nope&pct=huge&cell=roles%7Ckader", view)).toEqual({ by: "peran", percent: "none", cell: null });
    expect(parseCompareState(`?by=${encodeURIComponent(BY_CASE)}`, view).by).toBe(BY_CASE);
    const state = { by: "peran", percent: "row" as const, cell: "access|kader" };
    expect(parseCompareState(compareSearch(state), view)).toEqual(state);
  });
});

describe("compareChart and the CSV", () => {
  it("draws one labelled bar per dimension and value, no bar for an empty cell", () => {
    const svg = compareChart(view, peran, { lang: "en", width: 360 });
    const labels = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toContain("Access × kader: 3 segments · 2 cases");
    expect(labels).toContain("Roles × (no value): 0 segments");
    const titles = [...svg.querySelectorAll("rect title, path title")].map((t) => t.textContent ?? "");
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).not.toMatch(/— 0 /);
  });

  it("downloads the matrix with the matrix command's header", () => {
    expect(matrixCsv(peran).split("\n")[0]).toBe("dimension,value,segments,cases,strengths,gaps,neutral");
    expect(matrixCsv(peran)).toContain("access,kader,3,2,1,2,0");
  });
});

describe("the explorer's case facets", () => {
  const segments = STUDY.findings.map((f) => ({ id: f.id }));
  it("offer each variable's values that segments have, with counts, and filter by them", () => {
    const [peranFacet, umur] = caseFacets(view, segments);
    expect(peranFacet).toMatchObject({ name: "peran", values: ["", "ibu balita", "kader"] });
    expect(Object.fromEntries(peranFacet!.counts)).toEqual({ kader: 6, "ibu balita": 3 });
    expect(umur!.values).toEqual(["", "9", "10"]);
    expect(parseCaseChoices("?v.peran=kader&v.umur=99&v.nope=1", caseFacets(view, segments))).toEqual({ peran: "kader" });
    const kader = matchesCases(view, { peran: "kader" });
    expect(segments.map((s) => s.id).filter(kader)).toEqual(["F1", "F2", "F3", "F4", "F6", "F9"]);
    expect(caseFacets(null, segments)).toEqual([]);
  });
});

describe("a document page's cases", () => {
  it("names the cases a source belongs to, whole or in part, with their values in variables order", async () => {
    const { documentView } = await import("../loaders/study/document.js");
    const { documentCases } = await import("../src/components/documentCases.js");
    const withText = { ...study, excluded: [], subcodes: [], actors: [], stages: [], meta: { sources: [{ file: "b.txt", title: "B" }] }, sources: { "b.txt": "x".repeat(100) } } as unknown as Study;
    const doc = documentView(withText, "b.txt");
    expect(doc.cases).toEqual([
      { id: "K2", name: "Kader 2", description: "", whole: false, values: [{ variable: "peran", value: "kader" }, { variable: "umur", value: "10" }] },
      { id: "I1", name: "Ibu 1", description: "", whole: false, values: [{ variable: "peran", value: "ibu balita" }] }
    ]);
    const node = documentCases(doc.cases, { lang: "id" })!;
    expect(text(node.querySelector('[data-case="K2"]'))).toBe("Kader 2 (sebagian teks): peran kader · umur 10");
    expect(node.querySelector("a")!.getAttribute("href")).toBe("../compare");
    expect(documentCases([], { lang: "id" })).toBeNull();
    expect(documentView(withText, "a.txt").cases.map((c) => [c.id, c.whole])).toEqual([["K1", true]]);
  });
});
