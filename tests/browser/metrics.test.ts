/**
 * The programme-metrics page in Chromium: in both languages (its notes, numbers and conflicts are
 * the language's), every chart renders with its marks, each mark names its source, the checked
 * figures reach metrics.json and the table alternatives, and the conflicts are listed; in one
 * language each (the behaviour is the same in both), a mark opens its source by click and by
 * keyboard, and every CSV download equals data/study/metrics.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatNumber, t, type Lang } from "../../src/shared/i18n/index.js";
import { CHECKED_VALUES } from "../metrics-checked.js";
import { DIST, browserAvailable, type Page, useSite, visit } from "./harness.js";

type CsvRow = { [column: string]: string };
const read = (file: string): CsvRow[] => parse(readFileSync(join("data/study/metrics", file), "utf-8"), { columns: true, bom: true }) as CsvRow[];
const METRICS_TEXT = JSON.parse(readFileSync("data/study/metrics/text.json", "utf-8")) as Record<Lang, Record<string, string>>;
const observations = read("observations.csv");
const sources = read("sources.csv");
const conflicts = read("conflicts.csv");
const observationById = new Map(observations.map((o) => [o.id!, o]));
const sourceById = new Map(sources.map((s) => [s.id!, s]));

/** The figures drawn as charts (each must hold one Plot SVG with marks). */
const CHARTS = ["metrics-prevalence", "metrics-count", "metrics-ksh", "metrics-mentoring"];
/** Every figure with a CSV download and a table. */
const FIGURES = [...CHARTS, "metrics-facts", "metrics-all"];
const OBSERVATION_COLUMNS = Object.keys(observations[0]!);
const SOURCE_COLUMNS = ["publisher", "title", "date", "url", "excerpt"];

/** The built metrics.json (Framework names it with a content hash). */
function builtMetrics(): { observations: { id: string; geography: string; period: string; survey: string; indicator: string; value: number }[] } {
  const dir = join(DIST, "_file/data/site");
  const name = readdirSync(dir).find((f) => /^metrics\.[0-9a-f]+\.json$/.test(f));
  expect(name, "dist/_file/data/site/metrics.<hash>.json").toBeDefined();
  return JSON.parse(readFileSync(join(dir, name!), "utf-8"));
}

