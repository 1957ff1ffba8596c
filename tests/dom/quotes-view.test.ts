/** The quote panel in jsdom with the obsidian shim: renders without layout, cleans up, reports failures as Notices. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { quoteOfTheDay } from "../../src/core/quotes/daily";
import { noticeLog, Platform } from "../shims/obsidian";
import {
	makeBrief,
	makeHost,
	MemoryIndex,
	mountQuotes,
	ROME,
	sampleBriefs,
	syntheticBriefs,
} from "../browser/helpers-quotes";

afterEach(() => {
	document.body.empty();
	noticeLog.length = 0;
});

describe("quote panel (jsdom)", () => {
	it("renders a bounded number of cards without layout and shows the view's name", async () => {
		const host = makeHost(new MemoryIndex(syntheticBriefs(300, 10)));
		const { view, box } = await mountQuotes(host);
		expect(view.getViewType()).toBe("study-briefs-quotes");
		expect(view.getDisplayText()).toBe("Quote index");
		expect(view.model.entries).toHaveLength(3000);
		const cards = box.querySelectorAll(".sb-quote-card").length;
		expect(cards).toBeGreaterThan(0);
		expect(cards).toBeLessThan(60);
	});

	it("unregisters every listener (index, active note, DOM) when closed", async () => {
		const index = new MemoryIndex(sampleBriefs());
		const host = makeHost(index);
		let indexListeners = 0;
		const onChange = index.onChange.bind(index);
		index.onChange = (cb) => {
			indexListeners++;
			const off = onChange(cb);
			return () => {
				indexListeners--;
				off();
			};
		};
		const { view, leaf } = await mountQuotes(host);
		expect(indexListeners).toBe(1);
		const pending = () => (view as unknown as { pendingCleanups(): number }).pendingCleanups(); // shim test helper
		expect(pending()).toBeGreaterThan(5);
		leaf.detach();
		await Promise.resolve();
		expect(indexListeners).toBe(0);
		expect(pending()).toBe(0);
	});

	it("Home and End leave one active card (End used to leave the old card highlighted too)", async () => {
		// A short list: every row is rendered, so a stale highlight would stay in the DOM.
		const { view } = await mountQuotes(makeHost(new MemoryIndex(syntheticBriefs(1, 3))));
		const key = (k: string) =>
			view.scrollEl.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
		const active = () => [...view.scrollEl.querySelectorAll(".is-active")];
		key("Home");
		expect(active()).toHaveLength(1);
		const first = view.cursor.index;
		key("End");
		expect(active()).toHaveLength(1);
		expect(view.cursor.index).toBeGreaterThan(first);
		expect(view.scrollEl.getAttribute("aria-activedescendant")).toBe(active()[0].id);
		key("Home");
		expect(active()).toHaveLength(1);
		expect(view.cursor.index).toBe(first);
	});

	it("a refused clipboard and a missing garden link become Notices, never exceptions", async () => {
		const host = makeHost(new MemoryIndex(sampleBriefs()));
		const { view } = await mountQuotes(host);
		Object.defineProperty(navigator, "clipboard", {
			value: { writeText: () => Promise.reject(new Error("denied")) },
			configurable: true,
		});
		const entry = view.model.entries.find((e) => e.briefPath === ROME)!;
		await view.actions.run("cite", entry);
		await view.actions.run("link", entry);
		expect(noticeLog).toEqual([
			"Could not copy to the clipboard",
			"This brief has no garden link: publish it and set the site URL in settings.",
		]);
	});

	it("cards are draggable on desktop only (touch screens scroll and long-press instead)", async () => {
		const host = makeHost(new MemoryIndex(sampleBriefs()));
		let { box } = await mountQuotes(host);
		expect(box.querySelector(".sb-quote-row-main")!.getAttribute("draggable")).toBe("true");
		Platform.isMobile = true;
		try {
			document.body.empty();
			({ box } = await mountQuotes(host));
			expect(box.querySelector(".sb-quote-row-main")!.hasAttribute("draggable")).toBe(false);
			expect(box.querySelectorAll(".sb-quote-row-main .sb-quote-btn").length).toBeGreaterThan(0);
		} finally {
			Platform.isMobile = false;
		}
	});

	it("the quote of the day changes at local midnight while the panel stays open", async () => {
		vi.useFakeTimers();
		try {
			const briefs = syntheticBriefs(20, 5);
			const quotes = briefs.filter((b) => b.publish).flatMap((b) => b.quotes);
			// Two consecutive days whose quotes of the day differ.
			let d = 1;
			while (quoteOfTheDay(quotes, new Date(2026, 0, d)) === quoteOfTheDay(quotes, new Date(2026, 0, d + 1))) d++;
			let clock = new Date(2026, 0, d, 23, 59, 30);
			const host = makeHost(new MemoryIndex(briefs));
			host.now = () => clock;
			const { view } = await mountQuotes(host);
			const daily = () => view.rows.find((r) => r.kind === "card" && r.section === "daily");
			expect(daily()).toMatchObject({ entry: { quote: quoteOfTheDay(quotes, clock) } });
			clock = new Date(2026, 0, d + 1, 0, 0, 30);
			vi.advanceTimersByTime(60_000);
			expect(daily()).toMatchObject({ entry: { quote: quoteOfTheDay(quotes, clock) } });
			expect(quoteOfTheDay(quotes, clock)).not.toBe(quoteOfTheDay(quotes, new Date(2026, 0, d, 12)));
		} finally {
			vi.useRealTimers();
		}
	});

	it("keeps grouping and sorting in the view state", async () => {
		const host = makeHost(
			new MemoryIndex([...sampleBriefs(), makeBrief("X.md", "Another", [{ text: "Words.", speaker: "Cicero" }])]),
		);
		const { view } = await mountQuotes(host);
		await view.setState({ groupBy: "speaker", sortBy: "date" }, { history: false });
		expect(view.getState()).toMatchObject({ groupBy: "speaker", sortBy: "date" });
		const headers = view.rows
			.filter((r) => r.kind === "header" && r.section === "main")
			.map((r) => r.kind === "header" && r.label);
		expect(headers[0]).toBe("Alexander II");
		expect(headers.at(-1)).toBe("Unknown speaker");
		await view.setState({ groupBy: "nonsense" }, { history: false });
		expect(view.getState()).toMatchObject({ groupBy: "speaker" });
	});
});
