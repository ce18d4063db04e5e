/**
 * The evidence explorer in Chromium: in both languages, the table and chart come from the data,
 * with locators and controls in the page's language; in one language (the behaviour is the same
 * in both), facets and search change the table and the URL and a copied URL restores the view,
 * `?id=F12` opens that finding, and SQL: DuckDB loads only when a reader asks (no page requests it
 * on open: the sweep, pages.test.ts), the examples return what the coded data implies (computed
 * here with the project's loaders), edited SQL stays in the URL, and axe passes with a finding
 * open, a search marked and a query run.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { participation } from "../../loaders/study/derive.js";
import { loadStudy } from "../../loaders/study/load.js";
import { sourceNames } from "../../loaders/study/views.js";
import { studyDir } from "../../loaders/site/env.js";
import { locatorText } from "../../src/components/evidence.js";
import { SQL_EXAMPLES } from "../../src/components/explorerSql.js";
import { LANGS, t, type Lang } from "../../src/shared/i18n/index.js";
import { partiesOf } from "../../src/shared/model/vocab.js";
import { browserAvailable, settle, type Page, useSite, visit } from "./harness.js";
import { axeViolations } from "./sweep.js";

const study = loadStudy(studyDir());
const segmentIds = [...study.findings.map((f) => f.id), ...study.recommendations.map((r) => r.id)];

type Cell = string;
/** What each example query must return, as the result table shows it (NULL for null). */
function expectedRows(example: string): { columns: string[]; rows: Cell[][] } {
  const nul = (v: string | null | undefined) => (v === null || v === undefined || v === "" ? "NULL" : v);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  switch (example) {
    case "gaps-per-dimension": {
      const dims = [...new Set(study.findings.map((f) => f.dimension))];
      const rows = dims.map((d) => {
        const fs = study.findings.filter((f) => f.dimension === d);
        const gaps = fs.filter((f) => f.valence === "gap").map((f) => f.id).sort(cmp);
        return { d, gaps: gaps.length, n: fs.length, ids: gaps.join(";") };
      });
      rows.sort((a, b) => b.gaps - a.gaps || (a.d === "" ? 1 : b.d === "" ? -1 : cmp(a.d, b.d)));
      return { columns: ["dimension", "gaps", "findings", "gap_findings"], rows: rows.map((r) => [nul(r.d), String(r.gaps), String(r.n), nul(r.ids)]) };
    }
    case "no-strength-in-co-design": {
      const label = new Map(study.actors.map((a) => [a.id, a]));
      const rows = participation(study)
        .filter((c) => c.stage === "co-design" && (c.level === "gaps-only" || c.level === "no-finding"))
        .sort((a, b) => cmp(a.level, b.level) || cmp(a.actor, b.actor));
      return {
        columns: ["actor", "label_id", "label_en", "level", "findings"],
        rows: rows.map((c) => [c.actor, label.get(c.actor)!.label_id, label.get(c.actor)!.label_en, c.level, nul(c.findings.join(";"))])
      };
    }
    case "findings-per-stage-valence": {
      const counts = new Map<string, number>();
      for (const f of study.findings) for (const s of f.stages) counts.set(`${s}\u0000${f.valence}`, (counts.get(`${s}\u0000${f.valence}`) ?? 0) + 1);
      const rows = [...counts].map(([k, n]) => [...k.split("\u0000"), String(n)]).sort((a, b) => cmp(a[0]!, b[0]!) || cmp(a[1]!, b[1]!));
      return { columns: ["stage", "valence", "findings"], rows };
    }
    case "recommendations-answer-gaps": {
      const byId = new Map(study.findings.map((f) => [f.id, f]));
      const rows = study.recommendations
        .flatMap((r) => r.answers.map((g) => [r.id, g, nul(byId.get(g)!.dimension), byId.get(g)!.text_id, byId.get(g)!.text_en]))
        .sort((a, b) => cmp(a[0]!, b[0]!) || cmp(a[1]!, b[1]!));
      return { columns: ["recommendation", "gap", "dimension", "text_id", "text_en"], rows };
    }
    case "channels-per-actor": {
      const rows = study.actors.map((a) => {
        // an end of a tie, or one of a hub's parties
        const cs = study.channels.filter((c) => partiesOf(c).includes(a.id));
        return { id: a.id, kind: a.kind, n: cs.length, kinds: [...new Set(cs.map((c) => c.channel))].sort(cmp).join(";") };
      });
      rows.sort((a, b) => b.n - a.n || cmp(a.id, b.id));
      return { columns: ["actor", "kind", "channels", "channel_kinds"], rows: rows.map((r) => [r.id, r.kind, String(r.n), nul(r.kinds)]) };
    }
  }
  throw new Error(`no expectation for ${example}`);
}

