/**
 * `npm run brief:pdf`: builds the site (skip with --skip-build), then prints the policy brief
 * in each language to dist/brief-<lang>.pdf with Chromium, and checks each fits two A4 pages.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANGS } from "../src/shared/i18n/index.js";
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
