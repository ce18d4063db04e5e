/**
 * og:image for the pages that have a key chart (the overview, the brief, each dimension page):
 * what a reader sees when a link is shared in a messaging app. A 1200×630 PNG that leads with the
 * study's own words (its conclusion; the dimension's verdict) and shows below them, marked as our
 * analysis, the site's own chart (src/components/charts.ts, drawn in jsdom), rasterised by resvg
 * (no browser, no third-party service). Text uses the machine's fonts (DejaVu Sans where installed); without
 * fonts the image still renders, without its words.
 */
import { renderAsync } from "@resvg/resvg-js";
import { withDocument } from "../../loaders/site/prerender.js";
import type { SiteData } from "../../loaders/site/siteData.js";
import { drawChart, type ChartData, type ChartId } from "../components/charts.js";
import { escapeHtml } from "../shared/html.js";
import { LANGS, isUntranslated, pick, t, tw, type Lang } from "../shared/i18n/index.js";
import { locatorText } from "../shared/locator.js";
import type { Quote } from "../shared/model/views.js";
import { ogImageFile, shorten } from "../shared/og.js";
import { voiceLabel } from "../shared/voice.js";
import { VALENCE_COLOR } from "../shared/palette.js";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The width the chart is drawn at before it is fitted into the image. */
const CHART_WIDTH = 640;

export interface OgImage {
  /** The site path of the page (as observablehq.config.ts `head` sees it). */
  path: string;
  title: string;
  /** What the study says, in its words (quoted), that the image leads with: our label for it, and where it says it. */
  lead: { label: string; text: string; source: string } | null;
  /** The chart below it: our analysis, marked as ours. */
  chart: { [K in ChartId]: { id: K; data: ChartData<K> } }[ChartId];
}

/** A quote's text in the page's language (the original where no translation exists yet). */
const said = (lang: Lang, q: Quote) => (lang === "en" && !isUntranslated(q.text_en) ? q.text_en : q.text_id);

/**
 * The images: the overview and the brief lead with the study's own conclusion, a dimension page
 * with the study's verdict on it; each shows, marked as ours, the chart of our counts below.
 */
