/**
 * A build's artifact made in the test's own process, as scripts/framework.ts makes it: the site's
 * data read once from a study folder, written to a fresh folder, and everything drawn into it
 * (src/prerender/draw.ts). One per study and test file. A test that needs only the data (or the
 * data and files it writes itself) takes `artifactDataFor`, which draws nothing (drawing
 * everything takes seconds).
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { join } from "node:path";
import { writeArtifactData } from "../loaders/site/artifact.js";
import { buildSiteData, type SiteData } from "../loaders/site/siteData.js";
import { drawArtifact } from "../src/prerender/draw.js";
import { entryOutput } from "./inProcess.js";

const made = new Map<string, { dir: string; data: SiteData }>();
const drawn = new Set<string>();

/** The artifact's data, written to a fresh folder; nothing drawn. */
export function artifactDataFor(study = "data/study"): { dir: string; data: SiteData } {
  const known = made.get(study);
  if (known) return known;
  mkdirSync("tests/.artifacts", { recursive: true });
  const dir = join(mkdtempSync(join("tests/.artifacts", "artifact-")), "a");
  const data = buildSiteData({ STUDY: study });
  writeArtifactData(dir, data);
  made.set(study, { dir, data });
  return { dir, data };
}

/** The whole artifact: the data, and every page, brief and og:image drawn into it. */
export async function artifactFor(study = "data/study"): Promise<{ dir: string; data: SiteData }> {
  const artifact = artifactDataFor(study);
  if (!drawn.has(study)) {
    await drawArtifact(artifact.dir, artifact.data);
    drawn.add(study);
  }
  return artifact;
}

/** The members of the site's archive (src/data/site.zip.ts), its loader run in this process with `env` (e.g. `{ STUDY: dir }`). */
export async function siteMembers(env: Record<string, string | undefined>): Promise<Record<string, Uint8Array>> {
  return unzipSync((await entryOutput("src/data/site.zip.ts", env)) as Uint8Array);
}

/** A member of the archive as JSON. */
export const jsonOf = <T = unknown>(members: Record<string, Uint8Array>, name: string): T => JSON.parse(strFromU8(members[name]!)) as T;
