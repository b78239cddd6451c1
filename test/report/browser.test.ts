// The HTML report in a real browser: Debian's Chromium, headless, driven by playwright-core.
// Skipped with a message on a machine without /usr/bin/chromium; never skipped in CI.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";
import { exampleData, hostileFile, isKey, report, SCRIPT_PAYLOAD, IMG_PAYLOAD } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const inCI = process.env.CI === "true";
if (!hasChromium && !inCI) console.warn(`Chromium not found: browser tests skipped (no ${CHROMIUM}; apt-get install chromium to run them)`);

describe.runIf(inCI && !hasChromium)("report in headless Chromium (CI)", () => {
  it("needs Chromium", () => {
    throw new Error(`Chromium not found at ${CHROMIUM}: in CI the browser tests must run; .ci/run installs Debian's chromium package`);
  });
});

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
  dialogs: string[];
}

describe.skipIf(!hasChromium)("report in headless Chromium", () => {
  let browser: Browser;
  let portfolioUrl: string;
  let hostileUrl: string;
  let digiUrl: string;

  beforeAll(async () => {
    const dir = tempDir("portvokter-report-browser-");
    const write = (name: string, args: string[]) => {
      const r = report(args);
      if (!r.stdout.startsWith("<!DOCTYPE html>")) throw new Error(`no report (exit ${r.code}): ${r.stderr}`);
      const file = join(dir, name);
      writeFileSync(file, r.stdout);
      return pathToFileURL(file).href;
    };
    portfolioUrl = write("examples.html", ["examples"]);
    hostileUrl = write("hostile.html", [hostileFile()]);
    digiUrl = write("digi.html", [join(ROOT, "examples", "digibarnevern-bp4.dossier.yaml")]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string, viewport = { width: 1200, height: 900 }): Promise<Opened> {
    const page = await browser.newPage({ viewport });
    const opened: Opened = { page, problems: [], requests: [], dialogs: [] };
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") opened.problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => opened.problems.push(`pageerror: ${e.message}`));
    page.on("request", (r) => opened.requests.push(r.url()));
    page.on("dialog", async (d) => {
      opened.dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(url, { waitUntil: "load" });
    return opened;
  }

  const visibleRows = (page: Page) =>
    page.$$eval("#portfolio-table tbody tr", (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.index));

  it("loads with no console errors and no network requests", async () => {
    const { page, problems, requests } = await open(portfolioUrl);
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !/^(file|data):/.test(u))).toEqual([]);
    expect(await page.locator("article.dossier").count()).toBe(5);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nb");
    await page.close();
  });

  it("draws every stakeholder inside its quadrant, every key actor in the key quadrant", async () => {
    const { page } = await open(portfolioUrl);
    const placed = await page.$$eval("svg.matrix", (svgs) =>
      svgs.flatMap((svg) => {
        const path = svg.closest("article")!.getAttribute("data-path");
        return [...svg.querySelectorAll<SVGGElement>("g.actor")].map((g) => {
          const q = g.dataset.quadrant!;
          const dot = g.querySelector(".actor-dot")!.getBoundingClientRect();
          const rect = svg.querySelector(`rect.quadrant[data-quadrant="${q}"]`)!.getBoundingClientRect();
          const label = g.querySelector("text")!.getBoundingClientRect();
          const inside = (b: DOMRect) => b.left >= rect.left && b.right <= rect.right && b.top >= rect.top && b.bottom <= rect.bottom;
          return { path, actor: g.dataset.actor!, quadrant: q, dotInside: inside(dot), labelInside: inside(label), width: dot.width };
        });
      }),
    );
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) {
      expect(p.dotInside, `${p.path} ${p.actor}`).toBe(true);
      expect(p.labelInside, `${p.path} ${p.actor} label`).toBe(true);
      expect(p.width).toBeGreaterThan(4);
    }
    const digi = placed.filter((p) => p.path === "examples/digibarnevern-bp4.dossier.yaml");
    const { stakeholders } = exampleData("digibarnevern-bp4.dossier.yaml");
    expect(digi.map((p) => p.actor).sort()).toEqual(stakeholders.map((s) => s.id).sort());
    for (const s of stakeholders.filter(isKey)) expect(digi.find((p) => p.actor === s.id)?.quadrant, s.id).toBe("key");
    await page.close();
  });

  it("filters the portfolio by text and by severity", async () => {
    const { page } = await open(portfolioUrl);
    expect(await visibleRows(page)).toHaveLength(5);
    await page.fill("#pf-filter", "digibarnevern");
    expect(await visibleRows(page)).toEqual(["1"]);
    expect(await page.textContent("#pf-count")).toBe("1 av 5 dossierer vises.");
    await page.fill("#pf-filter", "");
    await page.selectOption("#pf-show", "error");
    expect(await visibleRows(page)).toEqual(["1", "2"]);
    await page.selectOption("#pf-show", "ready");
    expect(await visibleRows(page)).toEqual(["3", "4", "5"]);
    await page.fill("#pf-filter", "BP4");
    expect(await visibleRows(page)).toEqual(["5"]);
    await page.close();
  });

  it("sorts the portfolio by a column, both ways, and says so with aria-sort", async () => {
    const { page } = await open(portfolioUrl);
    const errors = () => page.$$eval("#portfolio-table tbody tr", (rows) => rows.map((r) => Number((r as HTMLElement).dataset.errors)));
    const sorted = () => page.$$eval("#portfolio-table thead th[aria-sort]", (ths) => ths.map((th) => [th.textContent, th.getAttribute("aria-sort")]));
    expect(await errors()).toEqual([6, 3, 0, 0, 0]);
    await page.getByRole("button", { name: "Feil", exact: true }).click();
    expect(await errors()).toEqual([0, 0, 0, 3, 6]);
    expect(await sorted()).toEqual([["Feil", "ascending"]]);
    await page.getByRole("button", { name: "Feil", exact: true }).click();
    expect(await errors()).toEqual([6, 3, 0, 0, 0]);
    expect(await sorted()).toEqual([["Feil", "descending"]]);
    await page.getByRole("button", { name: "Prosjekt", exact: true }).click();
    const names = await page.$$eval("#portfolio-table tbody tr th a", (as) => as.map((a) => a.textContent!));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "nb")));
    expect(await sorted()).toEqual([["Prosjekt", "ascending"]]);
    await page.close();
  });

  it("is usable from the keyboard: Tab reaches the filter and a sort button, Enter sorts", async () => {
    const { page } = await open(portfolioUrl);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, inTh: !!document.activeElement?.closest("th"), tag: document.activeElement?.tagName }));
    let steps = 0;
    while ((await focused()).id !== "pf-filter" && steps++ < 30) await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("pf-filter");
    await page.keyboard.type("velferd");
    expect(await visibleRows(page)).toEqual(["2"]);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    expect(await visibleRows(page)).toHaveLength(5);
    steps = 0;
    while (!(await focused()).inTh && steps++ < 10) await page.keyboard.press("Tab");
    expect(await focused()).toMatchObject({ inTh: true, tag: "BUTTON" });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest("th")?.getAttribute("aria-sort"))).toBe("ascending");
    const files = await page.$$eval("#portfolio-table tbody tr td:first-child", (tds) => tds.map((td) => td.textContent!));
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b, "nb")));
    await page.close();
  });

  it("keeps hostile dossier text inert", async () => {
    const { page, problems, dialogs, requests } = await open(hostileUrl);
    await page.hover(".actor[data-actor='uklassifisert']");
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !/^(file|data):/.test(u))).toEqual([]);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.locator("b").count()).toBe(0);
    expect(await page.textContent(".actor[data-actor='skript'] .actor-name")).toBe(SCRIPT_PAYLOAD);
    expect(await page.textContent(".actor[data-actor='bilde'] .actor-name")).toBe(IMG_PAYLOAD);
    expect(await page.textContent("h2 span")).toBe(`${SCRIPT_PAYLOAD} & «prosjekt»`);
    await page.close();
  });

  it("prints each dossier on its own A4 pages, without the rule notes or screen-only links", async () => {
    const { page } = await open(portfolioUrl);
    expect(await page.locator(".why a").first().isVisible()).toBe(true);
    const target = await page.locator(".why a").first().getAttribute("href");
    expect(await page.locator(`[id="${target!.slice(1)}"] pre`).isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".why a").first().isVisible()).toBe(false);
    expect(await page.locator(".rule-note pre").first().isVisible()).toBe(false);
    expect(await page.locator(".controls").isVisible()).toBe(false);
    const breaks = await page.$$eval("article.dossier", (as) => as.map((a) => getComputedStyle(a).breakBefore));
    expect(breaks).toEqual(["page", "page", "page", "page", "page"]);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });

  it("prints the portfolio table, and every other table, within an A4 page's width, without the screen-only instructions", async () => {
    // A4 is 210 mm; the report's @page margins are 12 mm a side: 186 mm of CSS pixels (96 per inch).
    const width = Math.floor((186 / 25.4) * 96);
    const { page } = await open(portfolioUrl, { width, height: 1000 });
    expect(await page.locator(".portfolio .screen-only").first().isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    const fit = await page.evaluate(() => {
      const table = document.querySelector("#portfolio-table")!;
      const cells = [...table.querySelectorAll("th, td")];
      return {
        table: table.getBoundingClientRect().right,
        // Nothing on any dossier's pages is wider either (the benefits table once was).
        page: document.documentElement.scrollWidth,
        overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
      };
    });
    expect(fit.table).toBeLessThanOrEqual(width);
    expect(fit.page).toBeLessThanOrEqual(width);
    expect(fit.overflowing).toEqual([]);
    expect(await page.locator(".portfolio .screen-only").first().isVisible()).toBe(false);
    expect(await page.textContent(".portfolio p")).toContain("Én rad per dossier.");
    await page.close();
  });

  it("prints one dossier for the meeting on a few A4 pages: recommendation and key facts on the first", async () => {
    const { page } = await open(digiUrl);
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    // Pages of the PDF Chromium writes: one "/Type /Page" object each ("/Pages" is the tree).
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    console.log(`digibarnevern-bp4 report printed: ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
    // The recommendation and the key facts come before any drawing, on the first page.
    const first = await page.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
      return { rec: top(".recommendation"), facts: top("dl.facts"), readiness: top("svg.readiness") };
    });
    expect(first.rec).toBeLessThan(first.facts);
    expect(first.facts).toBeLessThan(first.readiness);
    expect(await page.textContent(".recommendation")).toMatch(/^Anbefaling: ikke klar for BP4: \d+ feil må rettes først/);
    expect(await page.textContent("dl.facts")).toContain("Prosjekteier");
    await page.close();
  });

  it("writes a screenshot to test/artifacts/", async () => {
    const { page } = await open(portfolioUrl, { width: 1200, height: 1000 });
    const dir = join(ROOT, "test", "artifacts");
    mkdirSync(dir, { recursive: true });
    const top = await page.locator("#d-1").boundingBox();
    const end = await page.locator("#d-1 .sec-timeline").boundingBox();
    await page.screenshot({ path: join(dir, "report.png"), fullPage: true, clip: { x: 0, y: 0, width: 1200, height: Math.ceil(end!.y + end!.height + 16) } });
    await page.locator("#d-1").screenshot({ path: join(dir, "report-dossier.png") });
    expect(top!.y).toBeGreaterThan(0);
    expect(existsSync(join(dir, "report.png"))).toBe(true);
    await page.close();
  });
});
