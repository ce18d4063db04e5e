/**
 * The coder agreement page's body: per second coder, a table of the dimensions either coder
 * used, with the cross table of units (characters), percentage agreement, Cohen's kappa and
 * Krippendorff's alpha (loaders/agree/site.ts computes them; docs/agreement.md has the method).
 */
import type { AgreementView, CoderAgreement } from "../shared/model/agreement.js";
import { formatNumber, pick, t, type Lang } from "../shared/i18n/index.js";
import { el, tf } from "./evidence.js";

export interface AgreementOptions {
  lang: Lang;
}

function coderTable(coder: CoderAgreement, lang: Lang): HTMLElement {
  const n = (x: number) => formatNumber(lang, x);
  const f = (x: number, digits: number) => formatNumber(lang, x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const headers = [
    t(lang, "agreement.dimension"),
    t(lang, "agreement.both"),
    t(lang, "agreement.first"),
    tf(lang, "agreement.second", { name: coder.name }),
    t(lang, "agreement.neither"),
    t(lang, "agreement.percent"),
    t(lang, "agreement.kappa"),
    t(lang, "agreement.alpha")
  ];
  return el(
    "section",
    { class: "agreement-coder", "data-coder": coder.name },
    el("h2", {}, tf(lang, "agreement.coder", { name: coder.name, n: coder.segments })),
    el(
      "div",
      { class: "agreement-scroll", tabindex: 0, role: "region", "aria-label": tf(lang, "agreement.caption", { name: coder.name }) },
      el(
        "table",
        { class: "agreement-table" },
        el("caption", {}, tf(lang, "agreement.caption", { name: coder.name })),
        el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col" }, h)))),
        el(
          "tbody",
          {},
          coder.dimensions.map((d) =>
            el(
              "tr",
              { "data-dimension": d.dimension },
              el("th", { scope: "row" }, pick(lang, d, "name")),
              el("td", {}, n(d.both)),
              el("td", {}, n(d.onlyFirst)),
              el("td", {}, n(d.onlySecond)),
              el("td", {}, n(d.neither)),
              el("td", {}, f(d.percent, 1)),
              el("td", { class: "kappa" }, f(d.kappa, 3)),
              el("td", {}, d.alpha === null ? t(lang, "agreement.na") : f(d.alpha, 3))
            )
          )
        )
      )
    ),
    coder.notes.length ? el("ul", { class: "help", lang: "en" }, coder.notes.map((x) => el("li", {}, x))) : null
  );
}

export function agreementTables(view: AgreementView, { lang }: AgreementOptions): HTMLElement {
  if (!view.coders.length) return el("p", { class: "empty" }, t(lang, "agreement.none"));
  return el("div", { class: "agreement" }, view.coders.map((c) => coderTable(c, lang)));
}
