// The worked example's page (findings-per-actor.page.md; docs/add-an-analysis.md) for one language, its chart drawn at build time
// (src/prerender/, run once per build; this loader prints what it drew).
import { drawnPage } from "../../loaders/site/artifact.js";
import { langArg, runEntry } from "../../loaders/site/entry.js";

const lang = langArg("findings-per-actor.md");
runEntry("findings-per-actor.md", () => drawnPage("findings-per-actor", lang));
