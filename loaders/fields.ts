/**
 * Field types shared by the schemas: every cell arrives as a string and is checked here.
 *
 * Each field type also registers a fast check: a plain function that returns the same output
 * as the zod schema for a value the schema accepts, and REJECT otherwise. parseCsv uses the fast
 * checks for whole rows (see `rowCheck`) and asks zod only about a row a fast check rejects, so
 * the problems are always zod's. (tests/fields.test.ts checks each pair against each other.)
 */
import { z } from "zod";

/** What a fast check returns for a value it does not accept. */
export const REJECT: unique symbol = Symbol("reject");
export type FastCheck = (value: string) => unknown;

const fastChecks = new WeakMap<z.ZodType, FastCheck>();

function withFastCheck<T extends z.ZodType>(schema: T, check: FastCheck): T {
  fastChecks.set(schema, check);
  return schema;
}

/** The fast check registered for `schema`, if it is one of the field types below. */
export function fastCheckOf(schema: z.ZodType): FastCheck | undefined {
  return fastChecks.get(schema);
}

/**
 * A check of a whole row for an object schema whose every field has a fast check (and no
 * catch-all or object-level refinement). It reads the cells of the schema's keys from `cells`
 * at the positions `at` (in the schema's key order: `at[i]` is where `keys[i]` is) and returns
 * the output zod would give, or undefined when any cell is rejected. Undefined for any other schema.
 */
export function rowCheck(
  schema: z.ZodObject
): { keys: string[]; check(cells: readonly string[], at: readonly number[]): Record<string, unknown> | undefined } | undefined {
  const def = schema._zod.def;
  if (def.catchall !== undefined || def.checks?.length) return undefined;
  const keys: string[] = [];
  const checks: FastCheck[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const check = fastCheckOf(field as z.ZodType);
    if (!check) return undefined;
    keys.push(key);
    checks.push(check);
  }
  return {
    keys,
    check(cells, at) {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const raw = cells[at[i]!];
        if (raw === undefined) return undefined;
        const value = checks[i]!(raw);
        if (value === REJECT) return undefined;
        out[keys[i]!] = value;
      }
      return out;
    }
  };
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const ID_LIST = /^$|^[A-Za-z0-9][A-Za-z0-9_-]*(;[A-Za-z0-9][A-Za-z0-9_-]*)*$/;
const URL = /^https?:\/\/\S+$/;

/** A non-empty, trimmed text. */
export const text = (what = "a non-empty text") =>
  withFastCheck(
    z.string().refine((s) => s.trim() !== "", `expected ${what}`).transform((s) => s.trim()),
    (s) => {
      const t = s.trim();
      return t === "" ? REJECT : t;
    }
  );

/** An optional text: empty cells become "". */
export const optionalText = () => withFastCheck(z.string().transform((s) => s.trim()), (s) => s.trim());

/** A kebab-case or upper-case id such as `planning` or `F01`. */
export const id = () =>
  withFastCheck(z.string().regex(ID, "expected an id (letters, digits, - or _)"), (s) => (ID.test(s) ? s : REJECT));

/** An id or the empty cell (for an optional reference). */
export const idOrEmpty = () => withFastCheck(z.union([id(), z.literal("")]), (s) => (s === "" || ID.test(s) ? s : REJECT));

/** A whole number ≥ 0. */
export const whole = () =>
  withFastCheck(z.string().regex(WHOLE, "expected a whole number").transform(Number), (s) => (WHOLE.test(s) ? Number(s) : REJECT));

/** A whole number ≥ 0, or the empty cell (null): an optional offset. */
export const wholeOrEmpty = () =>
  withFastCheck(
    z.union([z.literal("").transform(() => null), z.string().regex(WHOLE, "expected a whole number or an empty cell").transform(Number)]),
    (s) => (s === "" ? null : WHOLE.test(s) ? Number(s) : REJECT)
  );

/** A decimal number written with a dot and no thousands separators. */
export const decimal = () =>
  withFastCheck(
    z.string().regex(DECIMAL, "expected a number with a dot decimal and no thousands separators").transform(Number),
    (s) => (DECIMAL.test(s) ? Number(s) : REJECT)
  );

/** A `;`-separated list of ids; the empty cell is the empty list. */
export const idList = () =>
  withFastCheck(
    z
      .string()
      .regex(ID_LIST, "expected ids separated by ; with no spaces")
      .transform((s) => (s ? s.split(";") : [])),
    (s) => (s === "" ? [] : ID_LIST.test(s) ? s.split(";") : REJECT)
  );

/** One of a fixed set of values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  withFastCheck(z.enum(values, { error: `expected one of: ${values.join(", ")}` }), (s) => (values.includes(s) ? s : REJECT));

/** One of a fixed set of lower-case values, written in any case ("Integer" reads as "integer"). */
export const oneOfAnyCase = <const T extends readonly [string, ...string[]]>(values: T) =>
  withFastCheck(
    z
      .string()
      .transform((s) => s.trim().toLowerCase())
      .pipe(z.enum(values, { error: `expected one of: ${values.join(", ")}` })),
    (s) => {
      const v = s.trim().toLowerCase();
      return values.includes(v) ? v : REJECT;
    }
  );

/** An http(s) URL. */
export const url = () => withFastCheck(z.string().regex(URL, "expected an http(s) URL"), (s) => (URL.test(s) ? s : REJECT));
