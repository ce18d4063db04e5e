/**
 * og:images (src/prerender/og.ts): the site's own charts framed for a link preview, serialised as
 * XML the renderer reads whatever the study's words hold, and rasterised to 1200×630 PNGs.
 */
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildSiteData } from "../loaders/site/siteData.js";
import { ogImages, ogPngs, ogSvg } from "../src/prerender/og.js";
import { t } from "../src/shared/i18n/index.js";

const data = buildSiteData({ STUDY: "data/study" });

describe("og:image", () => {
  it("frames the key chart of the overview, the brief and each dimension page with the page's title, legend and source line", () => {
    const images = ogImages(data, "en");
    expect(images.map((c) => c.path)).toEqual(["/en/index", "/en/brief", ...data.shape.dimensions.map((d) => `/en/dimensions/${d.id}`)]);
    const svg = ogSvg(images[0]!, "en", "Site name");
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain(t("en", "chart.sourceLine"));
    for (const d of data.shape.dimensions) expect(svg).toContain(d.name_en);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it("fills every placeholder of its words, in both languages, on every page's image", () => {
    for (const lang of ["id", "en"] as const) {
      for (const image of ogImages(data, lang)) {
        const words = ogSvg(image, lang, "Site").replace(/<[^>]*>/g, " ");
        expect(words, image.path).not.toMatch(/\{[A-Za-z]+\}/);
      }
    }
  });

  it("is well-formed XML whatever the study's words hold", () => {
    const hostile = `<script>alert(1)</script> "quotes" & </title> ]]> <![CDATA[x]]> \u202e\u200b`;
    const image = ogImages(data, "id")[0]!;
    const overview = { ...data.datasets.overview, dimensions: data.datasets.overview.dimensions.map((d) => ({ ...d, name_id: `${hostile} ${d.name_id}` })) };
    const svg = ogSvg({ ...image, title: hostile, chart: { id: "dimensions", data: { overview, site: data.datasets.site } } }, "id", hostile);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<\/title> \]/);
  });

  it("renders one PNG per page and language, 1200×630", async () => {
    const pngs = ogPngs(data);
    expect(pngs.size).toBe(2 * (2 + data.shape.dimensions.length));
    const png = Buffer.from(await pngs.get("_og/id-overview.png")!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }, 60_000);
});
