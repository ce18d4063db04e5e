/**
 * Reads a metrics folder's `text.json` (the study's words for its figures, see
 * docs/metrics-data.md): `{ "id": {key: text}, "en": {key: text} }` with every key of
 * METRICS_TEXT_KEYS in both languages. A missing file gives no text; a malformed one a located error.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DataError, type Problem } from "../errors.js";
import { LANGS } from "../../src/shared/i18n/index.js";
import { METRICS_TEXT_KEYS, type MetricsText } from "../../src/shared/metricsText.js";

export const METRICS_TEXT_FILE = "text.json";

export function checkMetricsText(json: unknown, file = METRICS_TEXT_FILE): { text?: MetricsText; problems: Problem[] } {
  const problems: Problem[] = [];
  const obj = json as Record<string, Record<string, unknown>> | null;
  for (const lang of LANGS) {
    const words = obj && typeof obj === "object" ? obj[lang] : undefined;
    if (!words || typeof words !== "object") {
      problems.push({ file, line: 1, field: lang, message: "expected an object of texts for this language" });
      continue;
    }
    for (const key of METRICS_TEXT_KEYS) {
      if (typeof words[key] !== "string" || !(words[key] as string).trim()) problems.push({ file, line: 1, field: `${lang}.${key}`, message: "expected a text" });
    }
    for (const key of Object.keys(words)) {
      if (!(METRICS_TEXT_KEYS as readonly string[]).includes(key)) problems.push({ file, line: 1, field: `${lang}.${key}`, message: `unknown key (expected one of: ${METRICS_TEXT_KEYS.join(", ")})` });
    }
  }
  return problems.length ? { problems } : { text: json as MetricsText, problems };
}

/** The folder's text.json, checked; undefined when the folder has none. Throws a DataError when malformed. */
export function loadMetricsText(dir: string): MetricsText | undefined {
  const path = join(dir, METRICS_TEXT_FILE);
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf-8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DataError([{ file: METRICS_TEXT_FILE, line: 1, field: "json", message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const { text, problems } = checkMetricsText(json);
  if (!text) throw new DataError(problems);
  return text;
}

/**
 * Which figures the policy brief shows (`brief.json` in the metrics folder): one indicator by one
 * survey method for the places listed (in that order), and the targets of one indicator, place
 * and survey. A study chooses its own; the code names none.
 */
export const briefFiguresSchema = z
  .object({
    places: z.array(z.string().min(1)).min(1),
    indicator: z.string().min(1),
    method: z.string().min(1),
    method_label: z.string().min(1),
    target_indicator: z.string().min(1),
    target_geography: z.string().min(1),
    target_survey: z.string().min(1)
  })
  .strict();
export type BriefFigures = z.output<typeof briefFiguresSchema>;

export const BRIEF_FIGURES_FILE = "brief.json";

/** The folder's brief.json, checked; undefined when it has none (the brief then shows no figures). */
export function loadBriefFigures(dir: string): BriefFigures | undefined {
  const path = join(dir, BRIEF_FIGURES_FILE);
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf-8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DataError([{ file: BRIEF_FIGURES_FILE, line: 1, field: "json", message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const result = briefFiguresSchema.safeParse(json);
  if (!result.success) throw new DataError(result.error.issues.map((i) => ({ file: BRIEF_FIGURES_FILE, line: 1, field: i.path.join(".") || "brief", message: i.message })));
  return result.data;
}