export function ogImages(data: SiteData, lang: Lang): OgImage[] {
  const { overview, site, dimensions } = data.datasets;
  const kind = site.source_kind;
  const conclusion = overview.conclusion?.findings.at(-1);
  const lead = conclusion ? { label: tw(lang, "og.studySays", kind), text: said(lang, conclusion), source: `${conclusion.id}, ${locatorText(conclusion, lang)}` } : null;
  const siteName = pick(lang, site, "title");
  return [
    { path: `/${lang}/index`, title: siteName, lead, chart: { id: "dimensions", data: { overview, site } } },
    { path: `/${lang}/brief`, title: `${t(lang, "nav.brief")} · ${siteName}`, lead, chart: { id: "stages", data: { overview } } },
    ...dimensions.map((d) => ({
      path: `/${lang}/dimensions/${d.id}`,
      title: pick(lang, d, "name"),
      lead: d.verdict
        ? { label: tw(lang, "og.verdict", kind), text: pick(lang, d.verdict, "rating_text"), source: d.verdict.finding ? `${d.verdict.finding.id}, ${locatorText(d.verdict.finding, lang)}` : "" }
        : null,
      chart: { id: "stages" as const, data: { overview: { ...overview, stages: d.stageRows, conclusion: null } } }
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

/** The chart's own SVG: the largest one in the component's figure (its legend swatches are small SVGs too); none when the study has nothing to draw. */
function chartSvg(figure: Element): SVGSVGElement | undefined {
  const svgs = [...figure.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg"));
  const size = (s: Element) => Number(s.getAttribute("width") ?? 0) * Number(s.getAttribute("height") ?? 0);
  return svgs.sort((a, b) => size(b) - size(a))[0] as SVGSVGElement | undefined;
}

/**
 * The image as SVG: the page's title, the study's words it leads with (and where it says them),
 * then — marked "◇ Analisis kami" / "◇ Our analysis" — the chart of our counts, its legend and the
 * source line, on white.
 */
export function ogSvg(image: OgImage, lang: Lang, siteName: string): string {
  const strength = t(lang, "valence.strength");
  const gap = t(lang, "valence.gap");
  const text = (x: number, y: number, size: number, s: string, extra = "") => `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${escapeHtml(s)}</text>`;
  const title = lines(image.title, 52).slice(0, 2);
  const parts = title.map((l, i) => text(48, 56 + i * 40, 34, l, 'font-weight="bold"'));
  let y = 56 + title.length * 40;
  if (image.lead) {
    const quote = lines(`${image.lead.label}: “${shorten(image.lead.text, 330)}”`, 70).slice(0, 5);
    parts.push(`<rect x="48" y="${y - 12}" width="6" height="${quote.length * 31 + 30}" fill="#222"/>`);
    quote.forEach((l, i) => parts.push(text(68, y + 14 + i * 31, 24, l, 'font-style="italic"')));
    y += quote.length * 31 + 8;
    if (image.lead.source) parts.push(text(68, y + 14, 18, `— ${image.lead.source}`, 'fill="#444"'));
    y += 36;
  }
  const chartTop = y + 30;
  const chartHeight = OG_HEIGHT - chartTop - 90;
  const drawn = withDocument(() => {
    const node = drawChart(image.chart.id, image.chart.data as never, { lang, width: CHART_WIDTH });
    const svg = chartSvg(node);
    if (!svg) return { note: node.textContent?.trim() ?? "" };
    const w = Number(svg.getAttribute("width"));
    const h = Number(svg.getAttribute("height"));
    svg.setAttribute("x", "60");
    svg.setAttribute("y", String(chartTop));
    svg.setAttribute("width", String(OG_WIDTH - 120));
    svg.setAttribute("height", String(Math.max(120, chartHeight)));
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    return { plot: xml(svg) };
  });
  const page = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans, sans-serif" fill="#222">
<rect width="100%" height="100%" fill="#ffffff"/>
${body}
${text(48, OG_HEIGHT - 16, 18, `${t(lang, "chart.sourceLine")}: ${siteName}`, 'fill="#444"')}
</svg>`;
  // Nothing to draw (a study without findings, a dimension without stage tags): its note, if any, and no frame.
  if (drawn.plot === undefined) {
    lines(drawn.note ?? "", 70).slice(0, 4).forEach((l, i) => parts.push(text(48, y + 30 + i * 30, 22, l)));
    return page(parts.join("\n"));
  }
  parts.push(text(48, y + 20, 20, voiceLabel(lang, "ours"), 'font-weight="bold" font-style="italic" fill="#333"'));
  parts.push(`<rect x="44" y="${y}" width="${OG_WIDTH - 88}" height="${OG_HEIGHT - y - 44}" fill="none" stroke="#666" stroke-width="2" stroke-dasharray="10 6"/>`);
  const plot = drawn.plot;
  const legend = [
    `<rect x="60" y="${OG_HEIGHT - 84}" width="20" height="20" fill="${VALENCE_COLOR.strength}"/>`,
    text(88, OG_HEIGHT - 67, 20, strength),
    `<rect x="260" y="${OG_HEIGHT - 84}" width="20" height="20" fill="${VALENCE_COLOR.gap}"/>`,
    text(288, OG_HEIGHT - 67, 20, gap),
    `<rect x="460" y="${OG_HEIGHT - 84}" width="20" height="20" fill="${VALENCE_COLOR.neutral}"/>`,
    text(488, OG_HEIGHT - 67, 20, t(lang, "valence.neutral"))
  ].join("");
  return page(`${parts.join("\n")}\n${plot}\n${legend}`);
}

/**
 * Every page's og:image as PNG bytes, by its file under the built site (`_og/…`). The SVGs are
 * drawn here; resvg rasterises them in its own threads, so the caller can draw meanwhile.
 */
export function ogPngs(data: SiteData): Map<string, Promise<Uint8Array>> {
  const out = new Map<string, Promise<Uint8Array>>();
  for (const lang of LANGS) {
    const siteName = pick(lang, data.datasets.site, "title");
    for (const image of ogImages(data, lang)) {
      const file = ogImageFile(image.path, data.shape.dimensions);
      if (!file) continue;
      const options = { fitTo: { mode: "width" as const, value: OG_WIDTH }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } };
      out.set(file, renderAsync(ogSvg(image, lang, siteName), options).then((png) => png.asPng()));
    }
  }
  return out;
}
