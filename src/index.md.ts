// The root page: the study's own name and a link to each language (the default language's page follows by redirect).
import { runEntry } from "../loaders/site/entry.js";
import { hasMetrics, studyDir } from "../loaders/site/env.js";
import { loadStudy } from "../loaders/study/load.js";
import { siteField, siteText } from "../loaders/study/site.js";
import { escapeMarkdown } from "./shared/html.js";
import { DEFAULT_LANG, LANGS, t } from "./shared/i18n/index.js";

runEntry("index.md", () => {
  const site = siteText(loadStudy(studyDir()), hasMetrics());
  const links = LANGS.map((lang) => `[${t(lang, "nav.section")}](./${lang}/)`).join(" · ");
  return `---
toc: false
sidebar: false
---

# ${escapeMarkdown(siteField(site, DEFAULT_LANG, "title"))}

${links}
`;
});