describe.runIf(browserAvailable)("the metrics page in Chromium", () => {
  const site = useSite();

  async function open(lang: Lang): Promise<Page> {
    const { page, consoleErrors, failedRequests } = await visit(site.context, `${site.origin}/${lang}/metrics`);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(await page.locator(".observablehq--error").count(), "no cell failed").toBe(0);
    return page;
  }

  for (const lang of ["id", "en"] as const) {
    it(`/${lang}/metrics renders every chart, each mark naming its source; the checked figures in metrics.json and the table, in ${lang}'s numbers; every conflict listed`, async () => {
      const page = await open(lang);
      expect(await page.locator("figure.metrics-figure").count()).toBe(FIGURES.length);
      for (const id of FIGURES) expect(await page.locator(`figure#${id}`).count(), id).toBe(1);
      for (const id of CHARTS) {
        const svg = page.locator(`figure#${id} svg[aria-label]`);
        expect(await svg.count(), `${id}: one chart SVG with a text alternative`).toBe(1);
        const marks = await page.locator(`figure#${id} svg [data-obs]`).evaluateAll((ms) =>
          ms.map((m) => ({ id: m.getAttribute("data-obs")!, tip: m.querySelector("title")?.textContent ?? "", tabindex: m.getAttribute("tabindex"), role: m.getAttribute("role") }))
        );
        expect(marks.length, `${id}: marks`).toBeGreaterThan(0);
        for (const mark of marks) {
          const source = sourceById.get(observationById.get(mark.id)!.source!)!;
          expect(mark.tip, `${mark.id} tooltip`).toContain(source.publisher);
          expect(mark.tabindex, `${mark.id} is keyboard-reachable`).toBe("0");
          expect(mark.role).toBe("button");
        }
      }
      // The WHA target is a note, never a mark on the % axis.
      const wha = observations.filter((o) => o.indicator === "target-stunting-number-reduction").map((o) => o.id!);
      expect(wha.length).toBe(2);
      for (const id of wha) {
        expect(await page.locator(`#metrics-prevalence svg [data-obs="${id}"]`).count(), `${id} not plotted`).toBe(0);
        expect(await page.locator(`#metrics-prevalence .metrics-wha [data-id="${id}"]`).count(), `${id} in the WHA note`).toBe(1);
      }
      // Survey-method note and the plain statement about Puskesmas Kalirungkut.
      expect(await page.locator("#metrics-prevalence .metrics-notes").textContent()).toContain(METRICS_TEXT[lang]["prevalence.methodNote"]);
      expect(await page.locator("[data-place-note]").textContent()).toContain(METRICS_TEXT[lang]["place.text"]);
      // The checked figures, in metrics.json and in the table alternative, in the language's numbers.
      const built = builtMetrics();
      for (const { geography, survey, period, value } of CHECKED_VALUES) {
        const inJson = built.observations.filter((o) => o.indicator === "stunting-prevalence" && o.geography === geography && o.period === period && o.survey.startsWith(survey));
        expect(inJson.map((o) => o.value), `${geography} ${survey} in metrics.json`).toEqual([value]);
        const id = inJson[0]!.id;
        const row = page.locator(`#metrics-prevalence table tbody tr[data-id="${id}"]`);
        const cells = await row.locator("th, td").allTextContents();
        expect(cells[0]).toBe(geography);
        expect(cells[1]).toBe(period);
        expect(cells[2], `${geography} ${survey} shown as ${lang}`).toBe(`${formatNumber(lang, value)}%`);
        expect(cells[3]).toContain(survey);
      }
      // Every conflict group with its disagreeing rows; the conflicting points marked.
      const list = page.locator("#conflicts");
      expect(await list.count()).toBe(1);
      expect(await list.locator("section[data-conflict]").count()).toBe(conflicts.length);
      for (const c of conflicts) {
        const section = list.locator(`section[data-conflict="${c.id}"]`);
        expect(await section.textContent()).toContain(lang === "id" ? c.description_id : c.description_en);
        const members = observations.filter((o) => o.conflict_group === c.id).map((o) => o.id);
        const shown = await section.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")));
        expect(shown, c.id).toEqual(members);
        for (const id of members) {
          const source = sourceById.get(observationById.get(id!)!.source!)!;
          expect(await section.locator(`tr[data-id="${id}"]`).textContent()).toContain(source.publisher);
        }
      }
      const riskesdas = (await list.locator('section[data-conflict="riskesdas-2013-indonesia"]').textContent())!;
      expect(riskesdas).toContain(`${formatNumber(lang, 37.2)}%`);
      expect(riskesdas).toContain(`${formatNumber(lang, 37.6)}%`);
      // Conflicting marks say so in their tooltip.
      for (const id of ["O003", "O004", "O051", "O061", "O062"]) {
        expect(await page.locator(`svg [data-obs="${id}"] title`).textContent(), id).toContain(t(lang, "metrics.tip.conflict"));
      }
      await page.close();
    });
  }

  it("/en/metrics: a mark opens its source (title, link, verbatim excerpt) by click and by keyboard", async () => {
    const lang = "en";
    const page = await open(lang);
    const check = async (figure: string, how: "click" | "keyboard") => {
      // Dense clusters may hide one mark's centre under another (the keyboard and the table reach
      // every mark); click the first mark that is on top at its centre.
      const id = await page.locator(`#${figure} svg[aria-label]`).evaluate((svg) => {
        for (const m of svg.querySelectorAll("[data-obs]")) {
          m.scrollIntoView({ block: "center" });
          const r = m.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          if (hit === m || m.contains(hit)) return m.getAttribute("data-obs");
        }
        return null;
      });
      expect(id, `${figure}: a mark on top at its centre`).not.toBeNull();
      const mark = page.locator(`#${figure} svg [data-obs="${id}"]`);
      if (how === "click") await mark.click();
      else {
        await mark.focus();
        await page.keyboard.press("Enter");
      }
      const source = sourceById.get(observationById.get(id!)!.source!)!;
      const panel = page.locator(`#${figure} .metrics-source [data-source-of="${id}"]`);
      await panel.waitFor();
      const text = (await panel.textContent())!;
      expect(text).toContain(source.publisher);
      expect(text).toContain(source.title);
      expect(await panel.locator("blockquote").textContent()).toBe(source.excerpt);
      expect(await panel.locator(`a[href="${source.url}"]`).count()).toBeGreaterThan(0);
    };
    await check("metrics-prevalence", "click");
    await check("metrics-count", "keyboard");
    await check("metrics-ksh", "click");
    await check("metrics-mentoring", "keyboard");
    await page.close();
  });

  it("/id/metrics offers every chart as a CSV that matches data/study/metrics", async () => {
    const lang = "id";
    const page = await open(lang);
    for (const id of FIGURES) {
      const link = page.locator(`figure#${id} a.metrics-download`);
      expect(await link.count(), `${id} download link`).toBe(1);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe(`${id}.csv`);
      const rows = parse(readFileSync((await download.path())!, "utf-8"), { columns: true }) as CsvRow[];
      const tableIds = await page.locator(`figure#${id} table tbody tr`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")));
      expect(rows.map((r) => r.id), `${id}: CSV rows = table rows`).toEqual(tableIds);
      expect(rows.length, `${id} has rows`).toBeGreaterThan(0);
      for (const row of rows) {
        const original = observationById.get(row.id!)!;
        expect(original, `${row.id} is in observations.csv`).toBeDefined();
        for (const c of OBSERVATION_COLUMNS) {
          if (c === "value") expect(Number(row.value), `${row.id}.value`).toBe(Number(original.value));
          else expect(row[c], `${row.id}.${c}`).toBe(original[c]);
        }
        const source = sourceById.get(original.source!)!;
        for (const c of SOURCE_COLUMNS) expect(row[c], `${row.id}.${c}`).toBe(source[c]);
      }
    }
    // The full table holds every observation.
    const all = await page.locator("figure#metrics-all table tbody tr").count();
    expect(all).toBe(observations.length);
    await page.close();
  });
});
