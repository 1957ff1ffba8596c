/** Quote panel screenshots in real Chromium: light and dark, 360px sidebar, Obsidian default variables. */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/ui/quotes/quotes.css";
import "./quotes-theme.css";
import { makeBrief, makeHost, MemoryIndex, mountQuotes } from "./helpers-quotes";
import type { HistEvent } from "../../src/core/model";

function ev(path: string, year: number, label: string, month?: number): HistEvent {
	return {
		id: `e-${path}-${label}`,
		briefPath: path,
		date: { start: { year, month }, end: { year, month }, precision: month ? "month" : "year", approximate: false, text: label, label },
		text: label,
		source: { path, line: 2 },
	};
}

const SOVIET = "History/Russia/US Recognition of Soviet Union Brief.md";
const ROME = "History/Ancient/Fall of the Republic.md";
const EMANCIPATION = "History/Russia/Emancipation of the Serfs.md";

export function sampleBriefs() {
	return [
		makeBrief(SOVIET, "Recognition of the Soviet Union, 1933", [
			{ text: "Roosevelt hoped that recognition of the Soviet Union would serve U.S. strategic interests by limiting Japanese expansionism in Asia, and he believed that full diplomatic recognition would serve American commercial interests in the Soviet Union." },
			{ text: "The wide scope and public nature of the purges horrified both American diplomatic personnel stationed in the Soviet Union, and the world at large." },
		], { events: [ev(SOVIET, 1933, "1933"), ev(SOVIET, 1917, "1917")], tags: ["history/russia"] }),
		makeBrief(ROME, "The fall of the Roman Republic", [
			{ text: "Alea iacta est.", speaker: "Julius Caesar" },
			{ text: "O tempora, o mores!\nThe senate understands these things, the consul sees them;\nyet this man still lives.", speaker: "Cicero" },
		], { events: [ev(ROME, -48, "49 BC"), ev(ROME, -43, "44 BC")], tags: ["ancient"] }),
		makeBrief(EMANCIPATION, "Emancipation of the serfs", [
			{ text: "It is better to abolish serfdom from above than to wait until it begins to abolish itself from below.", speaker: "Alexander II" },
		], { events: [ev(EMANCIPATION, 1861, "Mar 1861", 3)], tags: ["history/russia"] }),
		makeBrief("Drafts/Unfinished brief.md", "Unfinished brief", [{ text: "Not published yet.", speaker: "Nobody" }], { publish: false }),
	];
}

afterEach(() => {
	document.body.empty();
	document.body.className = "";
});

describe("quote panel screenshots", () => {
	for (const theme of ["light", "dark"] as const) {
		it(`renders readably in the ${theme} theme`, async () => {
			document.body.className = `theme-${theme}`;
			const index = new MemoryIndex(sampleBriefs());
			const host = makeHost(index, {
				gardenUrl: (p) => (p === SOVIET ? "https://garden.example/recognition/" : null),
				reviewStats: (p) => (p === SOVIET ? { due: 3, mastery: 0.6 } : null),
			});
			host.setActive(ROME);
			const { view, box } = await mountQuotes(host, 360, 760);
			view.move(1);
			view.move(1);
			const cards = box.querySelectorAll(".sb-quote-card");
			expect(cards.length).toBe(6); // 5 published quotes + the quote of the day
			// Real layout: cards fit the sidebar width, no horizontal overflow, text not clipped.
			for (const c of Array.from(cards)) {
				const r = c.getBoundingClientRect();
				expect(r.width).toBeLessThanOrEqual(360);
				expect(r.width).toBeGreaterThan(300);
				expect(c.scrollWidth).toBeLessThanOrEqual(c.clientWidth + 1);
			}
			for (const b of Array.from(box.querySelectorAll<HTMLElement>(".sb-quote-btn"))) {
				expect(b.getBoundingClientRect().height).toBeGreaterThanOrEqual(32);
			}
			// Rows do not overlap: each row starts at or after the previous one's bottom.
			const rows = Array.from(box.querySelectorAll<HTMLElement>(".sb-vlist-row")).map((r) => r.getBoundingClientRect());
			rows.sort((a, b) => a.top - b.top);
			for (let i = 1; i < rows.length; i++) expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 0.5);
			await page.screenshot({ path: `../screenshots/quotes-${theme}.png`, element: box });
		});
	}
});
