/**
 * `npm run brief:pdf`: builds the site (skip with --skip-build), then prints the policy brief
 * in each language to dist/brief-<lang>.pdf with Chromium, checks each fits two A4 pages, and
 * links each brief page to its PDF.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDF_SLOT } from "../loaders/brief/render.js";
import { escapeHtml } from "../src/shared/html.js";
import { LANGS, t, type Lang } from "../src/shared/i18n/index.js";
import { launchChromium } from "./chromium.js";
import { serve } from "./serve.js";

export const MAX_PAGES = 2;

/** Pages in a PDF: the number of page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

export function pdfPath(dist: string, lang: string): string {
  return join(dist, `brief-${lang}.pdf`);
}

/**
 * Links the built brief page of `lang` to its PDF, in the slot the brief leaves for it: the site
 * links to a PDF only once one is there (a plain build has none, and no broken link).
 */
export function linkPdf(dist: string, lang: Lang): void {
  const page = join(dist, lang, "brief.html");
  const html = readFileSync(page, "utf-8");
  if (html.includes(`href="../brief-${lang}.pdf"`)) return; // printed again: linked already
  if (!html.includes(PDF_SLOT)) throw new Error(`brief:pdf: ${page} has no place for the PDF link (${PDF_SLOT})`);
  writeFileSync(page, html.replace(PDF_SLOT, ` · <a class="brief-pdf" href="../brief-${lang}.pdf">${escapeHtml(t(lang, "brief.pdf"))}</a>`));
}

export async function printBriefs(dist: string): Promise<string[]> {
  const server = await serve(dist);
  const context = await launchChromium();
  const written: string[] = [];
  try {
    for (const lang of LANGS) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${lang}/brief`, { waitUntil: "networkidle" });
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      const pages = pdfPageCount(pdf);
      if (pages > MAX_PAGES) throw new Error(`brief-${lang}.pdf has ${pages} pages; the brief must fit ${MAX_PAGES} A4 pages`);
      writeFileSync(pdfPath(dist, lang), pdf);
      linkPdf(dist, lang);
      written.push(`${pdfPath(dist, lang)} (${pages} page${pages === 1 ? "" : "s"}, ${pdf.length} bytes)`);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
  return written;
}

if (process.argv[1]?.endsWith("brief-pdf.ts")) {
  if (!process.argv.includes("--skip-build")) {
    const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/framework.ts", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dist = join(process.cwd(), "dist");
  readFileSync(join(dist, "id", "brief.html")); // a clear ENOENT if the build is missing
  for (const line of await printBriefs(dist)) console.error(`brief:pdf: wrote ${line}`);
}
