/**
 * og:image for the pages that have a key chart (the overview, the brief, each dimension page):
 * a 1200×630 PNG made at build time from the study — the chart drawn by Plot in jsdom (as the
 * brief's are), framed with the page's title, the legend and the source line, rasterised by
 * resvg (no browser, no third-party service). Text uses the machine's fonts (DejaVu Sans where
 * installed); without fonts the image still renders, without its words.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import { divergingPlot, type DivergingRow } from "../loaders/brief/divergingBars.js";
import { loadStudy, type Study } from "../loaders/study/load.js";
import { siteField, siteText } from "../loaders/study/site.js";
import { studyDir } from "../loaders/site/env.js";
import { escapeHtml } from "../src/shared/html.js";
import { LANGS, t, type Lang } from "../src/shared/i18n/index.js";
import { ogImageFile } from "../src/shared/og.js";
import { VALENCE_COLOR } from "../src/shared/palette.js";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

interface OgChart {
  /** The site path of the page (as observablehq.config.ts `head` sees it). */
  path: string;
  title: string;
  rows: DivergingRow[];
}

const count = (fs: Study["findings"], valence: string) => fs.filter((f) => f.valence === valence).length;

/** The charts: strengths and gaps per dimension (overview), per stage (brief), per stage within one dimension. */
export function ogCharts(study: Study, lang: Lang): OgChart[] {
  const name = (d: Study["dimensions"][number]) => (lang === "id" ? d.name_id : d.name_en);
  const stageRows = (fs: Study["findings"]) =>
    study.stages.map((s) => {
      const here = fs.filter((f) => f.stages.includes(s.id));
      return { label: lang === "id" ? s.label_id : s.label_en, strengths: count(here, "strength"), gaps: count(here, "gap") };
    });
  return [
    {
      path: `/${lang}/index`,
      title: t(lang, "overview.chartTitle"),
      rows: study.dimensions.map((d) => {
        const here = study.findings.filter((f) => f.dimension === d.id);
        return { label: name(d), strengths: count(here, "strength"), gaps: count(here, "gap") };
      })
    },
    { path: `/${lang}/brief`, title: t(lang, "brief.stageTitle"), rows: stageRows(study.findings) },
    ...study.dimensions.map((d) => ({ path: `/${lang}/dimensions/${d.id}`, title: `${name(d)} · ${t(lang, "brief.stageTitle")}`, rows: stageRows(study.findings.filter((f) => f.dimension === d.id)) }))
  ];
}

/** Words cut into lines of at most `room` characters. */
function lines(text: string, room: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= room) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/**
 * A node as XML, which the renderer reads: HTML serialisation (outerHTML) leaves `<` and `>` bare
 * in attribute values, where a study's words (a title, an aria-label) would break the SVG.
 */
function xml(node: Element): string {
  const view = node.ownerDocument.defaultView as unknown as { XMLSerializer: new () => XMLSerializer };
  return new view.XMLSerializer().serializeToString(node);
}

/** The image as SVG: title, chart, legend and source line on white. */
export function ogSvg(chart: OgChart, lang: Lang, document: Document, siteName: string): string {
  const strength = t(lang, "valence.strength");
  const gap = t(lang, "valence.gap");
  const plot = divergingPlot(chart.rows, 600, { title: chart.title, ariaLabel: chart.title, xLabel: `← ${gap} · ${strength} → (${t(lang, "overview.findings")})`, strengthLabel: strength, gapLabel: gap, document }, true) as SVGSVGElement;
  const w = Number(plot.getAttribute("width"));
  const h = Number(plot.getAttribute("height"));
  plot.setAttribute("x", "48");
  plot.setAttribute("y", "130");
  plot.setAttribute("width", String(OG_WIDTH - 96));
  plot.setAttribute("height", String(OG_HEIGHT - 130 - 90));
  plot.setAttribute("viewBox", `0 0 ${w} ${h}`);
  plot.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const title = lines(chart.title, 46).slice(0, 2);
  const text = (x: number, y: number, size: number, s: string, extra = "") => `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${escapeHtml(s)}</text>`;
  const legend = [
    `<rect x="48" y="${OG_HEIGHT - 78}" width="22" height="22" fill="${VALENCE_COLOR.strength}"/>`,
    text(78, OG_HEIGHT - 60, 22, strength),
    `<rect x="260" y="${OG_HEIGHT - 78}" width="22" height="22" fill="${VALENCE_COLOR.gap}"/>`,
    text(290, OG_HEIGHT - 60, 22, gap)
  ].join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans, sans-serif" fill="#222">
<rect width="100%" height="100%" fill="#ffffff"/>
${title.map((l, i) => text(48, 64 + i * 46, 38, l, 'font-weight="bold"')).join("\n")}
${xml(plot)}
${legend}
${text(48, OG_HEIGHT - 24, 20, `${t(lang, "chart.sourceLine")}: ${siteName}`, 'fill="#444"')}
</svg>`;
}

/** Writes every page's og:image into `dist`; returns the files written. */
export function writeOgImages(dist: string, study: Study = loadStudy(studyDir())): string[] {
  const { window } = new JSDOM("<!doctype html><html><body></body></html>");
  const written: string[] = [];
  for (const lang of LANGS) {
    for (const chart of ogCharts(study, lang)) {
      const file = ogImageFile(chart.path, study.dimensions);
      if (!file) continue;
      const svg = ogSvg(chart, lang, window.document, siteField(siteText(study, false), lang, "title"));
      const png = new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
      const out = join(dist, file);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, png);
      written.push(file);
    }
  }
  return written;
}