async function tableIds(page: Page): Promise<string[]> {
  return page.locator(".evidence-table tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id") ?? ""));
}

async function resultTable(page: Page, example: string): Promise<{ columns: string[]; rows: string[][] }> {
  const result = page.locator(`.sql-result[data-example="${example}"]`);
  await result.waitFor({ timeout: 60_000 });
  expect(await result.getAttribute("data-state"), await result.innerText()).toBe("ok");
  return result.evaluate((el) => ({
    columns: [...el.querySelectorAll("thead th")].map((th) => th.textContent ?? ""),
    rows: [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
  }));
}

/** Chooses the option of a labelled select whose text starts with `text`. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const options = await select.locator("option").allInnerTexts();
  const index = options.findIndex((o) => o.startsWith(text));
  expect(index, `${label}: no option "${text}" in ${options.join(" | ")}`).toBeGreaterThanOrEqual(0);
  await select.selectOption({ index });
}

describe.runIf(browserAvailable)("evidence explorer", () => {
  const site = useSite();
  const url = (lang: Lang, qs = "") => `${site.origin}/${lang}/explorer${qs}`;

  for (const lang of LANGS) {
    it(`/${lang}/explorer lists every coded segment with its locator and both texts, charts them, and labels its controls in ${lang}`, async () => {
      const { page, consoleErrors } = await visit(site.context, url(lang));
      expect(await tableIds(page)).toEqual(segmentIds);
      const f12 = study.findings.find((f) => f.id === "F12")!;
      const row = page.locator('.evidence-table tr[data-id="F12"]');
      expect(await row.locator(".text-id").innerText()).toBe(f12.text_id);
      expect(await row.locator(".text-en").innerText()).toBe(f12.text_en);
      // The site's locator (source's short name, section, item), a link to the document view, offsets in its title.
      expect(await row.locator(".locator").innerText()).toBe(locatorText({ ...f12, source_name: sourceNames(study)[f12.source] }, lang));
      expect(await row.locator(".locator a").getAttribute("title")).toContain(`${f12.start}–${f12.end}`);
      expect(await row.locator(".text-id").getAttribute("lang")).toBe("id");
      // One bar per (valence or recommendation) × dimension that has segments.
      const groups = new Set([...study.findings.map((f) => `${f.valence}|${f.dimension}`), ...study.recommendations.map((r) => `recommendation|${r.dimension}`)]);
      expect(await page.locator('svg [aria-label="bar"] rect').count()).toBe(groups.size);
      expect(await page.locator("#explorer-count").innerText()).toContain(String(segmentIds.length));
      // The controls in the page's language: facets, search, the SQL box, its examples and its button.
      for (const label of ["explorer.facet.valence", "explorer.facet.actor", "explorer.search", "explorer.sqlLabel", "explorer.example"] as const) {
        expect(await page.getByLabel(t(lang, label), { exact: true }).count(), label).toBe(1);
      }
      const examples = await page.getByLabel(t(lang, "explorer.example"), { exact: true }).locator("option").allInnerTexts();
      for (const example of SQL_EXAMPLES) expect(examples.some((o) => o.startsWith(t(lang, example.label))), example.id).toBe(true);
      expect(await page.getByRole("button", { name: t(lang, "explorer.run"), exact: true }).count()).toBe(1);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it("a facet changes the table and the URL, and the URL restores the view", async () => {
    const lang = "id";
    const { page } = await visit(site.context, url(lang));
    const gap = t(lang, "valence.gap");
    await choose(page, t(lang, "explorer.facet.valence"), gap);
    const gaps = study.findings.filter((f) => f.valence === "gap").map((f) => f.id);
    await page.waitForFunction((n) => document.querySelectorAll(".evidence-table tbody tr").length === n, gaps.length);
    expect(await tableIds(page)).toEqual(gaps);
    await choose(page, t(lang, "explorer.facet.actor"), study.actors.find((a) => a.id === "community")!.label_id);
    const both = study.findings.filter((f) => f.valence === "gap" && f.actors.includes("community")).map((f) => f.id);
    await page.waitForFunction((n) => document.querySelectorAll(".evidence-table tbody tr").length === n, both.length);
    const shared = page.url();
    expect(new URL(shared).searchParams.get("valence")).toBe("gap");
    expect(new URL(shared).searchParams.get("actor")).toBe("community");
    await page.close();

    const again = await visit(site.context, shared);
    expect(await tableIds(again.page)).toEqual(both);
    const selected = await again.page.getByLabel(t(lang, "explorer.facet.valence"), { exact: true }).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
    expect(selected.startsWith(gap)).toBe(true);
    await again.page.close();
  });

  it("searches both languages' texts and keeps the search in the URL", async () => {
    const lang = "en";
    const { page } = await visit(site.context, url(lang));
    const search = page.getByLabel(t(lang, "explorer.search"), { exact: true });
    await search.fill("whatsapp");
    const expected = [...study.findings, ...study.recommendations].filter((s) => `${s.text_id} ${s.text_en}`.toLowerCase().includes("whatsapp")).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelectorAll(".evidence-table tbody tr").length === n, expected.length);
    expect(await tableIds(page)).toEqual(expected);
    expect(await page.locator(".evidence-table mark").count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("q")).toBe("whatsapp");
    await page.close();
    const again = await visit(site.context, url(lang, "?q=honorarium"));
    expect(await again.page.getByLabel(t(lang, "explorer.search"), { exact: true }).inputValue()).toBe("honorarium");
    expect(await tableIds(again.page)).toEqual(study.findings.filter((f) => f.text_en.toLowerCase().includes("honorarium") || f.text_id.toLowerCase().includes("honorarium")).map((f) => f.id));
    await again.page.close();
  });

  it("?id=F12 opens and highlights that finding; another id opens in place", async () => {
    const { page } = await visit(site.context, url("en", "?id=F12"));
    const f12 = study.findings.find((f) => f.id === "F12")!;
    const detail = page.locator(".segment-detail");
    expect(await detail.getAttribute("data-id")).toBe("F12");
    expect(await detail.locator("blockquote").innerText()).toBe(f12.text_id);
    expect(await page.locator('.evidence-table tr[data-id="F12"]').getAttribute("aria-current")).toBe("true");
    expect(await page.locator('.evidence-table tr[aria-current="true"]').count()).toBe(1);
    await page.locator('.evidence-table tr[data-id="R2"] th a.segment-link').click();
    await page.waitForFunction(() => document.querySelector(".segment-detail")?.getAttribute("data-id") === "R2");
    expect(new URL(page.url()).searchParams.get("id")).toBe("R2");
    await page.waitForFunction(() => document.activeElement?.id === "segment-detail-title");
    // R2 answers gaps: its detail links to them.
    const answers = study.recommendations.find((r) => r.id === "R2")!.answers;
    expect(await page.locator(".segment-detail a[data-open]").allInnerTexts()).toEqual(answers);
    await page.locator(".segment-close").click();
    await page.waitForFunction(() => !document.querySelector(".segment-detail"));
    expect(new URL(page.url()).searchParams.has("id")).toBe(false);
    await page.close();
  });

  it("SQL: DuckDB loads when asked, with a loading state; the examples return the rows the coded data implies, as CSV too; edited SQL stays in the URL and reruns from it; a broken query says so; axe passes with a finding open, a search marked and a query run", async () => {
    const lang = "en";
    const { page, requests } = await visit(site.context, url(lang));
    const duckdb = () => requests.filter((u) => u.toLowerCase().includes("duckdb"));
    // Facets, search, table and CSV work without it; nothing runs until the reader asks.
    expect(duckdb()).toEqual([]);
    expect(await page.locator(".evidence-table tbody tr").count()).toBe(segmentIds.length);
    expect(await page.locator(".sql-idle").count()).toBe(1);
    expect(await page.locator(".sql-result").count()).toBe(0);
    await page.getByRole("button", { name: t(lang, "explorer.run"), exact: true }).click();
    await page.locator(".sql-loading").waitFor({ state: "attached", timeout: 10_000 });
    await page.locator('.sql-result[data-state="ok"]').waitFor({ timeout: 60_000 });
    expect(Number(await page.locator(".sql-result").getAttribute("data-rows"))).toBeGreaterThan(0);
    expect(duckdb().some((u) => u.endsWith(".wasm")), "DuckDB-wasm loads once SQL is used").toBe(true);
    for (const example of SQL_EXAMPLES) {
      await choose(page, t(lang, "explorer.example"), t(lang, example.label));
      await settle(page);
      const got = await resultTable(page, example.id);
      const want = expectedRows(example.id);
      expect(got.columns, example.id).toEqual(want.columns);
      expect(got.rows, example.id).toEqual(want.rows);
      const link = page.locator(`.sql-result[data-example="${example.id}"] a.sql-download`);
      expect((await link.getAttribute("href"))?.startsWith("blob:")).toBe(true);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toBe(`${example.id}.csv`);
      const csv = readFileSync((await download.path())!, "utf-8");
      const parsed = parse(csv, { columns: true }) as Record<string, string>[];
      expect(parsed.map((r) => want.columns.map((c) => (r[c] === "" ? "NULL" : r[c]!)))).toEqual(want.rows.map((r) => r.map((v) => (v === "" ? "NULL" : v))));
      if (example.id !== SQL_EXAMPLES[0]!.id) expect(new URL(page.url()).searchParams.get("example")).toBe(example.id);
    }
    const query = "SELECT count(*)::INTEGER AS n FROM channels";
    await page.getByLabel(t(lang, "explorer.sqlLabel"), { exact: true }).fill(query);
    await page.getByRole("button", { name: t(lang, "explorer.run"), exact: true }).click();
    await settle(page);
    expect((await resultTable(page, "custom")).rows).toEqual([[String(study.channels.length)]]);
    const shared = new URL(page.url());
    expect(shared.searchParams.get("sql")).toBe(query);
    await page.close();

    // The shared address, with a finding opened and a search, reruns the query.
    shared.searchParams.set("id", "F12");
    shared.searchParams.set("q", "kader");
    const again = await visit(site.context, shared.href);
    expect(await again.page.getByLabel(t(lang, "explorer.sqlLabel"), { exact: true }).inputValue()).toBe(query);
    expect((await resultTable(again.page, "custom")).rows).toEqual([[String(study.channels.length)]]);
    expect(await again.page.locator(".segment-detail").getAttribute("data-id")).toBe("F12");
    expect(await again.page.locator(".evidence-table mark").count()).toBeGreaterThan(0);
    expect(await axeViolations(again.page)).toEqual([]);
    // A broken query reports its error instead of breaking the page.
    await again.page.getByLabel(t(lang, "explorer.sqlLabel"), { exact: true }).fill("SELEC 1");
    await again.page.getByRole("button", { name: t(lang, "explorer.run"), exact: true }).click();
    await again.page.locator('.sql-result[data-state="error"]').waitFor();
    expect(await again.page.locator(".observablehq--error").count()).toBe(0);
    expect(again.consoleErrors).toEqual([]);
    await again.page.close();
  });
});

export type { Lang };
