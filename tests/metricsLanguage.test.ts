/**
 * Each metrics page in its own language: the metrics components, drawn (jsdom) from the study's
 * figures, show the Indonesian caveats, labels, title marks, table headers and counts on the
 * Indonesian page and the English ones on the English page; the other language only where the data
 * has nothing else, marked with `lang` and the "not yet translated" badge.
 */
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import { loadMetricsText } from "../loaders/metrics/text.js";
import { metricsDir, studyDir } from "../loaders/site/env.js";
import { loadStudy } from "../loaders/study/load.js";
import { cadreFacts, mentoringChart, programmeFacts } from "../src/components/cadreFacts.js";
import { conflictList } from "../src/components/conflictList.js";
import { countChart } from "../src/components/countChart.js";
import { allObservations, droppedTable, indicatorList } from "../src/components/metricsTables.js";
import { prevalenceChart } from "../src/components/prevalenceChart.js";
import { relatedMetrics } from "../src/components/relatedMetrics.js";
import { en } from "../src/shared/i18n/en.js";
import { id } from "../src/shared/i18n/id.js";
import { t, type Lang } from "../src/shared/i18n/index.js";
import type { MetricsBundle } from "../src/shared/model/metrics.js";

const dir = metricsDir();
const bundle: MetricsBundle = metricsBundle(loadMetrics(dir, { study: loadStudy(studyDir()) }), loadMetricsText(dir) ?? null);
const DICTIONARY = { id, en } as const;

beforeAll(() => {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { url: "http://127.0.0.1/id/metrics" });
  Object.assign(globalThis, { document: dom.window.document, window: dom.window, KeyboardEvent: dom.window.KeyboardEvent, MouseEvent: dom.window.MouseEvent });
});

/** The metrics page's components, as the page puts them together. */
function page(lang: Lang, data: MetricsBundle = bundle): HTMLElement {
  const root = document.createElement("main");
  root.append(
    prevalenceChart(data, { lang, width: 760 }),
    countChart(data, { lang, width: 760 }),
    cadreFacts(data, { lang, width: 760 }),
    conflictList(data, { lang }),
    indicatorList(data, { lang }),
    allObservations(data, { lang }),
    droppedTable(data, { lang })
  );
  document.body.replaceChildren(root);
  return root;
}

/** Clicks every mark and source button, and gives the text of each source panel it opened. */
function openedPanels(root: HTMLElement): { id: string; text: string; panel: Element }[] {
  return [...root.querySelectorAll("[data-obs]")].map((mark) => {
    mark.dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
    const id = mark.getAttribute("data-obs")!;
    const panel = mark.closest("figure")!.querySelector(`.metrics-source [data-source-of="${id}"]`)!;
    return { id, text: panel.textContent ?? "", panel };
  });
}

const other = (lang: Lang): Lang => (lang === "id" ? "en" : "id");
const noteIn = (lang: Lang, o: { note: string; note_id: string }) => (lang === "id" ? o.note_id : o.note);

