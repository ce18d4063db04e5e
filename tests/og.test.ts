import { describe, expect, it } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { t, tw } from "../src/shared/i18n/index.js";
import { OG_LOCALE, ogDescription, ogImageFile, ogTags, shorten } from "../src/shared/og.js";

const study = loadStudy("data/study");
const ctx = { dimensions: study.dimensions, kind: study.meta.source_kind, siteName: { id: "Nama situs", en: "Site name" } };
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const meta = (tags: string, property: string) => {
  const raw = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(tags)?.[1];
  return raw === undefined ? undefined : decode(raw);
};

describe("Open Graph tags", () => {
  it("give every page its title, its lede in its language and its locale", () => {
    const tags = ogTags("/en/explorer", "Evidence & more", ctx);
    expect(meta(tags, "og:title")).toBe("Evidence & more");
    expect(meta(tags, "og:description")).toBe(shorten(t("en", "explorer.intro")));
    expect(meta(tags, "og:locale")).toBe(OG_LOCALE.en);
    expect(meta(tags, "og:image")).toBeUndefined();
    expect(ogDescription("/id/stages", ctx)).toBe(shorten(tw("id", "stages.lede", study.meta.source_kind)));
    const d = study.dimensions[0]!;
    expect(ogDescription(`/id/dimensions/${d.id}`, ctx)).toBe(shorten(d.description_id));
  });

  it("point the overview, the brief and the dimension pages at their image, relative or under SITE_URL", () => {
    expect(ogImageFile("/id/index", study.dimensions)).toBe("_og/id-overview.png");
    expect(ogImageFile("/en/brief", study.dimensions)).toBe("_og/en-brief.png");
    expect(ogImageFile("/en/metrics", study.dimensions)).toBeUndefined();
    expect(ogImageFile("/en/dimensions/nope", study.dimensions)).toBeUndefined();
    const d = study.dimensions[0]!;
    expect(meta(ogTags(`/en/dimensions/${d.id}`, "x", ctx), "og:image")).toBe(`../../_og/en-dimension-${d.id}.png`);
    expect(meta(ogTags("/id/index", "x", ctx, "https://example.org/site/"), "og:image")).toBe("https://example.org/site/_og/id-overview.png");
    expect(ogTags("/", "x", ctx)).toBe("");
  });

  it("cuts a long description at a word", () => {
    expect(shorten("word ".repeat(100), 30)).toMatch(/^(word ){5}word…$|^(word ?)+…$/);
    expect(shorten("word ".repeat(100), 30).length).toBeLessThanOrEqual(30);
  });
});
