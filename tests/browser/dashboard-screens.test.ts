/**
 * The study dashboard in real Chromium from a generated review history (420 days, four courses): light, dark and
 * phone widths, with screenshots for the README; the charts use the theme's variables and fit a 390 px phone.
 */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "./helpers/obsidian-theme.css";
import "../../src/ui/dashboard/dashboard.css";
import "../../src/ui/progress/progress.css";
import { studyBriefs, studyHistory } from "../../bench/study-history";
import { createScheduler, replay, serializeEvent } from "../../src/core/review";
import { briefLookup, studyCardsOf, studyStats } from "../../src/core/stats";
import { DashboardView } from "../../src/ui/dashboard/view";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";

const NOW = Date.UTC(2026, 11, 4, 18);
const briefs = studyBriefs(4, 3, 6);
const scheduler = createScheduler({ enableFuzz: false });
const log = studyHistory(briefs, { days: 420, perDay: 18, now: NOW }).map(serializeEvent).join("\n");
const states = replay([{ device: "laptop", text: log }], [], scheduler);
const cards = studyCardsOf(states.values(), NOW, scheduler, briefLookup(briefs));

let mounted: Mounted<DashboardView> | null = null;
afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
	await page.viewport(1000, 760);
});

/** The test iframe paints (and screenshots) at most about 720 px: a phone gets its own narrow viewport. */
async function open(theme: "light" | "dark", width: number, height: number) {
	if (width < 500) await page.viewport(width + 40, 760);
	const host = new TestHost(briefs);
	mounted = await mountView(
		host,
		(leaf) => new DashboardView(leaf, host, { stats: (o) => studyStats(cards, { now: NOW, ...o }) }),
		{ theme, width, height },
	);
	mounted.view.onResize();
	await frames(2);
	return { host, view: mounted.view, root: mounted.view.contentEl };
}

/** Screenshots of the pane: the top of the dashboard, then scrolled to the mastery and missed sections. */
async function shoot(name: string): Promise<void> {
	const root = mounted!.view.contentEl;
	root.scrollTop = 0;
	await frames(1);
	await page.screenshot({ path: `../screenshots/${name}.png`, element: mounted!.pane });
	const mastery = [...root.querySelectorAll<HTMLElement>(".sb-dash-section")].find((el) =>
		el.textContent?.startsWith("Mastery by course"),
	)!;
	root.scrollTop = mastery.offsetTop - root.offsetTop - 8;
	await frames(1);
	expect(root.scrollTop).toBeGreaterThan(0);
	await page.screenshot({ path: `../screenshots/${name}-more.png`, element: mounted!.pane });
}

function fill(el: Element | null): string {
	return el ? getComputedStyle(el).fill : "";
}

describe("study dashboard screenshots", () => {
	it("light theme, desktop width", async () => {
		const { root, host } = await open("light", 900, 700);
		expect(root.querySelectorAll(".sb-dash-heat")).toHaveLength(365);
		expect(root.querySelectorAll(".sb-dash-mastery-row").length).toBeGreaterThanOrEqual(4 + 10);
		expect(root.querySelectorAll(".sb-dash-missed-item")).toHaveLength(10);
		expect(fill(root.querySelector(".sb-dash-heat-4"))).toBe("rgb(152, 115, 247)");
		await shoot("dashboard-light");
		// A missed item opens its source line; "Quiz me on these" asks exactly those cards.
		root.querySelector<HTMLAnchorElement>(".sb-dash-missed-item a")!.click();
		expect(host.opened[0].ref.path).toMatch(/^History\/.+\.md$/);
		// A course or brief name starts a quiz on it.
		root.querySelector<HTMLButtonElement>(".sb-dash-mastery-row button.sb-dash-mastery-name")!.click();
		expect(host.quizzes.shift()).toEqual({ kind: "course", folder: "History/Cold War" });
		root.querySelector<HTMLButtonElement>(".sb-dash-quiz-missed")!.click();
		expect(host.quizzes[0]).toEqual({
			kind: "cards",
			ids: [...root.querySelectorAll<HTMLElement>(".sb-dash-missed-item")].map((li) => li.dataset.card),
		});
	});

	it("dark theme", async () => {
		const { root } = await open("dark", 900, 700);
		expect(getComputedStyle(root).backgroundColor).toBe("rgb(30, 30, 30)");
		expect(fill(root.querySelector(".sb-dash-heat-4"))).toBe("rgb(138, 92, 245)");
		expect(fill(root.querySelector(".sb-dash-axis"))).not.toBe(fill(document.body));
		await shoot("dashboard-dark");
	});

	it("a 390 px phone: half a year of heatmap, nothing wider than the screen", async () => {
		const { root } = await open("light", 390, 700);
		expect(root.querySelectorAll(".sb-dash-heat")).toHaveLength(26 * 7);
		expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
		for (const svg of root.querySelectorAll("svg"))
			expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(390);
		// Heatmap cells stay at least 9 px on a phone.
		const cell = root.querySelector(".sb-dash-heat")!.getBoundingClientRect();
		expect(cell.width).toBeGreaterThanOrEqual(9);
		await shoot("dashboard-phone");
	});
});
