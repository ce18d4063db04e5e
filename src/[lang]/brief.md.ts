// The policy brief for one language (--lang=id|en), as static Markdown with build-time SVG charts.
import { parseArgs } from "node:util";
import { briefMarkdown } from "../../loaders/brief.js";
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { studyBundle } from "../../loaders/study/bundle.js";
import { loadStudy } from "../../loaders/study/load.js";
import { isLang } from "../i18n/index.js";

const { values } = parseArgs({ options: { lang: { type: "string" } } });
if (!isLang(values.lang)) throw new Error(`brief.md: expected --lang=id or --lang=en, got ${values.lang}`);
const lang = values.lang;
runEntry("brief.md", () => briefMarkdown(studyBundle(loadStudy(studyDir())), lang));
