// The public-figures page (metrics.page.md) for one language (--lang=id|en), its first chart drawn at build time; built only for a study with figures
// (src/prerender/, run once per build; this loader prints what it drew).
// Plain JavaScript, so Node runs it without tsx (loaders/site/drawnPage.js says why).
import {printDrawnPage} from "../../loaders/site/drawnPage.js";

printDrawnPage("metrics");
