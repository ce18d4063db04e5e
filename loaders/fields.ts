/** Field types shared by the schemas: every cell arrives as a string and is checked here. */
import { z } from "zod";

/** A non-empty, trimmed text. */
export const text = (what = "a non-empty text") =>
  z.string().refine((s) => s.trim() !== "", `expected ${what}`).transform((s) => s.trim());

/** An optional text: empty cells become "". */
export const optionalText = () => z.string().transform((s) => s.trim());

/** A kebab-case or upper-case id such as `planning` or `F01`. */
export const id = () => z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "expected an id (letters, digits, - or _)");

/** A whole number ≥ 0. */
export const whole = () => z.string().regex(/^\d+$/, "expected a whole number").transform(Number);

/** A decimal number written with a dot and no thousands separators. */
export const decimal = () =>
  z.string().regex(/^-?\d+(\.\d+)?$/, "expected a number with a dot decimal and no thousands separators").transform(Number);

/** A `;`-separated list of ids; the empty cell is the empty list. */
export const idList = () =>
  z
    .string()
    .regex(/^$|^[A-Za-z0-9][A-Za-z0-9_-]*(;[A-Za-z0-9][A-Za-z0-9_-]*)*$/, "expected ids separated by ; with no spaces")
    .transform((s) => (s ? s.split(";") : []));

/** One of a fixed set of values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of: ${values.join(", ")}` });

/** An http(s) URL. */
export const url = () => z.string().regex(/^https?:\/\/\S+$/, "expected an http(s) URL");
