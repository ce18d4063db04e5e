/**
 * The actors-and-channels page in Chromium: in both languages (its labels are the language's),
 * one node per actor that a shown channel touches (a hub's parties included) and one edge or hub
 * per channel, a legend of kinds, ties and dimensions, and tables;
 * in one language each (the behaviour is the same in both), filters by channel kind and
 * dimension, nodes and edges reachable with the keyboard with their details, and the table
 * alternative linking every supporting finding to the explorer.
 */
import { describe, expect, it } from "vitest";
import { loadStudy } from "../../loaders/study/load.js";
import { studyDir } from "../../loaders/site/env.js";
import { LANGS, t, type Lang } from "../../src/shared/i18n/index.js";
import { partiesOf } from "../../src/shared/model/vocab.js";
import { browserAvailable, settle, type Page, useSite, visit } from "./harness.js";

const study = loadStudy(studyDir());
type Channel = (typeof study.channels)[number];

/** Actor ids a set of channels touches, in actors.csv order. */
function actorEnds(channels: readonly Channel[]): string[] {
  const ends = new Set(channels.flatMap(partiesOf));
  return study.actors.map((a) => a.id).filter((id) => ends.has(id));
}

async function shown(page: Page): Promise<{ actors: string[]; programme: boolean; edges: string[]; rows: string[] }> {
  return page.evaluate(() => ({
    actors: [...document.querySelectorAll(".actor-network .node")].map((n) => n.getAttribute("data-node") ?? "").filter((id) => id !== "programme"),
    programme: !!document.querySelector('.actor-network .node[data-node="programme"]'),
    edges: [...document.querySelectorAll(".actor-network .edge")].map((e) => e.getAttribute("data-channel") ?? ""),
    rows: [...document.querySelectorAll(".channel-table tbody tr")].map((tr) => tr.getAttribute("data-channel") ?? "")
  }));
}

async function choose(page: Page, label: string, text: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const options = await select.locator("option").allInnerTexts();
  const index = options.findIndex((o) => o.startsWith(text));
  expect(index, `${label}: no option "${text}" in ${options.join(" | ")}`).toBeGreaterThanOrEqual(0);
  await select.selectOption({ index });
  await settle(page);
}

