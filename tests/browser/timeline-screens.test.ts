import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "./helpers/obsidian-theme.css";
import { TimelineView } from "../../src/ui/timeline/view";
import { histDate, makeBrief, romanBriefs, sovietRecognitionBrief } from "./helpers/events";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";

let mounted: Mounted<TimelineView> | null = null;
afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
});

/** A small realistic vault: Rome (BCE), Russia (20th century), China (centuries, circa). */
function vault() {
	const china = makeBrief(
		"History/China/Tang and Song.md",
		"China under the Tang and Song",
		[
			{
				date: histDate({ year: 618 }, { end: { year: 907 } }),
				text: "The Tang dynasty ruled from Chang'an.",
				label: "Tang dynasty",
			},
			{
				date: histDate({ year: 1150 }, { approximate: true }),
				text: "Movable type and paper money spread under the Song.",
			},
			{
				date: histDate({ year: 1201 }, { end: { year: 1300 }, precision: "century" }),
				text: "The Mongols conquered the Song in the 13th century.",
			},
		],
		{ tags: ["china"] },
	);
	const russia = makeBrief(
		"History/Russia/Revolution.md",
		"The Russian Revolution",
		[
			{
				date: histDate({ year: 1917, month: 11, day: 7 }),
				text: "The Bolsheviks seized power in Petrograd.",
				label: "October Revolution",
			},
			{
				date: histDate({ year: 1918 }, { end: { year: 1921 } }),
				text: "Reds and Whites fought the Russian Civil War.",
			},
			{ date: histDate({ year: 1922, month: 12 }), text: "The Soviet Union was founded." },
		],
		{ tags: ["russia"] },
	);
	return [...romanBriefs(), sovietRecognitionBrief(), china, russia];
}

async function shoot(theme: "light" | "dark", briefs = vault(), file = `timeline-${theme}.png`, scrollTo?: string) {
	const host = new TestHost(briefs, {
		active: "History/Russia/US recognition of the Soviet Union.md",
		problems: [
			{ path: "Drafts/Broken brief.md", line: 0, message: "front-matter is not valid YAML", severity: "error" },
		],
	});
	host.stats.set("History/Russia/US recognition of the Soviet Union.md", { due: 3, mastery: 0.72 });
	mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), { theme, width: 980, height: 740 });
	const view = mounted.view;
	await frames(2);
	if (scrollTo) view.jumpToYear(Number(scrollTo));
	view.scroller.focus();
	view.select(Math.max(0, view.topPos() + 2), false);
	await frames(3);
	await page.screenshot({ path: `../screenshots/${file}`, element: mounted.pane });
	return view;
}

describe("timeline screenshots", () => {
	it("light theme", async () => {
		const view = await shoot("light", vault(), "timeline-light.png", "-150");
		const bg = getComputedStyle(view.contentEl).backgroundColor;
		expect(bg).toBe("rgb(255, 255, 255)");
		expect(view.contentEl.querySelectorAll(".sb-tl-row").length).toBeGreaterThan(5);
	});

	it("dark theme", async () => {
		const view = await shoot("dark", vault(), "timeline-dark.png", "1150");
		expect(getComputedStyle(view.contentEl).backgroundColor).toBe("rgb(30, 30, 30)");
		const row = view.contentEl.querySelector<HTMLElement>(".sb-tl-row")!;
		expect(getComputedStyle(row).color).toBe("rgb(218, 218, 218)");
	});

	it("a Roman Republic brief in BC dates", async () => {
		const view = await shoot("light", romanBriefs(), "timeline-bce-light.png");
		const labels = [...view.contentEl.querySelectorAll(".sb-tl-date-label")].map((e) => e.textContent);
		expect(labels.slice(0, 10).every((l) => l.endsWith("BC"))).toBe(true);
	});

	it("a narrow sidebar pane, zoomed in: rows and toolbar still fit, range bars grow", async () => {
		const host = new TestHost(vault(), { active: "History/Russia/Revolution.md" });
		mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), {
			theme: "light",
			width: 360,
			height: 700,
		});
		const view = mounted.view;
		view.zoom(6);
		view.jumpToYear(1910);
		await frames(3);
		await page.screenshot({ path: "../screenshots/timeline-narrow-zoomed.png", element: mounted.pane });
		// nothing overflows the pane horizontally
		expect(view.contentEl.scrollWidth).toBeLessThanOrEqual(view.contentEl.clientWidth + 1);
		const widths = [...view.contentEl.querySelectorAll<HTMLElement>(".sb-tl-row .sb-tl-bar")].map(
			(b) => b.getBoundingClientRect().width,
		);
		expect(Math.max(...widths)).toBeGreaterThan(6); // the 1930s decade spans a quarter of a ~40-year window
	});

	it("the empty state for a new user", async () => {
		const host = new TestHost([]);
		mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), {
			theme: "light",
			width: 600,
			height: 460,
		});
		await frames(2);
		await page.screenshot({ path: "../screenshots/timeline-empty-light.png", element: mounted.pane });
		const empty = mounted.view.contentEl.querySelector<HTMLElement>(".sb-tl-empty")!;
		expect(empty.getBoundingClientRect().height).toBeGreaterThan(100);
		expect(mounted.view.contentEl.querySelector<HTMLElement>(".sb-tl-scroller")!.getClientRects().length).toBe(0);
	});
});
