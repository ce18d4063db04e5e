/**
 * The phone profile: each page as a mid-range phone on a slow mobile network sees it — a
 * 390 × 844 viewport, the CPU slowed 4× and "slow 4G" network emulation through the Chrome
 * DevTools Protocol — reporting the bytes transferred and the time to the first chart.
 *
 * Slow 4G uses Lighthouse's figures for DevTools throttling of its mobile profile: 562.5 ms
 * added to every request (its 150 ms round trip × 3.75, the factor Lighthouse applies when the
 * browser, not the network, throttles), 1,474.56 kbit/s down and 675 kbit/s up.
 */
import type { BrowserContext } from "playwright-core";
import { FIRST_CHART_SCRIPT } from "./pages.js";
import { median } from "./stats.js";

export const PHONE = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  /** Network.emulateNetworkConditions: latency in ms, throughput in bytes per second. */
  network: { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1000) / 8, uploadThroughput: (675 * 1000) / 8 }
} as const;

export interface PhoneRun {
  /** Milliseconds from navigation start to the first chart (a build-time drawing counts). */
  firstChartMs: number;
  /** Milliseconds from navigation start to the first chart drawn by the page's code. */
  liveChartMs: number;
  /** Bytes received over the network (encoded, as sent) until the page was idle. */
  bytes: number;
}

export interface PhoneResult {
  path: string;
  runs: PhoneRun[];
  medianMs: number;
  /** The median of the runs' liveChartMs. */
  liveMedianMs: number;
  bytes: number;
}

/** One load of `url` under the phone profile, with an empty cache. */
export async function phoneRun(context: BrowserContext, url: string, timeoutMs = 180_000): Promise<PhoneRun> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(PHONE.viewport);
    const cdp = await context.newCDPSession(page);
    let bytes = 0;
    cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", PHONE.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
    await page.addInitScript(FIRST_CHART_SCRIPT);
    await page.goto(url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(() => (window as unknown as { __firstChartMs?: number }).__firstChartMs, undefined, { timeout: timeoutMs, polling: 100 });
    const firstChartMs = Number(await handle.jsonValue());
    const live = await page.waitForFunction(() => (window as unknown as { __liveChartMs?: number }).__liveChartMs, undefined, { timeout: timeoutMs, polling: 100 });
    const liveChartMs = Number(await live.jsonValue());
    await page.waitForLoadState("networkidle", { timeout: timeoutMs });
    return { firstChartMs, liveChartMs, bytes };
  } finally {
    await page.close();
  }
}

export async function phoneProfile(context: BrowserContext, origin: string, path: string, runs: number): Promise<PhoneResult> {
  const all: PhoneRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await phoneRun(context, origin + path));
  return {
    path,
    runs: all,
    medianMs: median(all.map((r) => r.firstChartMs)),
    liveMedianMs: median(all.map((r) => r.liveChartMs)),
    bytes: median(all.map((r) => r.bytes))
  };
}
