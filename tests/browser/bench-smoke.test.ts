/**
 * Tiny smoke runs of the browser benchmarks (tests/bench, `npm run bench:browser`): the same code paths on
 * small inputs, asserting correctness only (no time), so npm test notices when a benchmark stops working
 * without paying for one. Timeline: our view and the vis-timeline peer; quotes: the panel's search, the
 * plain-loop floor and the fuzzysort peer.
 */
import { afterEach, describe, expect, it } from "vitest";
import fuzzysort from "fuzzysort";
import { Timeline } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "../../src/ui/quotes/quotes.css";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "./helpers/obsidian-theme.css";
import { prepareNormalisedSearch } from "../../src/core/quotes/search";
import { TimelineView } from "../../src/ui/timeline/view";
import { makeHost, MemoryIndex, mountQuotes, syntheticBriefs as quoteBriefs } from "./helpers-quotes";
import { syntheticBriefs as eventBriefs } from "./helpers/events";
import { mountView, nextFrame, TestHost } from "./helpers/test-host";

afterEach(() => document.body.empty());

/** Resolves when `selector` is in `root`: waits for the DOM change itself, not for a fixed time. */
function untilPresent(root: HTMLElement, selector: string): Promise<void> {
	if (root.querySelector(selector)) return Promise.resolve();
	return new Promise((resolve) => {
		const mo = new MutationObserver(() => {
			if (root.querySelector(selector)) {
				mo.disconnect();
				resolve();
			}
		});
		mo.observe(root, { childList: true, subtree: true });
	});
}

describe("timeline bench, smoke run", () => {
	it("our view renders 500 events with a bounded DOM and scrolls through them", async () => {
		const host = new TestHost(eventBriefs(500, { seed: 11 }));
		const m = await mountView(host, (leaf) => new TimelineView(leaf, host), { width: 900, height: 640 });
		const view = m.view;
		expect(view.events).toHaveLength(500);
		const first = view.contentEl.querySelector(".sb-tl-row")?.textContent;
		expect(view.contentEl.querySelectorAll(".sb-tl-row").length).toBeGreaterThan(5);
		await nextFrame(); // the view measures its viewport in its first animation frame (registered before ours)
		view.scroller.scrollTop = (view.list.total - view.scroller.clientHeight) / 2;
		view.list.update();
		expect(view.contentEl.querySelector(".sb-tl-row")?.textContent).not.toBe(first);
		expect(m.pane.querySelectorAll("*").length).toBeLessThan(2000);
		await m.unmount();
	});

	it("the vis-timeline peer renders the same events", async () => {
		const events = new TestHost(eventBriefs(50, { seed: 11 })).index.timeline({});
		const pane = document.body.createDiv({ cls: "sb-test-pane" });
		pane.style.width = "900px";
		pane.style.height = "640px";
		const items = events.map((e, i) => {
			const start = new Date(Date.UTC(2000, (e.date.start.month ?? 1) - 1, e.date.start.day ?? 1));
			start.setUTCFullYear(e.date.start.year);
			return { id: i, content: e.text, start };
		});
		const tl = new Timeline(pane, items, { height: "640px" });
		await untilPresent(pane, ".vis-item"); // vis-timeline draws its items after the constructor returns
		expect(pane.querySelectorAll(".vis-item").length).toBeGreaterThan(0);
		tl.destroy();
	});
});

describe("quotes bench, smoke run", () => {
	it("the panel shows exactly what the plain search loop finds, keystroke by keystroke", async () => {
		const index = new MemoryIndex(quoteBriefs(40, 5));
		const { view, box } = await mountQuotes(makeHost(index, { settings: { includeUnpublished: true } }), 360, 720);
		expect(view.model.entries).toHaveLength(200);
		const hay = view.model.entries.map((e) => e.haystack);
		let hits = 0;
		for (const k of [..."the", " ", ..."o"]) {
			view.searchEl.value += k;
			view.searchEl.dispatchEvent(new InputEvent("input", { bubbles: true, data: k }));
			const match = prepareNormalisedSearch(view.searchEl.value);
			const n = hay.filter((h) => match(h)).length;
			expect(view.rows.filter((r) => r.kind === "card")).toHaveLength(n);
			hits += n;
		}
		expect(hits).toBeGreaterThan(0);
		expect(box.querySelectorAll(".sb-quote-card").length).toBeLessThan(40);
	});

	it("the fuzzysort peer searches the same quotes (every quote finds itself)", () => {
		const texts = quoteBriefs(10, 5).flatMap((b) => b.quotes.map((q) => q.text));
		const targets = fuzzysort.snapshot(texts);
		for (const t of texts.slice(0, 10)) {
			const words = t.split(/\s+/).slice(0, 2).join(" ");
			const found = fuzzysort.go(words, targets, { limit: 0, threshold: 0 });
			expect(found.total).toBeGreaterThan(0);
			expect(found.some((r) => r.target === t)).toBe(true);
		}
	});
});
