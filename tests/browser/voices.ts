/**
 * Checks of a page's voices and languages, made on the sweep's visit (sweep.ts):
 *
 * - our analysis is marked as ours: every chart and matrix in the page's main column stands inside
 *   a `[data-voice="ours"]` section (src/components/voice.ts), whose mark says so;
 * - the page speaks its own language: no sentence of the other language's interface dictionary
 *   stands in text the page gives in its own language (outside any `lang` of the other);
 * - counts are plural where they are (no "1 findings" on an English page);
 * - an Indonesian page calls the study "penelitian", never "tesis" (the chapter does not state the
 *   degree), unless a study's own words say so (checked on the default study only).
 */
import type { Page } from "playwright-core";
import { en } from "../../src/shared/i18n/en.js";
import { id } from "../../src/shared/i18n/id.js";
import type { Lang } from "../../src/shared/i18n/index.js";

/** Derived elements (charts, matrices) outside our analysis's mark, described. */
export async function unmarkedAnalysis(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const derived = [...document.querySelectorAll("main svg, main .matrix, main .compare-matrix, main .compare-cards")].filter((el) => {
      if (el.tagName.toLowerCase() !== "svg") return true;
      if (el.parentElement?.closest("svg")) return false;
      // A chart, not an icon or a legend swatch.
      const width = Number(el.getAttribute("width")) || el.getBoundingClientRect().width;
      return width >= 120 && !el.closest(".chart-download, [class$='-swatch'], [class$='-swatches'], .network-legend");
    });
    return derived
      .filter((el) => !el.closest('[data-voice="ours"]'))
      .map((el) => {
        const owner = el.closest("figure, section, div[class]");
        return `${el.tagName.toLowerCase()}${el.getAttribute("class") ? `.${el.getAttribute("class")!.split(/\s+/)[0]}` : ""} in ${owner?.tagName.toLowerCase() ?? "main"}${owner?.getAttribute("class") ? `.${owner.getAttribute("class")!.split(/\s+/)[0]}` : ""}`;
      });
  });
}

/** The text of the page's main column that the page gives in its own language (`<html lang>`). */
export async function ownLanguageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const main = document.querySelector("main");
    if (!main) return "";
    const parts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, title, desc")) continue;
      if ((parent.closest("[lang]")?.getAttribute("lang") ?? lang) !== lang) continue;
      parts.push(node.textContent ?? "");
    }
    return parts.join(" ").replace(/\s+/g, " ");
  });
}

const DICTIONARIES: Record<Lang, Readonly<Record<string, string>>> = { id, en };

/**
 * The other language's dictionary sentences (runs of four words or more between placeholders)
 * found in `text`, given in `lang`: none is the page's own wording too.
 */
export function foreignSentences(text: string, lang: Lang): string[] {
  const own = DICTIONARIES[lang];
  const other = DICTIONARIES[lang === "id" ? "en" : "id"];
  const ownText = Object.values(own).join("\n");
  const found: string[] = [];
  for (const [key, value] of Object.entries(other)) {
    if (own[key] === value) continue;
    for (const fragment of value.split(/\{\w+\}/).map((f) => f.trim().replace(/^[,.:;·—–-]\s*/, ""))) {
      if (fragment.split(/\s+/).length < 4 || ownText.includes(fragment)) continue;
      if (text.includes(fragment)) found.push(`${key}: "${fragment}"`);
    }
  }
  return found;
}

/** Counts left singular or plural against their number, on an English page ("1 findings"). */
export function badPlurals(text: string, lang: Lang): string[] {
  if (lang !== "en") return [];
  return [...text.matchAll(/(?<![\d.,])\b1 (findings|recommendations|segments|strengths|gaps|descriptions|cases|dimensions|sources|rows|channels|actors)\b/g)].map((m) => m[0]);
}

/** Every voice and language problem of the page, one line each. */
export async function voiceProblems(page: Page, lang: Lang): Promise<string[]> {
  const text = await ownLanguageText(page);
  return [
    ...(await unmarkedAnalysis(page)).map((x) => `our analysis without its mark: ${x}`),
    ...foreignSentences(text, lang).map((x) => `the other language's words in ${lang} text: ${x}`),
    ...badPlurals(text, lang).map((x) => `a count against its plural: "${x}"`)
  ];
}
