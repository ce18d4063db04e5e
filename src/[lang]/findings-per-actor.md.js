// The worked example's page (findings-per-actor.page.md; docs/add-an-analysis.md) for one language, its chart drawn at build time
// (src/prerender/, run once per build; this loader prints what it drew).
// Plain JavaScript, so Node runs it without tsx (loaders/site/drawnPage.js says why).
import {printDrawnPage} from "../../loaders/site/drawnPage.js";

printDrawnPage("findings-per-actor");
