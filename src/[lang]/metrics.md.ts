// The public-figures page (metrics.page.md) for one language (--lang=id|en), its first chart drawn at build time; built only for a study with figures
// (src/prerender/, run once per build; this loader prints what it drew).
import { drawnPage } from "../../loaders/site/artifact.js";
import { langArg, runEntry } from "../../loaders/site/entry.js";

const lang = langArg("metrics.md");
runEntry("metrics.md", () => drawnPage("metrics", lang));
