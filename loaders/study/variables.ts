/**
 * Case variables and their values. A variable's type is one of REFI-QDA's (Text, Integer, Float,
 * Boolean, Date, DateTime), written in lower case in variables.csv. A value is stored as text in
 * case-values.csv and must read as its variable's type:
 *
 * - integer: an optional minus sign and digits (`12`, `-3`);
 * - float: an integer with an optional dot decimal (`2.5`; no exponent, no thousands separators),
 *   as xsd:decimal, REFI-QDA's type for it;
 * - boolean: `true` or `false`;
 * - date: `YYYY-MM-DD`, a real calendar day;
 * - datetime: `YYYY-MM-DDTHH:MM:SS[.fff]` with an optional `Z` or `±HH:MM` offset (xsd:dateTime);
 * - text: any non-empty text.
 *
 * Values are kept as written: the matrix and the export use them as they stand.
 */

import { VARIABLE_TYPES, type VariableType } from "../../src/shared/model/vocab.js";

export { VARIABLE_TYPES, type VariableType };

/** REFI-QDA's name of each type (the `typeOfVariable` attribute) and the element its values go in. */
export const QDA_TYPES: Record<VariableType, { type: string; element: string }> = {
  text: { type: "Text", element: "TextValue" },
  integer: { type: "Integer", element: "IntegerValue" },
  float: { type: "Float", element: "FloatValue" },
  boolean: { type: "Boolean", element: "BooleanValue" },
  date: { type: "Date", element: "DateValue" },
  datetime: { type: "DateTime", element: "DateTimeValue" }
};

/** Our type for a REFI-QDA `typeOfVariable` (any case); undefined for an unknown one. */
export function typeFromQda(name: string | undefined): VariableType | undefined {
  const key = (name ?? "").trim().toLowerCase();
  return (VARIABLE_TYPES as readonly string[]).includes(key) ? (key as VariableType) : undefined;
}

const INTEGER = /^-?\d+$/;
const FLOAT = /^-?\d+(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;

function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** What a value of each type looks like, for messages. */
const EXPECTED: Record<VariableType, string> = {
  text: "a non-empty text",
  integer: "a whole number such as 12 or -3",
  float: "a number with a dot decimal such as 2.5 (no thousands separators)",
  boolean: "true or false",
  date: "a date written YYYY-MM-DD",
  datetime: "a date and time written YYYY-MM-DDTHH:MM:SS (optionally with Z or an offset such as +07:00)"
};

/** Undefined when `value` reads as `type`, else what was expected (for a located message). */
export function checkValue(type: VariableType, value: string): string | undefined {
  const ok =
    type === "text" ? value.trim() !== "" :
    type === "integer" ? INTEGER.test(value) :
    type === "float" ? FLOAT.test(value) :
    type === "boolean" ? value === "true" || value === "false" :
    type === "date" ? isDate(value) :
    DATETIME.test(value) && isDate(value.slice(0, 10));
  return ok ? undefined : `expected ${EXPECTED[type]}`;
}

/**
 * A value as a tool wrote it, in our form: booleans as `true`/`false` (xsd:boolean also allows 1
 * and 0), numbers without a leading plus, the rest trimmed. Undefined when it does not read as
 * the type at all.
 */
export function normaliseValue(type: VariableType, raw: string): string | undefined {
  let v = raw.trim();
  if (type === "boolean") v = /^(true|1)$/i.test(v) ? "true" : /^(false|0)$/i.test(v) ? "false" : v;
  if (type === "integer" || type === "float") v = v.replace(/^\+/, "");
  return checkValue(type, v) === undefined ? v : undefined;
}

/** The narrowest type every one of `values` reads as (text when none is narrower, or when there are none). */
export function inferType(values: readonly string[]): VariableType {
  const present = values.map((v) => v.trim()).filter(Boolean);
  if (!present.length) return "text";
  for (const type of ["integer", "float", "boolean", "date", "datetime"] as const) {
    if (present.every((v) => normaliseValue(type, v) !== undefined)) return type;
  }
  return "text";
}

/** Orders two values of one type: numbers by size, booleans false first, dates and text as written (text by Indonesian collation). */
export function compareValues(type: VariableType, a: string, b: string): number {
  if (type === "integer" || type === "float") return Number(a) - Number(b) || a.localeCompare(b);
  if (type === "boolean") return (a === "true" ? 1 : 0) - (b === "true" ? 1 : 0);
  if (type === "date" || type === "datetime") return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b, "id");
}
