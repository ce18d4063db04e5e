// The overview page (index.page.md) for one language (--lang=id|en), its charts drawn at build time
// (src/prerender/, run once per build; this loader prints what it drew).
import { drawnPage } from "../../loaders/site/artifact.js";
import { langArg, runEntry } from "../../loaders/site/entry.js";

const lang = langArg("index.md");
runEntry("index.md", () => drawnPage("index", lang));
