/**
 * The list mode's fixes from the UX review (#19): contrast of small meaningful text in light and dark,
 * a clickable legend, a course picker without an open brief, the row menu in the tab order, filter
 * highlights, density-aware era headers, keyboard use of the ruler, and a compact phone toolbar.
 */
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { Menu } from "obsidian";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "./helpers/obsidian-theme.css";
import type { Brief } from "../../src/core/model";
import { histDate, makeBrief, romanBriefs, sovietRecognitionBrief, syntheticBriefs } from "./helpers/events";
import { frames, TestHost } from "./helpers/test-host";
import { rows, useTimeline } from "./helpers/timeline";

const { open } = useTimeline();

function rgb(css: string): [number, number, number, number] {
	const m = css.match(/rgba?\(([^)]+)\)/);
	if (!m) throw new Error(`not an rgb colour: ${css}`);
	const [r, g, b, a] = m[1]
		.split(/[ ,/]+/)
		.filter(Boolean)
		.map(Number);
	return [r, g, b, Number.isFinite(a) ? a : 1];
}

function luminance([r, g, b]: number[]): number {
	const f = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** The colour behind an element: its ancestors' backgrounds composed from the page down. */
function backgroundOf(el: Element): number[] {
	const layers: number[][] = [];
	for (let e: Element | null = el; e; e = e.parentElement) layers.push(rgb(getComputedStyle(e).backgroundColor));
	let out = [255, 255, 255];
	for (const [r, g, b, a] of layers.reverse())
		out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
	return out;
}

/** WCAG contrast ratio of an element's text against what is behind it. */
export function contrastOf(el: Element): number {
	const [r, g, b, a] = rgb(getComputedStyle(el).color);
	const bg = backgroundOf(el);
	const fg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
	const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
	return (l1 + 0.05) / (l2 + 0.05);
}

function vault(): Brief[] {
	const sectioned = makeBrief("History/Europe/Revolutions.md", "Revolutions", [
		{ date: histDate({ year: 1789, month: 7, day: 14 }), text: "The Bastille fell.", section: "France" },
		{
			date: histDate({ year: 1848 }, { approximate: true }),
			text: "Revolutions spread across Europe.",
			section: "Europe",
		},
	]);
	return [...romanBriefs(), sovietRecognitionBrief(), sectioned];
}

describe("timeline list: contrast", () => {
	for (const theme of ["light", "dark"] as const) {
		it(`small text that carries meaning has contrast >= 4.5:1 (${theme})`, async () => {
			const view = await open(new TestHost(vault()), { theme, height: 900 });
			view.change({ descending: true }); // the sectioned brief's rows (1789, 1848) on screen
			await frames(1);
			const selectors = [
				".sb-tl-date-label",
				".sb-tl-precision",
				".sb-tl-text",
				".sb-tl-brief",
				".sb-tl-section",
				".sb-tl-count",
				".sb-tl-tick",
				".sb-tl-era",
				".sb-tl-legend-item",
				".sb-tl-unpublished",
				".sb-tl-sticky",
			];
			const seen = new Set<string>();
			for (const sel of selectors) {
				for (const el of view.contentEl.querySelectorAll(sel)) {
					if (!(el as HTMLElement).offsetParent) continue;
					seen.add(sel);
					const c = contrastOf(el);
					expect(c, `${sel} "${el.textContent}" ${theme}`).toBeGreaterThanOrEqual(4.5);
				}
			}
			expect(selectors.filter((s) => !seen.has(s))).toEqual([]);
		});
	}
});

describe("timeline list: courses", () => {
	it("a click on a legend item shows only that course; a second click shows every course again", async () => {
		const view = await open(new TestHost(vault()), { height: 900 });
		const items = () => [...view.contentEl.querySelectorAll<HTMLButtonElement>(".sb-tl-legend-item")];
		expect(items().map((b) => b.textContent)).toEqual(["Ancient Rome", "Europe", "Russia"]);
		expect(items()[0].title).toContain("History/Ancient Rome");
		const all = view.body.events.length;
		await userEvent.click(items()[2]);
		expect(view.state).toMatchObject({ scope: "folder", course: "History/Russia" });
		expect(view.events.every((e) => e.briefPath.startsWith("History/Russia/"))).toBe(true);
		expect(view.events.length).toBe(5);
		expect(items()[0].getAttribute("aria-pressed")).toBe("true");
		await userEvent.click(items()[0]);
		expect(view.state.scope).toBe("all");
		expect(view.body.events.length).toBe(all);
	});

	it("the course picker works with no brief open", async () => {
		const host = new TestHost(vault(), { active: null });
		const view = await open(host);
		const scope = view.contentEl.querySelector<HTMLSelectElement>(".sb-tl-scope")!;
		const pick = view.contentEl.querySelector<HTMLSelectElement>(".sb-tl-course-pick")!;
		expect(pick.classList.contains("sb-tl-hidden")).toBe(true);
		await userEvent.selectOptions(scope, "folder");
		expect(pick.classList.contains("sb-tl-hidden")).toBe(false);
		await userEvent.selectOptions(pick, "History/Europe");
		expect(view.events.map((e) => e.text)).toEqual(["The Bastille fell.", "Revolutions spread across Europe."]);
		expect(view.contentEl.classList.contains("sb-tl-is-empty")).toBe(false);
	});

	it("the legend's context menu sets a course colour, saved in the settings", async () => {
		const host = new TestHost(vault());
		let saved = 0;
		(host as unknown as { saveSettings(): Promise<void> }).saveSettings = async () => void saved++;
		const view = await open(host);
		const item = view.contentEl.querySelector<HTMLElement>(".sb-tl-legend-item")!;
		item.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		(Menu as unknown as { last: { click(t: string): void } }).last.click("Dark purple");
		expect(host.settings.courseColors).toEqual({ "History/Ancient Rome": 11 });
		expect(saved).toBe(1);
		const row = rows(view).find((r) => r.getAttribute("aria-label")?.includes("Roman"))!;
		expect(row.style.getPropertyValue("--sb-tl-course")).toContain("var(--color-purple) 55%");
	});
});

describe("timeline list: keyboard and filter", () => {
	it("the row menu is in the tab order and opens with Enter", async () => {
		const view = await open(new TestHost(vault()));
		const more = rows(view)[0].querySelector<HTMLButtonElement>(".sb-tl-more")!;
		expect(more.tabIndex).toBe(0);
		view.scroller.focus();
		await userEvent.tab();
		expect(document.activeElement?.classList.contains("sb-tl-more")).toBe(true);
		(Menu as unknown as { last: unknown }).last = null;
		await userEvent.keyboard("{Enter}");
		expect((Menu as unknown as { last: { items: { title: string }[] } | null }).last?.items.length).toBeGreaterThan(
			0,
		);
	});

	it("the text filter marks what matched", async () => {
		const view = await open(new TestHost(vault()));
		view.change({ text: "caesar ides" });
		view.refresh(false); // what the filter's debounce does
		const marks = [...view.contentEl.querySelectorAll(".sb-tl-row mark.sb-tl-match")].map((m) => m.textContent);
		expect(marks).toContain("Ides");
		expect(marks.filter((m) => m === "Caesar").length).toBeGreaterThan(0);
		expect(view.events.every((e) => /caesar/i.test(e.text) && /ides/i.test(e.text))).toBe(true);
	});

	it("the ruler works from the keyboard: arrows, Home, End, + and -", async () => {
		const view = await open(new TestHost(syntheticBriefs(2000, { seed: 4 })), { height: 500 });
		const ruler = view.body.ruler.el;
		expect(ruler.tabIndex).toBe(0);
		ruler.focus();
		await userEvent.keyboard("{End}");
		await frames(1);
		const s = view.scroller;
		expect(s.scrollTop + s.clientHeight).toBeGreaterThanOrEqual(s.scrollHeight - 2);
		await userEvent.keyboard("{Home}");
		await frames(1);
		expect(view.topPos()).toBe(0);
		await userEvent.keyboard("{ArrowRight}");
		await frames(1);
		expect(view.topPos()).toBeGreaterThan(0);
		await userEvent.keyboard("+");
		expect(view.state.zoom).toBe(1);
		await userEvent.keyboard("-");
		expect(view.state.zoom).toBe(0);
	});
});

describe("timeline list: era headers and phones", () => {
	it("era headers follow the density: centuries where it is sparse, decades or years where it is crowded", async () => {
		const sparse = makeBrief("History/Ancient/Old.md", "Old", [
			{ date: histDate({ year: -499 }), text: "Sparse A." },
			{ date: histDate({ year: -299 }), text: "Sparse B." },
		]);
		const dense = makeBrief(
			"History/Modern/Wars.md",
			"Wars",
			Array.from({ length: 80 }, (_, i) => ({
				date: histDate({ year: 1900 + Math.floor(i / 2) }),
				text: `Modern ${i}.`,
			})),
		);
		const view = await open(new TestHost([sparse, dense]));
		const labels = view.body.eras.map((e) => e.label);
		// two events in a thousand years: one header; eighty in forty years: decades or years
		expect(labels[0]).toBe("1st millennium BC");
		expect(labels.some((l) => /^19[0-3]0s$/.test(l) || /^19\d\d$/.test(l))).toBe(true);
		expect(labels).not.toContain("2nd millennium");
	});

	it("on a 390 px phone the toolbar is one compact block and the legend folds behind a button (screenshot)", async () => {
		await page.viewport(430, 760);
		const view = await open(new TestHost([...vault(), ...syntheticBriefs(300, { seed: 8 })]), {
			width: 390,
			height: 700,
		});
		const toolbar = view.toolbar.el;
		const legend = toolbar.querySelector<HTMLElement>(".sb-tl-legend")!;
		const toggle = toolbar.querySelector<HTMLButtonElement>(".sb-tl-legend-toggle")!;
		expect(getComputedStyle(legend).display).toBe("none");
		expect(toggle.offsetParent).not.toBeNull();
		expect(toolbar.getBoundingClientRect().height).toBeLessThan(100);
		await page.screenshot({ path: "../screenshots/timeline-phone-compact.png", element: view.containerEl });
		await userEvent.click(toggle);
		expect(toggle.getAttribute("aria-expanded")).toBe("true");
		expect(getComputedStyle(legend).display).toBe("flex");
		await page.screenshot({ path: "../screenshots/timeline-phone-legend-open.png", element: view.containerEl });
		await page.viewport(1000, 760);
	});
});
