/**
 * Regenerates the generated parts of docs/data-dictionary.md from the table registry (`STUDY_TABLES` in
 * loaders/study/schema.ts; `npm run docs`); tests/docs.test.ts fails when the document is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { TABLES } from "../loaders/study/datapackage.js";

export const DICTIONARY = "docs/data-dictionary.md";
const START = "<!-- generated:study-tables:start -->";
const END = "<!-- generated:study-tables:end -->";

export function studyTablesMarkdown(): string {
  return TABLES.map(
    (t) =>
      `### \`${t.name}.csv\`\n${t.description}.\n\n| field | type | meaning |\n| --- | --- | --- |\n` +
      t.fields.map((f) => `| \`${f.name}\` | ${f.type} | ${f.description} |`).join("\n")
  ).join("\n\n");
}

export function render(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DICTIONARY}: markers ${START} … ${END} not found`);
  return `${doc.slice(0, a + START.length)}\n${studyTablesMarkdown()}\n${doc.slice(b)}`;
}

if (process.argv[1]?.endsWith("docs.ts")) {
  writeFileSync(DICTIONARY, render(readFileSync(DICTIONARY, "utf-8")));
  console.error(`wrote ${DICTIONARY}`);
}
