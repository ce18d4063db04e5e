// @vitest-environment jsdom
/** The "related public figures" block a dimension page can show, from metrics.json's `related` index. */
import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import { relatedMetrics } from "../src/components/relatedMetrics.js";

const bundle = metricsBundle(loadMetrics("tests/fixtures/metrics-mini"));

describe("relatedMetrics (component)", () => {
  it("lists each linked indicator with the link's note and every figure with its source", () => {
    const node = relatedMetrics(bundle, "management-of-lay-actors", { lang: "id", metricsHref: "../metrics" }) as HTMLElement;
    expect(node.querySelector("h3")!.textContent).toBe("Jumlah Kader Surabaya Hebat (KSH)");
    expect(node.textContent).toContain("Kesimpulan penelitian menyebut pengelolaan aktor non-profesional");
    const items = [...node.querySelectorAll("li[data-id]")];
    expect(items.map((li) => li.getAttribute("data-id"))).toEqual(["O077", "O078"]);
    expect(items[0]!.textContent).toContain("28.848 orang");
    expect(items[0]!.textContent).toContain("selalu.id, 27 Januari 2022");
    expect(items[0]!.querySelector("a")!.getAttribute("href")).toMatch(/^https:\/\/selalu\.id\//);
    expect(node.querySelector('a[href="../metrics"]')).not.toBeNull();
  });

  it("speaks the page's language: the link's note, each figure's caveat and the mark of a title without a headline", () => {
    const id = relatedMetrics(bundle, "management-of-lay-actors", { lang: "id" }) as HTMLElement;
    const en = relatedMetrics(bundle, "management-of-lay-actors", { lang: "en" }) as HTMLElement;
    const o = bundle.observations.find((x) => x.id === "O077")!;
    const first = (node: HTMLElement) => node.querySelector('li[data-id="O077"]')!.textContent!;
    expect(first(id)).toContain(o.note_id);
    expect(first(id)).not.toContain(o.note);
    expect(first(en)).toContain(o.note);
    expect(first(id)).toContain("[judul tidak tercatat; potongan alamat URL] news-999-");
    expect(id.textContent).not.toContain("headline not recorded");
    expect(first(en)).toContain("[headline not recorded; URL slug] news-999-");
    expect(id.querySelector('li[data-id="O077"] a')!.getAttribute("href")).toBe(o.url);
  });

  it("renders nothing for a dimension without links", () => {
    const node = relatedMetrics(bundle, "leadership", { lang: "en" });
    expect(node.childNodes.length).toBe(0);
  });
});
