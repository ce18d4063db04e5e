/**
 * The study's longer prose (`prose/<name>.<lang>.md` in the study folder, docs/study-format.md),
 * read as plain text with two pieces of structure: blank lines separate paragraphs, and lines
 * that start with "- " are list items. Nothing else is markup: every character shows as written,
 * so a study's text can never inject HTML into the site.
 */
import { escapeMarkdown } from "./html.js";

/** The prose files a study may give, each in both languages. */
export const PROSE_NAMES = ["programme", "key-messages", "recommendations-note"] as const;
export type ProseName = (typeof PROSE_NAMES)[number];

export type ProseBlock = { kind: "p"; text: string } | { kind: "ul"; items: string[] };

/** Paragraphs and lists of a prose text; `#` comment lines (notes to the writer) are dropped. */
export function proseBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    if (!lines.length) continue;
    if (lines.every((l) => l.startsWith("- "))) blocks.push({ kind: "ul", items: lines.map((l) => l.slice(2).trim()) });
    else blocks.push({ kind: "p", text: lines.join(" ") });
  }
  return blocks;
}

/** The prose as escaped HTML for a page Framework reads as Markdown (build-time pages such as the brief). */
export function proseHtml(text: string): string {
  return proseBlocks(text)
    .map((b) => (b.kind === "p" ? `<p>${escapeMarkdown(b.text)}</p>` : `<ul>\n${b.items.map((i) => `<li>${escapeMarkdown(i)}</li>`).join("\n")}\n</ul>`))
    .join("\n");
}
