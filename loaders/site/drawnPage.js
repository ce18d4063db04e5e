// @ts-check
/**
 * A page loader's whole work (src/[lang]/<page>.md.js): print the page as the build's drawing
 * step drew it into the artifact (loaders/site/artifact.ts), for the language Framework passes
 * (`--lang=id|en`). Plain JavaScript, checked by tsc (`@ts-check`): Node runs a `.js` loader as it
 * is, where a `.ts` one first starts tsx — about 0.06 s against 0.3 s, and a build runs a page
 * loader for each drawn page in each language.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

/** The environment variable that names the artifact's folder for the processes of one build. */
export const ARTIFACT_ENV = "SITE_ARTIFACT";

/**
 * A file the drawing step wrote into the build's artifact (a drawn page, an og:image), or undefined outside a build.
 * @param {string} path
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function artifactFile(path, env = process.env) {
  const dir = env[ARTIFACT_ENV]?.trim();
  return dir ? join(dir, path) : undefined;
}

/**
 * Where the drawing step keeps a drawn page (its page loader prints it).
 * @param {string} lang
 * @param {string} page
 */
export const drawnPagePath = (lang, page) => `pages/${lang}/${page}.md`;

/**
 * A page as the drawing step drew it. Outside a build there is no drawing step: the error says how to get one.
 * @param {string} page
 * @param {string} lang
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function drawnPage(page, lang, env = process.env) {
  const file = artifactFile(drawnPagePath(lang, page), env);
  if (!file || !existsSync(file)) throw new Error(`${page}.md: no drawn page for ${lang} (${file ?? `${ARTIFACT_ENV} is not set`}): page loaders print what the drawing step drew; run them through npm run build or npm run dev`);
  return readFileSync(file, "utf-8");
}

/**
 * Runs a page loader: prints the drawn page for `--lang`, or says on stderr what is wrong and exits 1
 * (nothing on stdout). The languages are the drawing step's: a language it did not draw has no page.
 * @param {string} page
 * @param {string[]} [args]
 * @param {NodeJS.ProcessEnv} [env]
 */
export function printDrawnPage(page, args = process.argv.slice(2), env = process.env) {
  const lang = parseArgs({ args, options: { lang: { type: "string" } }, strict: false }).values.lang;
  let text;
  try {
    if (typeof lang !== "string" || !/^[a-z]{2}$/.test(lang)) throw new Error(`${page}.md: expected --lang=<language>, such as --lang=id, got ${String(lang)}`);
    text = drawnPage(page, lang, env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  process.stdout.write(text);
}
