/**
 * Placeholders: what `init` and `import` write where only the researcher can write the study's own
 * words (its title, place, what was coded, the site's name). Every placeholder starts with the one
 * marker `[fill in]`, so `validate` finds exactly those and warns, with a count for each kind,
 * until they are replaced. A placeholder is valid text: the study loads and the site builds, and
 * shows the marker where the words are missing.
 */

export const PLACEHOLDER = "[fill in]";

/** A placeholder: the marker, then what to write there. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER} ${what}`;
}

export function isPlaceholder(value: unknown): boolean {
  return typeof value === "string" && value.trimStart().startsWith(PLACEHOLDER);
}

/** The kind of each study.json field a placeholder can stand in (by its first key). */
const KINDS: Record<string, string> = {
  site: "the site's name",
  title_id: "the study's title",
  title_en: "the study's title",
  place_id: "the study's place",
  place_en: "the study's place",
  coding_level_id: "what was coded",
  coding_level_en: "what was coded",
  framework: "the codebook's framework",
  conclusion: "the study's conclusion",
  sources: "the sources"
};

export interface PlaceholderKind {
  /** What the fields hold ("the study's place"). */
  kind: string;
  /** The fields still holding a placeholder (`place_id`, `sources.0.title`). */
  fields: string[];
}

/** The placeholders left in a study.json value, grouped by kind in the order they stand. */
export function placeholdersIn(meta: unknown): PlaceholderKind[] {
  const found: PlaceholderKind[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (isPlaceholder(value)) {
      const kind = KINDS[path[0] ?? ""] ?? path[0] ?? "study.json";
      const group = found.find((g) => g.kind === kind) ?? (found.push({ kind, fields: [] }), found.at(-1)!);
      group.fields.push(path.join("."));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(meta, []);
  return found;
}

/** One warning line per kind: the count, the fields, what to do. */
export function placeholderWarnings(meta: unknown): string[] {
  return placeholdersIn(meta).map(
    (g) => `study.json: ${g.fields.length} placeholder${g.fields.length === 1 ? "" : "s"} left for ${g.kind} (${g.fields.join(", ")}): replace "${PLACEHOLDER} …" with your study's own words`
  );
}
