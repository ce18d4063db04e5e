/**
 * The privacy guard. Interview text is personal data: a study may not carry Indonesian NIK
 * numbers (16 digits), phone numbers (+62… or 08…), e-mail addresses, or any name listed in the
 * study's private-names.txt, unless that exact segment is allowed in allow-private.csv.
 * Informants appear only by pseudonymous ids.
 *
 * Every problem says where (file:line: field) and what kind of value was found, and shows the
 * value masked (`0812****`): the guard never prints what it protects.
 *
 * Segments are identified for allow-private.csv (`file,id,reason`) as follows:
 * findings, recommendations, actors, channels, cases: the row's `id`; case-values.csv: the case's
 * id (all its values); excluded.csv: `<start>-<end>`; a source text: `L<line>` (the line of the
 * file on which the value stands).
 */
import type { Problem } from "../errors.js";
import type { Row } from "../csv.js";
import type { Allow } from "./schema.js";

export type PrivateKind = "NIK" | "phone number" | "e-mail address" | "private name";

export interface Detection {
  kind: PrivateKind;
  /** Offset in the text (UTF-16 units) and the matched value. */
  index: number;
  value: string;
}

/** Shows the first few characters only: `0812****`, `bu****`. */
export function mask(value: string): string {
  const chars = Array.from(value);
  const keep = Math.min(4, Math.floor(chars.length / 3));
  return `${chars.slice(0, keep).join("")}****`;
}

const NIK = /(?<![\p{L}\p{N}])\d{16}(?![\p{L}\p{N}])/gu;
/** +62 / 62 / 0 followed by 8 (mobile) and 7–11 more digits, with optional spaces, dots or dashes; or +62 with any area code. */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+62[\s.-]?\(?\d{1,4}\)?|\(?0\)?8\d{1,3})(?:[\s.-]?\d{2,4}){2,3}(?![\p{L}\p{N}])/gu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}(?![\p{L}\p{N}])/gu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A matcher for the listed names: whole words, case-insensitive, any whitespace between parts. */
export function namesPattern(names: readonly string[]): RegExp | undefined {
  const parts = names
    .map((n) => n.trim())
    .filter((n) => Array.from(n).length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.split(/\s+/).map(escapeRegExp).join("\\s+"));
  if (!parts.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** Every private value in `text`. A number counted as a NIK is not counted again as a phone number. */
export function detect(text: string, names?: RegExp): Detection[] {
  const found: Detection[] = [];
  const take = (re: RegExp, kind: PrivateKind) => {
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      const overlaps = found.some((d) => index < d.index + d.value.length && d.index < index + m[0].length);
      if (!overlaps) found.push({ kind, index, value: m[0] });
    }
  };
  take(NIK, "NIK");
  take(EMAIL, "e-mail address");
  take(PHONE, "phone number");
  if (names) take(names, "private name");
  return found.sort((a, b) => a.index - b.index);
}

function message(d: Detection): string {
  const what = d.kind === "private name" ? "a name listed in private-names.txt" : d.kind === "e-mail address" ? "an e-mail address" : `a ${d.kind}`;
  return `contains ${what} (${mask(d.value)}); informants appear only by pseudonymous ids — remove it, or allow this exact segment in allow-private.csv`;
}

export interface PrivacyInput {
  rows: {
    findings: Row<{ id: string; text_id: string; text_en: string }>[];
    recommendations: Row<{ id: string; text_id: string; text_en: string }>[];
    actors: Row<{ id: string; label_id: string; label_en: string }>[];
    channels: Row<{ id: string; label_id: string; label_en: string }>[];
    excluded: Row<{ start: number; end: number; text: string; reason: string; reason_id?: string | undefined }>[];
    /** Cases' names and notes, and their variables' values (absent in synthetic studies). */
    cases?: Row<{ id: string; name: string; description: string }>[];
    caseValues?: Row<{ case: string; value: string }>[];
  };
  /** Source texts by file name under source/. */
  sources: Record<string, string>;
  privateNames: readonly string[];
  allow: readonly Allow[];
}

/** Checks every text field named in the module comment; returns one located problem per value found. */
export function checkPrivacy(input: PrivacyInput): Problem[] {
  const problems: Problem[] = [];
  const names = namesPattern(input.privateNames);
  const allowed = new Set(input.allow.map((a) => `${a.file}\u0000${a.id}`));
  const isAllowed = (file: string, id: string) => allowed.has(`${file}\u0000${id}`);
  const scan = <T>(file: string, rows: Row<T>[], id: (v: T) => string, fields: (keyof T & string)[]) => {
    for (const { line, value } of rows) {
      if (isAllowed(file, id(value))) continue;
      for (const field of fields) {
        for (const d of detect(String(value[field] ?? ""), names)) problems.push({ file, line, field, message: message(d) });
      }
    }
  };
  scan("findings.csv", input.rows.findings, (v) => v.id, ["text_id", "text_en"]);
  scan("recommendations.csv", input.rows.recommendations, (v) => v.id, ["text_id", "text_en"]);
  scan("actors.csv", input.rows.actors, (v) => v.id, ["label_id", "label_en"]);
  scan("channels.csv", input.rows.channels, (v) => v.id, ["label_id", "label_en"]);
  scan("excluded.csv", input.rows.excluded, (v) => `${v.start}-${v.end}`, ["text", "reason", "reason_id"]);
  scan("cases.csv", input.rows.cases ?? [], (v) => v.id, ["name", "description"]);
  scan("case-values.csv", input.rows.caseValues ?? [], (v) => v.case, ["value"]);
  for (const [name, text] of Object.entries(input.sources)) {
    const file = `source/${name}`;
    const lines = text.split("\n");
    lines.forEach((lineText, i) => {
      if (isAllowed(file, `L${i + 1}`)) return;
      for (const d of detect(lineText, names)) problems.push({ file, line: i + 1, field: "text", message: message(d) });
    });
  }
  return problems;
}
