// The policy brief for one language (--lang=id|en): static Markdown with the site's own charts drawn at build time
// (src/prerender/, run once per build; this loader prints what it drew).
// Plain JavaScript, so Node runs it without tsx (loaders/site/drawnPage.js says why).
import {printDrawnPage} from "../../loaders/site/drawnPage.js";

printDrawnPage("brief");
