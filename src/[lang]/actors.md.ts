// The actors page (actors.page.md) for one language (--lang=id|en), its network drawn at build time
// (src/prerender/, run once per build; this loader prints what it drew).
import { drawnPage } from "../../loaders/site/artifact.js";
import { langArg, runEntry } from "../../loaders/site/entry.js";

const lang = langArg("actors.md");
runEntry("actors.md", () => drawnPage("actors", lang));
