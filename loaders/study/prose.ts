/**
 * Reads the study's prose folder (`prose/<name>.<lang>.md`): the brief's programme summary, its
 * key messages, and notes the researcher writes for a page. Every file is optional; a name the
 * site does not know, or a text in one language only, is a located problem.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../errors.js";
import { LANGS, type Lang } from "../../src/shared/i18n/index.js";
import { PROSE_NAMES, proseBlocks, type ProseName } from "../../src/shared/prose.js";

export const PROSE_DIR = "prose";

export type StudyProse = Partial<Record<ProseName, Record<Lang, string>>>;

export function readProse(dir: string, problems: Problem[]): StudyProse {
  const folder = join(dir, PROSE_DIR);
  const prose: StudyProse = {};
  if (!existsSync(folder)) return prose;
  const found = new Map<ProseName, Partial<Record<Lang, string>>>();
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith(".md") || /^readme\.md$/i.test(file)) continue;
    const rel = `${PROSE_DIR}/${file}`;
    const m = /^(.+)\.(id|en)\.md$/.exec(file);
    const name = m?.[1] as ProseName | undefined;
    if (!m || !name || !(PROSE_NAMES as readonly string[]).includes(name)) {
      problems.push({ file: rel, line: 1, field: "file", message: `expected <name>.<id|en>.md with a name among: ${PROSE_NAMES.join(", ")}` });
      continue;
    }
    const text = readFileSync(join(folder, file), "utf-8").replace(/^\uFEFF/, "");
    if (!proseBlocks(text).length) {
      problems.push({ file: rel, line: 1, field: "text", message: "the file is empty (write the text, or delete the file)" });
      continue;
    }
    found.set(name, { ...found.get(name), [m[2] as Lang]: text });
  }
  for (const [name, texts] of found) {
    const missing = LANGS.filter((l) => texts[l] === undefined);
    if (missing.length) problems.push({ file: `${PROSE_DIR}/${name}.${missing[0]}.md`, line: 1, field: "file", message: `${name} is written in ${LANGS.filter((l) => !missing.includes(l)).join(", ")} only: write it in ${missing.join(", ")} too` });
    else prose[name] = texts as Record<Lang, string>;
  }
  return prose;
}