describe.runIf(browserAvailable)("actors and channels", () => {
  const site = useSite();

  const labelIn = (lang: Lang) => (row: { label_id: string; label_en: string }) => (lang === "id" ? row.label_id : row.label_en);

  for (const lang of LANGS) {
    describe(lang, () => {
      const label = labelIn(lang);

      it("draws one node per connected actor and one edge per channel, with a legend and tables", async () => {
        const { page, consoleErrors } = await visit(site.context, `${site.origin}/${lang}/actors`);
        const got = await shown(page);
        expect(got.actors).toEqual(actorEnds(study.channels));
        expect(got.programme).toBe(study.channels.some((c) => partiesOf(c).includes("programme")));
        expect(got.edges).toEqual(study.channels.map((c) => c.id));
        expect(got.rows).toEqual(study.channels.map((c) => c.id));
        // Every node and edge carries a visible label.
        for (const a of actorEnds(study.channels)) {
          const text = (await page.locator(`.node[data-node="${a}"] .node-label`).textContent()) ?? "";
          expect(text.replace(/\s+/g, "")).toBe(label(study.actors.find((x) => x.id === a)!).replace(/\s+/g, ""));
        }
        expect(await page.locator(".edge .edge-label").count()).toBe(study.channels.length);
        // Actors with no channel are named, not silently dropped.
        const isolated = study.actors.filter((a) => !actorEnds(study.channels).includes(a.id));
        for (const a of isolated) expect(await page.locator(".actor-network .isolated").innerText()).toContain(label(a));
        // Legend: a shape per actor kind (plus the programme), the four looks of a tie, a colour and number per dimension.
        const kinds = new Set(study.actors.map((a) => a.kind));
        expect(await page.locator(".network-legend li").count()).toBe(kinds.size + 1 + 4 + study.dimensions.length);
        expect(await page.locator(".actor-table tbody tr").count()).toBe(study.actors.length);
        expect(consoleErrors).toEqual([]);
        await page.close();
      });
    });
  }

  describe("id", () => {
    const lang = "id";
    const label = labelIn(lang);

    it("filters by channel kind and by dimension", async () => {
      const { page } = await visit(site.context, `${site.origin}/${lang}/actors`);
      const verification = study.channels.filter((c) => c.channel === "accountability-document");
      await choose(page, t(lang, "actors.filterChannel"), label(verification[0]!));
      // The cells re-render after the change event: wait for the filtered view, not a fixed moment.
      await expect.poll(async () => (await shown(page)).edges).toEqual(verification.map((c) => c.id));
      let got = await shown(page);
      expect(got.actors).toEqual(actorEnds(verification));
      expect(got.rows).toEqual(verification.map((c) => c.id));
      await choose(page, t(lang, "actors.filterChannel"), t(lang, "actors.all"));
      await expect.poll(async () => (await shown(page)).edges).toEqual(study.channels.map((c) => c.id));
      const dim = study.dimensions.find((d) => d.id === "accountability-and-performance-management")!;
      await choose(page, t(lang, "actors.filterDimension"), `${dim.order} ${lang === "id" ? dim.name_id : dim.name_en}`);
      const inDim = study.channels.filter((c) => c.dimension === dim.id);
      await expect.poll(async () => (await shown(page)).edges).toEqual(inDim.map((c) => c.id));
      got = await shown(page);
      expect(got.actors).toEqual(actorEnds(inDim));
      expect(got.programme).toBe(true);
      expect(Number(await page.locator(".actor-network").getAttribute("data-edges"))).toBe(inDim.length);
      await expect.poll(() => new URL(page.url()).searchParams.get("dimension")).toBe(dim.id);
      // The filters live in the address: a copied link reopens the same view.
      const shared = page.url();
      expect(new URL(shared).searchParams.get("dimension")).toBe(dim.id);
      expect(new URL(shared).searchParams.has("channel")).toBe(false);
      await page.close();
      const again = await visit(site.context, shared);
      await expect.poll(async () => (await shown(again.page)).edges).toEqual(inDim.map((c) => c.id));
      await again.page.close();
    });
  });

  describe("en", () => {
    const lang = "en";
    const label = labelIn(lang);

    it("reaches edges and nodes with the keyboard and shows their details and findings", async () => {
      const { page } = await visit(site.context, `${site.origin}/${lang}/actors`);
      await page.getByLabel(t(lang, "actors.filterDimension"), { exact: true }).focus();
      // First the mark of our analysis (its method on demand), then the network's first channel.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest('[data-voice="ours"]') !== null && document.activeElement?.tagName)).toBe("SUMMARY");
      await page.keyboard.press("Tab");
      const first = study.channels[0]!;
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-channel"))).toBe(first.id);
      const details = page.locator(".network-details");
      expect(await details.innerText()).toContain(first.id);
      for (const f of first.findings) expect(await details.locator(`a[href="./explorer?id=${f}"]`).count()).toBe(1);
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.classList.contains("details-title"))).toBe(true);
      const puskesmas = study.actors.find((a) => a.id === "puskesmas")!;
      await page.locator('.node[data-node="puskesmas"]').focus();
      expect(await details.locator("h3").innerText()).toBe(label(puskesmas));
      expect(await page.locator('.node[data-node="puskesmas"]').getAttribute("tabindex")).toBe("0");
      await page.close();
    });

    it("links every supporting finding to the explorer, which opens it", async () => {
      const { page } = await visit(site.context, `${site.origin}/${lang}/actors`);
      for (const c of study.channels) {
        const links = await page.locator(`.channel-table tr[data-channel="${c.id}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        expect(links).toEqual(c.findings.map((f) => `./explorer?id=${f}`));
      }
      const target = study.channels[0]!.findings[0]!;
      await page.locator(`.channel-table tr[data-channel="${study.channels[0]!.id}"] a`).first().click();
      await page.waitForURL(`**/${lang}/explorer?id=${target}`);
      await settle(page);
      expect(await page.locator(".segment-detail").getAttribute("data-id")).toBe(target);
      await page.close();
    });
  });
});
