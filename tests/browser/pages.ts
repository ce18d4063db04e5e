/** Every page the site builds, from the same route list the sidebar uses. */
import { loadStudy } from "../../loaders/study/load.js";
import { studyDir } from "../../loaders/site/env.js";
import { dynamicPaths } from "../../src/site/routes.js";

export function sitePages(): string[] {
  return ["/", ...dynamicPaths(loadStudy(studyDir()).dimensions)];
}
