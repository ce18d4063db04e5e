/**
 * og:image for the pages that have a key chart (the overview, the brief, each dimension page):
 * a 1200×630 PNG of the site's own chart (src/components/charts.ts, drawn in jsdom), framed with
 * the page's title, the legend and the source line, rasterised by resvg (no browser, no
 * third-party service). Text uses the machine's fonts (DejaVu Sans where installed); without
 * fonts the image still renders, without its words.
 */
import { Resvg } from "@resvg/resvg-js";
import { withDocument } from "../../loaders/site/prerender.js";
import type { SiteData } from "../../loaders/site/siteData.js";
import { drawChart, type ChartData, type ChartId } from "../components/charts.js";
import { escapeHtml } from "../shared/html.js";
import { LANGS, pick, t, type Lang } from "../shared/i18n/index.js";
import { ogImageFile } from "../shared/og.js";
import { VALENCE_COLOR } from "../shared/palette.js";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The width the chart is drawn at before it is fitted into the image. */
const CHART_WIDTH = 640;

export interface OgImage {
  /** The site path of the page (as observablehq.config.ts `head` sees it). */
  path: string;
  title: string;
  chart: { [K in ChartId]: { id: K; data: ChartData<K> } }[ChartId];
}

/** The images: strengths and gaps per dimension (overview), per stage (brief), per stage within one dimension. */
export function ogImages(data: SiteData, lang: Lang): OgImage[] {
  const { overview, site, dimensions } = data.datasets;
  return [
    { path: `/${lang}/index`, title: t(lang, "overview.chartTitle"), chart: { id: "dimensions", data: { overview, site } } },
    { path: `/${lang}/brief`, title: t(lang, "brief.stageTitle"), chart: { id: "stages", data: { overview } } },
    ...dimensions.map((d) => ({
      path: `/${lang}/dimensions/${d.id}`,
      title: `${pick(lang, d, "name")} · ${t(lang, "brief.stageTitle")}`,
      chart: { id: "stages" as const, data: { overview: { ...overview, stages: d.stageRows, study: { ...overview.study, central: null } } } }
    }))
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

/** The chart's own SVG: the largest one in the component's figure (its legend swatches are small SVGs too). */
function chartSvg(figure: Element): SVGSVGElement {
  const svgs = [...figure.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg"));
  const size = (s: Element) => Number(s.getAttribute("width") ?? 0) * Number(s.getAttribute("height") ?? 0);
  const svg = svgs.sort((a, b) => size(b) - size(a))[0];
  if (!svg) throw new Error("og: the chart drew no SVG");
  return svg as SVGSVGElement;
}

/** The image as SVG: title, chart, legend and source line on white. */
export function ogSvg(image: OgImage, lang: Lang, siteName: string): string {
  const strength = t(lang, "valence.strength");
  const gap = t(lang, "valence.gap");
  const plot = withDocument(() => {
    const svg = chartSvg(drawChart(image.chart.id, image.chart.data as never, { lang, width: CHART_WIDTH }));
    const w = Number(svg.getAttribute("width"));
    const h = Number(svg.getAttribute("height"));
    svg.setAttribute("x", "48");
    svg.setAttribute("y", "130");
    svg.setAttribute("width", String(OG_WIDTH - 96));
    svg.setAttribute("height", String(OG_HEIGHT - 130 - 90));
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    return xml(svg);
  });
  const title = lines(image.title, 46).slice(0, 2);
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
${plot}
${legend}
${text(48, OG_HEIGHT - 24, 20, `${t(lang, "chart.sourceLine")}: ${siteName}`, 'fill="#444"')}
</svg>`;
}

/** Every page's og:image as PNG bytes, by its file under the built site (`_og/…`). */
export function ogPngs(data: SiteData): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const lang of LANGS) {
    const siteName = pick(lang, data.datasets.site, "title");
    for (const image of ogImages(data, lang)) {
      const file = ogImageFile(image.path, data.shape.dimensions);
      if (!file) continue;
      const png = new Resvg(ogSvg(image, lang, siteName), { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
      out.set(file, png);
    }
  }
  return out;
}
