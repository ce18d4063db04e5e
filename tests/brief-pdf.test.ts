import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PDF_SLOT } from "../loaders/brief/render.js";
import { linkPdf, pdfPageCount } from "../scripts/brief-pdf.js";

describe("brief:pdf", () => {
  it("links the built brief to its PDF in the slot the brief leaves, once", () => {
    const dist = mkdtempSync(join(tmpdir(), "brief-pdf-"));
    mkdirSync(join(dist, "id"));
    writeFileSync(join(dist, "id", "brief.html"), `<p class="brief-meta">Judul${PDF_SLOT} · <a href="../en/brief">Policy brief</a></p>`);
    linkPdf(dist, "id");
    const html = readFileSync(join(dist, "id", "brief.html"), "utf-8");
    expect(html).toBe('<p class="brief-meta">Judul · <a class="brief-pdf" href="../brief-id.pdf">Unduh PDF</a> · <a href="../en/brief">Policy brief</a></p>');
    linkPdf(dist, "id"); // printed again: one link still
    expect(readFileSync(join(dist, "id", "brief.html"), "utf-8")).toBe(html);
    writeFileSync(join(dist, "id", "brief.html"), "<p>no slot</p>");
    expect(() => linkPdf(dist, "id")).toThrow(/has no place for the PDF link/);
  });

  it("counts a PDF's pages, not its page tree", () => {
    expect(pdfPageCount(Buffer.from("<< /Type /Pages /Kids [1 0 R 2 0 R] >> << /Type /Page >> << /Type/Page >>"))).toBe(2);
  });
});
