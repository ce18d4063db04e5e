/**
 * The policy brief for one language: static Markdown (loaders/brief/render.ts) with the site's own
 * stage chart (src/components/charts.ts), drawn here at a phone and a wide width.
 */
import { briefMarkdown } from "../../loaders/brief/render.js";
import { staticChart } from "../../loaders/site/prerender.js";
import type { SiteData } from "../../loaders/site/siteData.js";
import { drawChart } from "../components/charts.js";
import type { Lang } from "../shared/i18n/index.js";

export function briefPage(data: SiteData, lang: Lang): string {
  const { study, overview, metrics } = data.datasets;
  const charts = { stages: staticChart((width) => drawChart("stages", { overview }, { lang, width })) };
  const figures = data.briefFigures ? { bundle: metrics, choice: data.briefFigures } : undefined;
  return briefMarkdown(study, overview, lang, charts, figures);
}
