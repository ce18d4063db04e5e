// @vitest-environment jsdom
import * as aq from "arquero";
import { csvParse } from "d3-dsv";
import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { toCsv } from "../src/shared/csv.js";
import { loadStudy } from "../loaders/study/load.js";
import { findingSchema, recommendationSchema, type Finding, type Recommendation } from "../loaders/study/schema.js";
import { evidenceTable, segmentDetail, sqlResultView } from "../src/components/explorerViews.js";
import { segmentsOf } from "../src/components/explorerFacets.js";
import { segmentLabels } from "../src/components/explorerLabels.js";

const study = loadStudy("data/study");
const segments = segmentsOf(study);
const options = (lang: "id" | "en") => ({ lang, labels: segmentLabels(study, lang), hrefFor: (id: string) => `?id=${id}` });

describe("evidenceTable", () => {
  it("marks an inferred actor or stage with † and says so, and leaves named codes plain", () => {
    const el = evidenceTable(segments, { ...options("en"), inferred: study.inferred });
    const r1 = el.querySelector('tr[data-id="R1"]')!.textContent!;
    expect(r1).toContain("Surabaya City Government † (inferred by the coder, not named in the text)");
    expect(r1).not.toContain("Community †");
    expect(el.querySelector('tr[data-id="F25"]')!.textContent).toContain("Co-delivery †");
    expect(el.querySelector('tr[data-id="F26"]')!.textContent).not.toContain("†");
  });

  it("has one row per segment with its locator, both texts in their languages, and the opened row marked", () => {
    const el = evidenceTable(segments, { ...options("en"), selected: "F12", terms: ["whatsapp"] });
    const rows = [...el.querySelectorAll("tbody tr")];
    expect(rows.map((r) => r.getAttribute("data-id"))).toEqual(segments.map((s) => s.id));
    const f12 = study.findings.find((f) => f.id === "F12")!;
    const row = el.querySelector('tr[data-id="F12"]')!;
    expect(row.getAttribute("aria-current")).toBe("true");
    expect(el.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
    // The locator: a short link to the document view (the source named by its file here: the rows carry no short name), offsets in its title.
    expect(row.querySelector(".locator")!.textContent).toBe(`bab-v, ${f12.section} item ${f12.item}`);
    expect(row.querySelector(".locator a")!.getAttribute("href")).toBe("./documents/bab-v#F12");
    expect(row.querySelector(".locator a")!.getAttribute("title")).toContain(`${f12.start}–${f12.end}, bab-v.txt`);
    expect(row.querySelector('.text-id[lang="id"]')!.textContent).toBe(f12.text_id);
    expect(row.querySelector('.text-en[lang="en"]')!.textContent).toBe(f12.text_en);
    expect([...el.querySelectorAll("mark")].every((m) => m.textContent!.toLowerCase() === "whatsapp")).toBe(true);
    expect(el.querySelectorAll("mark").length).toBeGreaterThan(0);
    expect(el.querySelector("thead")!.textContent).toContain("English translation");
  });

  it("opens a segment in place on a plain click, and leaves modified clicks to the browser", () => {
    const onSelect = vi.fn();
    const el = evidenceTable(segments, { ...options("id"), onSelect });
    const link = el.querySelector<HTMLAnchorElement>('tr[data-id="F03"] a.segment-link')!;
    expect(link.getAttribute("href")).toBe("?id=F03");
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
    expect(onSelect).toHaveBeenCalledWith("F03");
    // A modified click is left alone by the component (seen here as it bubbles; then stopped, as jsdom cannot navigate).
    let leftToBrowser = false;
    el.addEventListener("click", (event) => {
      leftToBrowser = !event.defaultPrevented;
      event.preventDefault();
    });
    link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(leftToBrowser).toBe(true);
  });

  it("says so when nothing matches", () => {
    expect(evidenceTable([], options("id")).textContent).toBe("Tidak ada segmen yang cocok dengan filter ini.");
  });
});

describe("segmentDetail", () => {
  it("shows a finding's text, locator, codes and the recommendations that answer it", () => {
    const gap = study.recommendations[0]!.answers[0]!;
    const el = segmentDetail(gap, { ...options("en"), all: segments });
    expect(el.getAttribute("data-id")).toBe(gap);
    expect(el.querySelector("blockquote")!.textContent).toBe(study.findings.find((f) => f.id === gap)!.text_id);
    const answeredBy = study.recommendations.filter((r) => r.answers.includes(gap)).map((r) => r.id);
    expect([...el.querySelectorAll("a[data-open]")].map((a) => a.textContent)).toEqual(answeredBy);
  });

  it("gives our coding notes, marked as ours: each inferred code and each restatement with its reason", () => {
    const detail = (id: string, lang: "id" | "en") => segmentDetail(id, { ...options(lang), all: segments, inferred: study.inferred, restatements: study.restatements });
    const f21 = detail("F21", "en").querySelector('[data-voice="ours"]')!;
    expect(f21.querySelector("h3")!.textContent).toBe("Our coding notes");
    expect(f21.querySelector('li[data-inferred="health-workers"]')!.textContent).toMatch(/^Health workers † \(inferred by the coder, not named in the text\): The span names no actor/);
    const f19 = detail("F19", "en").querySelector('li[data-restates]')!;
    expect(f19.closest('[data-voice="ours"]')).not.toBeNull();
    expect(f19.textContent).toMatch(/^Restates F10, F17\. Not counted again: Draws the conclusion of item 4/);
    expect([...f19.querySelectorAll("a[data-open]")].map((a) => a.textContent)).toEqual(["F10", "F17"]);
    // On an Indonesian page the English reason keeps its language and says it is not yet translated.
    const id19 = detail("F19", "id").querySelector('li[data-restates]')!;
    expect(id19.textContent).toMatch(/^Mengulang F10, F17\. Tidak dihitung lagi: /);
    expect(id19.querySelector('span[lang="en"]')!.textContent).toMatch(/^Draws the conclusion/);
    expect(id19.querySelector("[data-untranslated]")).not.toBeNull();
    // Nothing inferred, nothing restated: no notes; an inferred row of another file is not this segment's.
    expect(detail("F13", "en").querySelector('[data-voice="ours"]')).toBeNull();
    const channelRow = { file: "channels.csv", id: "F13", code: "community", reason: "a channel's party, not the finding's" };
    expect(segmentDetail("F13", { ...options("en"), all: segments, inferred: [channelRow] }).querySelector('[data-voice="ours"]')).toBeNull();
  });

  it("names an unknown id instead of failing", () => {
    const el = segmentDetail("F99", { ...options("en"), all: segments });
    expect(el.getAttribute("data-missing")).toBe("F99");
    expect(el.textContent).toContain("F99");
  });
});

describe("sqlResultView", () => {
  it("shows every column and row, NULL as NULL, and offers the same rows as CSV", async () => {
    const created: Blob[] = [];
    // jsdom has no object URLs: record the blob instead.
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return "blob:test";
    };
    const result = { query: "q", columns: ["a", "n"], rows: [{ a: "x, y", n: 1 }, { a: null, n: 2 }] };
    const el = sqlResultView(result, { lang: "en", filename: "q.csv", example: "custom" });
    expect([...el.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["a", "n"]);
    expect([...el.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((td) => td.textContent))).toEqual([["x, y", "1"], ["NULL", "2"]]);
    const link = el.querySelector("a.sql-download")!;
    expect(link.getAttribute("download")).toBe("q.csv");
    // jsdom's Blob has no text(): read it the old way.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(parse(text, { columns: true })).toEqual([{ a: "x, y", n: "1" }, { a: "", n: "2" }]);
  });

  it("shows an error as an alert", () => {
    const el = sqlResultView({ query: "x", columns: [], rows: [], error: "Parser Error" }, { lang: "id", filename: "q.csv", example: "custom" });
    expect(el.getAttribute("role")).toBe("alert");
    expect(el.textContent).toContain("Parser Error");
  });
});

describe("sqlEditor", () => {
  it("is a view whose value changes only when the query is run", async () => {
    const { sqlEditor } = await import("../src/components/explorerViews.js");
    const form = sqlEditor({ lang: "en", value: "SELECT 1" });
    const textarea = form.querySelector("textarea")!;
    expect(form.querySelector(`label[for="${textarea.id}"]`)!.textContent).toBe("SQL (editable)");
    expect(form.value).toBe("SELECT 1");
    const inputs: string[] = [];
    form.addEventListener("input", () => inputs.push(form.value));
    textarea.value = "SELECT 2";
    expect(form.value).toBe("SELECT 1");
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(form.value).toBe("SELECT 2");
    expect(inputs).toEqual(["SELECT 2"]);
    expect(form.querySelector('button[type="submit"]')!.textContent).toBe("Run");
    // No inline event handler attributes (the CSP forbids them).
    expect([...form.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on"))).toEqual([]);
  });
});

describe("segmentsCsvLink", () => {
  it("downloads the selected segments as CSV without an SQL engine", async () => {
    const { segmentsCsvLink, SEGMENT_CSV_COLUMNS } = await import("../src/components/explorerViews.js");
    const rows = segmentsOf({ findings: [{ id: "F1", source: "s.txt", section: "1", item: "1", start: 0, end: 1, dimension: "", text_id: 'a, "b"', text_en: "c", actors: ["x", "y"] }], recommendations: [] });
    let blob: Blob | undefined;
    const spy = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:segments";
    });
    const a = segmentsCsvLink(rows, { lang: "en" });
    spy.mockRestore();
    expect(a.getAttribute("download")).toBe("segments.csv");
    expect(a.getAttribute("data-rows")).toBe("1");
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob!);
    });
    const [head, line] = text.trim().split("\n");
    expect(head).toBe(SEGMENT_CSV_COLUMNS.join(","));
    expect(line).toContain('"a, ""b"""');
    expect(line).toContain("x;y");
  });
});