describe.each(["id", "en"] as const)("the %s metrics page", (lang) => {
  it("gives every figure's caveat in the page's language, beside the figure and in its source panel", () => {
    const root = page(lang);
    const byId = new Map(bundle.observations.map((o) => [o.id, o]));
    const listed = [...root.querySelectorAll("li[data-id]")].map((li) => ({ o: byId.get(li.getAttribute("data-id")!)!, text: li.textContent ?? "" }));
    const panels = openedPanels(root).map((p) => ({ o: byId.get(p.id)!, text: p.text }));
    expect(listed.length).toBeGreaterThan(10);
    expect(panels.length).toBeGreaterThan(40);
    for (const { o, text } of [...listed, ...panels]) {
      if (noteIn(lang, o)) expect(text, o.id).toContain(noteIn(lang, o));
      if (noteIn(other(lang), o) && noteIn(other(lang), o) !== noteIn(lang, o)) expect(text, o.id).not.toContain(noteIn(other(lang), o));
    }
  });

  it("marks a title without a recorded headline in the page's language, keeping the slug", () => {
    const root = page(lang);
    const text = root.textContent ?? "";
    const panelText = openedPanels(root).map((p) => p.text).join("\n");
    expect(text + panelText).toContain(`${t(lang, "metrics.source.noHeadline")} rawit-dukung-program-zero-stunting-di-kota-surabaya`);
    expect(text + panelText).not.toContain(t(other(lang), "metrics.source.noHeadline"));
  });

  it("heads every table and words every label from the page's dictionary", () => {
    const root = page(lang);
    const words = new Set(Object.values(DICTIONARY[lang]));
    const heads = [...root.querySelectorAll("th[scope=col]")].map((th) => th.textContent ?? "");
    expect(heads.length).toBeGreaterThan(20);
    for (const head of heads) expect(words.has(head), head).toBe(true);
    const legends = [...root.querySelectorAll(".metrics-legend > strong, .metrics-legend > span")].map((s) => s.textContent ?? "");
    for (const legend of legends) expect(words.has(legend), legend).toBe(true);
    for (const method of root.querySelectorAll("figure#metrics-all tbody tr > td:nth-child(6)")) {
      expect([...words].some((w) => w === method.textContent), method.textContent!).toBe(true);
    }
  });

  it("counts in words by the plural rules, in the download links and in the marks' SVG titles", () => {
    const links = [...page(lang).querySelectorAll("a.metrics-download")].map((a) => a.textContent ?? "");
    expect(links.length).toBe(6);
    const rows = lang === "id" ? /\(\d+ baris, metrics-[a-z]+\.csv\)$/ : /\(\d+ rows, metrics-[a-z]+\.csv\)$/;
    for (const link of links) expect(link).toMatch(rows);
    // One mentored child and one row: the singular form, in the tooltip (<title>) and the link.
    const one = bundle.observations.filter((o) => o.indicator === "stunted-children-mentored-count").map((o) => ({ ...o, value: 1 }));
    const chart = mentoringChart({ ...bundle, observations: one }, { lang, width: 760 });
    const title = chart.querySelector("svg [data-obs] title")!.textContent!;
    expect(title.split("\n")[0]).toMatch(lang === "en" ? / · 1 child$/ : / · 1 anak$/);
    expect(chart.querySelector("a.metrics-download")!.textContent).toContain(lang === "en" ? "(1 row," : "(1 baris,");
  });
});

describe("a caveat that exists only in the other language", () => {
  it("is shown in that language, marked with lang and the 'not yet translated' badge", () => {
    const o = bundle.observations.find((x) => x.indicator === "ksh-monthly-honorarium" && x.note && x.note_id)!;
    const only = { ...bundle, observations: bundle.observations.map((x) => (x.id === o.id ? { ...x, note_id: "" } : x)) };
    const li = programmeFacts(only, { lang: "id" }).querySelector(`li[data-id="${o.id}"]`)!;
    expect(li.querySelector('[lang="en"]')!.textContent).toBe(o.note);
    expect(li.querySelector("[data-untranslated]")!.textContent).toBe(t("id", "analyses.untranslated"));
    const english = programmeFacts(bundle, { lang: "en" }).querySelector(`li[data-id="${o.id}"]`)!;
    expect(english.querySelector("[data-untranslated]")).toBeNull();
  });
});

describe("the accountability dimension's related public figures", () => {
  it("show one row about one city app, with the caveat that the study names no application, in the page's language", () => {
    for (const lang of ["id", "en"] as const) {
      const node = relatedMetrics(bundle, "accountability-and-performance-management", { lang, metricsHref: "../metrics" }) as HTMLElement;
      expect(node.querySelectorAll("[data-indicator]").length).toBe(1);
      expect(node.querySelectorAll("li[data-id]").length).toBe(1);
      const link = bundle.related["accountability-and-performance-management"]![0]!;
      expect(node.textContent).toContain(lang === "id" ? link.note_id : link.note_en);
      expect(node.textContent).not.toContain(lang === "id" ? link.note_en : link.note_id);
      const o = bundle.observations.find((x) => x.id === link.observations[0])!;
      expect(node.querySelector("li")!.textContent).toContain(noteIn(lang, o));
    }
  });
});
