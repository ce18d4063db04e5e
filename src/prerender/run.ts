/**
 * The drawing step of `npm run build` and `npm run dev`, run once per artifact by
 * scripts/framework.ts (SITE_ARTIFACT names it): draws the pages' charts, the briefs and the
 * og:images into the artifact's folder (draw.ts), where the page loaders and the post-build read
 * them. A located problem (a template naming an unknown chart) prints as
 * `file:line: field: message` and exits 1.
 */
import { ARTIFACT_ENV, siteData } from "../../loaders/site/artifact.js";
import { DataError } from "../../loaders/errors.js";
import { drawArtifact } from "./draw.js";

const dir = process.env[ARTIFACT_ENV];
if (!dir) {
  console.error(`prerender: ${ARTIFACT_ENV} must name the artifact's folder (npm run build and npm run dev set it)`);
  process.exit(2);
}
try {
  const { pages, briefs, og } = await drawArtifact(dir, siteData());
  console.error(`prerender: ${pages} pages with charts drawn, ${briefs} briefs, ${og} og:images`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(`prerender: ${error.message}`);
  process.exit(1);
}
