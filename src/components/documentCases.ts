/**
 * The cases a source text belongs to, named on its document page with their variable values
 * ("INF-01 (the whole text): peran kader · kelurahan Utara"), and a link to compare them. The
 * names and values are the study's, written as they stand.
 */
import { t, type Lang } from "../shared/i18n/index.js";
import type { DocCase } from "../shared/model/document.js";
import { el } from "./dom.js";

export function documentCases(cases: readonly DocCase[], { lang, root = "../" }: { lang: Lang; root?: string }): HTMLElement | null {
  if (!cases.length) return null;
  return el(
    "section",
    { class: "doc-cases", "aria-label": t(lang, "document.cases") },
    el("h2", {}, t(lang, "document.cases")),
    el(
      "ul",
      {},
      cases.map((c) =>
        el(
          "li",
          { "data-case": c.id },
          el("strong", {}, c.name),
          ` (${t(lang, c.whole ? "document.caseWhole" : "document.casePart")})`,
          c.values.length ? [": ", c.values.flatMap((v, i) => [i ? " · " : "", el("span", { class: "doc-case-variable" }, v.variable), " ", v.value])] : null,
          c.description ? el("div", { class: "doc-case-description" }, c.description) : null
        )
      )
    ),
    el("p", {}, el("a", { href: `${root}compare` }, t(lang, "document.compareLink")))
  );
}
