/** File names for imported sources. */

/** A lowercase ASCII slug of `s` (at most 60 characters), or `fallback` when nothing is left. */
export function slug(s: string, fallback: string): string {
  const out = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return out || fallback;
}

/** A safe, unique file name under source/ for a tool's source name. */
export function sourceFileName(name: string, taken: Set<string>): string {
  const base = slug(name.replace(/\.(txt|docx?|rtf|pdf|odt)$/i, ""), "source");
  let file = `${base}.txt`;
  for (let n = 2; taken.has(file); n++) file = `${base}-${n}.txt`;
  taken.add(file);
  return file;
}

/** A source's short name for locators ("I-01 kader, ¶3"): its name without a file extension, at most 40 characters. */
export function shortName(name: string): string {
  return Array.from(name.replace(/\.(txt|docx?|rtf|pdf|odt)$/i, "").trim()).slice(0, 40).join("") || name;
}
