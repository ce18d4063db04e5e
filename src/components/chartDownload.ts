/**
 * Charts that travel: every chart figure on a page gets "SVG · PNG" downloads beside its CSV.
 * The image carries what a chart needs away from the site: its title, its legend, a source
 * line and the page's address. Charts are found as they appear (`enhanceCharts`, started on
 * every page from src/a11y.js): an <svg> chart inside a <figure> (Plot's titled charts, the
 * actor network, the brief's charts); the buttons go inside that figure, so a chart drawn again
 * (on resize) brings its own.
 */
import { isLang, t, type Lang } from "../shared/i18n/index.js";
import { el } from "./dom.js";

export interface ChartMeta {
  title: string;
  /** The source line, without its "Source:" label. */
  source: string;
  url: string;
  /** Legend entries (colour and label) drawn under the chart. */
  legend: readonly { color: string; label: string }[];
}

const NS = "http://www.w3.org/2000/svg";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Words cut into lines that fit `width` px at `size` px (0.6 em a character). */
export function wrap(text: string, width: number, size: number): string[] {
  const room = Math.max(8, Math.floor(width / (size * 0.6)));
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= room) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** The chart as a standalone SVG document: title above, legend, source line and address below. */
export function composeSvg(chart: SVGSVGElement, meta: ChartMeta, lang: Lang): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const vb = chart.viewBox?.baseVal;
  const width = Math.round(Number(chart.getAttribute("width")) || vb?.width || box.width || 640);
  const height = Math.round(Number(chart.getAttribute("height")) || vb?.height || box.height || 400);
  const W = Math.max(width, 320) + 32;
  const titleLines = wrap(meta.title, W - 32, 17);
  const foot = [...wrap(`${t(lang, "chart.sourceLine")}: ${meta.source}`, W - 32, 12), ...wrap(meta.url, W - 32, 12)];
  const legendRows = meta.legend.length ? 1 + Math.floor((meta.legend.length - 1) / Math.max(1, Math.floor((W - 32) / 180))) : 0;
  const top = 16 + titleLines.length * 22 + 8;
  const chartBottom = top + height;
  const legendTop = chartBottom + 8;
  const footTop = legendTop + legendRows * 22 + 8;
  const H = footTop + foot.length * 16 + 12;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", "16");
  clone.setAttribute("y", String(top));
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.removeAttribute("style");
  const perRow = Math.max(1, Math.floor((W - 32) / 180));
  const legend = meta.legend
    .map((l, i) => {
      const x = 16 + (i % perRow) * 180;
      const y = legendTop + Math.floor(i / perRow) * 22;
      return `<rect x="${x}" y="${y}" width="14" height="14" fill="${esc(l.color)}"/><text x="${x + 20}" y="${y + 12}" font-size="12">${esc(l.label)}</text>`;
    })
    .join("");
  const svg = `<svg xmlns="${NS}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" fill="#222">
<rect width="100%" height="100%" fill="#fff"/>
${titleLines.map((l, i) => `<text x="16" y="${16 + 17 + i * 22}" font-size="17" font-weight="bold">${esc(l)}</text>`).join("\n")}
${new XMLSerializer().serializeToString(clone)}
${legend}
${foot.map((l, i) => `<text x="16" y="${footTop + 12 + i * 16}" font-size="12" fill="#444">${esc(l)}</text>`).join("\n")}
</svg>`;
  return { svg, width: W, height: H };
}

/** A file name from the chart's title. */
export function fileName(title: string, ext: string): string {
  const slug = title.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `${slug || "chart"}.${ext}`;
}

function save(blob: Blob, name: string): void {
  const a = el("a", { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** The PNG (2× for sharpness) of an SVG document, drawn through an <img> onto a canvas. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = el("canvas", { width: width * scale, height: height * scale });
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What the figure says about its chart: title, legend, source line, address. */
export function chartMeta(figure: HTMLElement, chart: SVGSVGElement, lang: Lang): ChartMeta {
  const title =
    figure.querySelector(":scope > h2, :scope > figcaption, :scope > h3")?.textContent?.trim() ||
    chart.getAttribute("aria-label") ||
    document.title;
  const legend = [...figure.querySelectorAll<HTMLElement>("[class$='-swatch']")].map((sw) => ({
    color: sw.querySelector("svg [fill]")?.getAttribute("fill") ?? sw.querySelector("svg")?.getAttribute("fill") ?? "#888",
    label: sw.textContent?.trim() ?? ""
  }));
  const source =
    figure.closest("[data-source]")?.getAttribute("data-source") ||
    document.querySelector("#observablehq-main .source-note")?.textContent?.replace(/^[^:]{0,12}:\s*/, "").trim() ||
    document.querySelector("#observablehq-footer")?.textContent?.trim() ||
    document.title;
  return { title, source, url: location.href, legend };
}

/** The "Download chart: SVG · PNG" buttons for one chart. */
export function chartDownload(figure: HTMLElement, chart: SVGSVGElement, lang: Lang): HTMLElement {
  const make = () => composeSvg(chart, chartMeta(figure, chart, lang), lang);
  const name = () => chartMeta(figure, chart, lang).title;
  const button = (label: string, kind: string, run: () => Promise<void> | void) => {
    const b = el("button", { type: "button", class: "chart-download-button", "data-format": kind }, label);
    b.addEventListener("click", () => void run());
    return b;
  };
  return el(
    "p",
    { class: "chart-download" },
    `${t(lang, "chart.download")}: `,
    button("SVG", "svg", () => {
      const { svg } = make();
      save(new Blob([svg], { type: "image/svg+xml" }), fileName(name(), "svg"));
    }),
    " ",
    button("PNG", "png", async () => {
      const { svg, width, height } = make();
      save(await svgToPng(svg, width, height), fileName(name(), "png"));
    })
  );
}

function isChart(svg: SVGSVGElement): boolean {
  if (svg.closest(".chart-download, [class$='-swatch'], [class$='-swatches'], .network-legend, .net-glyph")) return false;
  const w = Number(svg.getAttribute("width")) || svg.viewBox?.baseVal?.width || 0;
  return w >= 200 && Boolean(svg.closest("figure"));
}

/** Adds the downloads to every chart under `root` (once per figure). */
export function addDownloads(root: ParentNode): void {
  const lang: Lang = isLang(document.documentElement.lang) ? (document.documentElement.lang as Lang) : "id";
  for (const svg of root.querySelectorAll<SVGSVGElement>("svg")) {
    if (!isChart(svg)) continue;
    const figure = svg.closest("figure")!;
    if (figure.querySelector(":scope > .chart-download")) continue;
    figure.append(chartDownload(figure, svg, lang));
  }
}

/** Watches the page and adds downloads to charts as they are drawn. */
export function enhanceCharts(): void {
  let queued = false;
  const run = () => {
    queued = false;
    addDownloads(document);
  };
  new MutationObserver(() => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(run);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  run();
}
