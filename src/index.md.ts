// The root page: the study's own name and a link to each language (the default language's page follows by redirect).
import { siteData } from "../loaders/site/artifact.js";
import { runEntry } from "../loaders/site/entry.js";
import { siteField } from "../loaders/study/site.js";
import { escapeMarkdown } from "./shared/html.js";
import { DEFAULT_LANG, LANGS, t } from "./shared/i18n/index.js";

runEntry("index.md", () => {
  const links = LANGS.map((lang) => `[${t(lang, "nav.section")}](./${lang}/)`).join(" · ");
  return `---
toc: false
sidebar: false
---

# ${escapeMarkdown(siteField(siteData().datasets.site, DEFAULT_LANG, "title"))}

${links}
`;
});
