/** Quote panel screenshots in real Chromium: light and dark, 360px sidebar, Obsidian default variables. */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import "../../src/ui/quotes/quotes.css";
import "./helpers/obsidian-theme.css";
import { makeHost, MemoryIndex, mountQuotes, ROME, sampleBriefs, SOVIET } from "./helpers-quotes";

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
			view.cursor.move(1);
			view.cursor.move(1);
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
			const rows = Array.from(box.querySelectorAll<HTMLElement>(".sb-vlist-row")).map((r) =>
				r.getBoundingClientRect(),
			);
			rows.sort((a, b) => a.top - b.top);
			for (let i = 1; i < rows.length; i++) expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 0.5);
			await page.screenshot({ path: `../screenshots/quotes-${theme}.png`, element: box });
			// Filters open: the selects fit the sidebar too.
			box.querySelector<HTMLElement>('[aria-label="Filters and grouping"]')!.click();
			const selects = Array.from(box.querySelectorAll<HTMLSelectElement>(".sb-quotes-filters select"));
			expect(selects.map((s) => s.dataset.filter)).toEqual([
				"groupBy",
				"sortBy",
				"brief",
				"course",
				"tag",
				"speaker",
				"publish",
			]);
			for (const s of selects)
				expect(s.getBoundingClientRect().right).toBeLessThanOrEqual(box.getBoundingClientRect().right);
			await page.screenshot({ path: `../screenshots/quotes-filters-${theme}.png`, element: box });
			// Searching: matches marked, the quote of the day hidden, a status line.
			box.querySelector<HTMLElement>('[aria-label="Filters and grouping"]')!.click();
			view.searchEl.value = "soviet union";
			view.searchEl.dispatchEvent(new Event("input"));
			expect(box.querySelector(".sb-quotes-status")!.textContent).toBe("2 quotes found");
			expect(box.querySelectorAll(".sb-quote-match").length).toBeGreaterThanOrEqual(4);
			expect(box.querySelector(".sb-quote-row-daily")).toBeNull();
			await page.screenshot({ path: `../screenshots/quotes-search-${theme}.png`, element: box });
		});
	}
});
