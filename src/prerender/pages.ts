/**
 * The pages whose first charts are drawn at build time: each template `src/[lang]/<page>.page.md`,
 * with every chart's drawing (phone and wide width, loaders/site/prerender.ts) written before its
 * live call, from the binding (src/components/charts.ts) and the site's named datasets.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fillTemplate, loadingLine, prerenderChart } from "../../loaders/site/prerender.js";
import type { SiteDatasets } from "../../loaders/site/siteData.js";
import { CHARTS, drawChart, type ChartId } from "../components/charts.js";
import type { Lang } from "../shared/i18n/index.js";

/** Where the page templates are. */
export const TEMPLATES_DIR = "src/[lang]";
const TEMPLATE = /^(.+)\.page\.md$/;

/** The pages that have a template, by name (`index`, `actors`…). */
export function templatePages(dir = TEMPLATES_DIR): string[] {
  return readdirSync(dir).flatMap((name) => TEMPLATE.exec(name)?.[1] ?? []).sort();
}

/** The template of `page` with every chart drawn in for `lang`. */
export function drawPage(page: string, lang: Lang, datasets: SiteDatasets, dir = TEMPLATES_DIR): string {
  const path = join(dir, `${page}.page.md`);
  const loading = loadingLine(lang);
  const pick = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, datasets[n as keyof SiteDatasets]]));
  return fillTemplate(
    relative(process.cwd(), path),
    readFileSync(path, "utf-8"),
    (call) => prerenderChart(call.id, (width) => drawChart(call.id as ChartId, pick(call.datasets) as never, { lang, width }), loading),
    { charts: Object.keys(CHARTS), datasets: Object.keys(datasets) }
  );
}
