import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { siteText } from "../loaders/study/site.js";

describe("the study's own words for the site", () => {
  it("come from the Kalirungkut study folder", () => {
    const site = siteText(loadStudy("data/study"), true);
    expect(site.source_kind).toBe("thesis-chapter");
    expect(site.title_en).toBe("Co-production in the 1000 HPK programme, Puskesmas Kalirungkut");
    expect(site.prose.programme?.en).toMatch(/F04/);
    expect(site.has).toEqual({ metrics: true, assessments: true, recommendations: true, actors: true });
  });

  it("default to the study's title and id, and to neutral words for the source", () => {
    const mini = loadStudy("tests/fixtures/study-mini");
    const site = siteText({ ...mini, meta: { ...mini.meta, site: undefined, source_kind: undefined, conclusion: undefined }, recommendations: [], assessments: [] }, false);
    expect(site.title_en).toBe(mini.meta.title_en);
    expect(site.short_name).toBe(mini.meta.id);
    expect(site.source_kind).toBe("documents");
    expect(site.brief_title_en).toBeNull();
    expect(site.has).toMatchObject({ metrics: false, assessments: false, recommendations: false });
  });
});
