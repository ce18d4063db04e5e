// The policy brief for one language (--lang=id|en): static Markdown with the site's own charts drawn at build time
// (src/prerender/, run once per build; this loader prints what it drew).
import { drawnPage } from "../../loaders/site/artifact.js";
import { langArg, runEntry } from "../../loaders/site/entry.js";

const lang = langArg("brief.md");
runEntry("brief.md", () => drawnPage("brief", lang));
