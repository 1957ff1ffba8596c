import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { Menu, Platform } from "obsidian";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "./helpers/obsidian-theme.css";
import { VIEW_TYPE_TIMELINE } from "../../src/ui/timeline/view";
import { romanBriefs, sovietRecognitionBrief, syntheticBriefs } from "./helpers/events";
import { frames, TestHost } from "./helpers/test-host";
import { rows, useTimeline } from "./helpers/timeline";

const { open } = useTimeline();

describe("timeline view", () => {
	it("renders 10,000 events and keeps the DOM bounded while scrolling", async () => {
		const host = new TestHost(syntheticBriefs(10_000, { seed: 7 }));
		const view = await open(host);
		expect(view.getViewType()).toBe(VIEW_TYPE_TIMELINE);
		expect(view.events.length).toBe(10_000);
		expect(view.toolbar.count.getText()).toContain("10,000");
		const initial = rows(view).length;
		expect(initial).toBeGreaterThan(5);
		expect(initial).toBeLessThan(60);
		const max = view.list.total - view.scroller.clientHeight;
		for (const f of [0.1, 0.33, 0.5, 0.77, 1, 0.02]) {
			view.scroller.scrollTop = max * f;
			await frames(2);
			const n = rows(view).length;
			expect(n).toBeGreaterThan(5);
			expect(n).toBeLessThan(60);
			// the rows on screen are the ones at this scroll position
			const first = view.list.visibleRange()[0];
			expect(view.list.rowOf(first)).toBeDefined();
		}
		// chronological: the rendered rows' data positions increase top to bottom
		const pos = rows(view)
			.sort((a, b) => a.offsetTop - b.offsetTop)
			.map((r) => Number(r.dataset.pos));
		expect(pos).toEqual([...pos].sort((a, b) => a - b));
	});

	it("orders BCE before CE with historians' labels (44 BC, AD 79, 1933)", async () => {
		const host = new TestHost([...romanBriefs(), sovietRecognitionBrief()]);
		const view = await open(host, { height: 2400 });
		const labels = rows(view).map((r) => r.querySelector(".sb-tl-date-label")!.textContent);
		const i44 = labels.indexOf("15 Mar 44 BC");
		const i79 = labels.indexOf("24 Aug AD 79");
		const i1933 = labels.indexOf("Nov 1933");
		expect(i44).toBeGreaterThanOrEqual(0);
		expect(i44).toBeLessThan(i79);
		expect(i79).toBeLessThan(i1933);
		expect(labels[0]).toBe("c. 509 BC");
		expect(labels.filter((l) => l.endsWith("BC")).length).toBe(14);
		// era headers in one axis, BC eras first
		const eras = [...view.contentEl.querySelectorAll(".sb-tl-era")].map((e) => e.textContent);
		expect(eras[0]).toMatch(/BC$/);
		expect(eras.at(-1)).not.toMatch(/BC$/);
	});

	it("clicking a row opens the source line; Ctrl-click opens a new tab", async () => {
		const host = new TestHost([sovietRecognitionBrief()]);
		const view = await open(host);
		const target = rows(view).find((r) => r.textContent.includes("Litvinov"))!;
		await userEvent.click(target);
		expect(host.opened.at(-1)).toEqual({
			ref: { path: "History/Russia/US recognition of the Soviet Union.md", line: 8 },
			mode: "same",
		});
		await userEvent.click(target, { modifiers: ["Control"] } as never);
		expect(host.opened.at(-1)?.mode).toBe("tab");
		expect(host.opened.length).toBe(2);
	});

	it("keyboard: ArrowDown x3 + Enter opens the 4th event; Home/End; / focuses the filter", async () => {
		const host = new TestHost([...romanBriefs()]);
		const view = await open(host);
		view.scroller.focus();
		await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{Enter}");
		expect(host.opened.at(-1)?.ref).toEqual(view.events[3].source);
		expect(view.events[3].text).toContain("Gauls");
		expect(view.scroller.getAttribute("aria-activedescendant")).toBe(view.list.rowOf(view.itemIndexOf(3))!.id);
		await userEvent.keyboard("{End}");
		expect(view.selected).toBe(view.events.length - 1);
		await userEvent.keyboard("{Home}");
		expect(view.selected).toBe(0);
		await userEvent.keyboard("/");
		expect(document.activeElement).toBe(view.toolbar.filter);
	});

	it("typing in the filter narrows the rows", async () => {
		const host = new TestHost([...romanBriefs(), sovietRecognitionBrief()]);
		const view = await open(host, { height: 2000 });
		const before = rows(view).length;
		await userEvent.type(view.toolbar.filter, "caesar");
		await expect.poll(() => rows(view).length).toBeLessThan(before);
		const texts = rows(view).map((r) => r.textContent.toLowerCase());
		expect(texts.length).toBeGreaterThanOrEqual(2);
		for (const t of texts) expect(t).toContain("caesar");
	});

	it("context menu: open in new tab, quiz me on this event", async () => {
		const host = new TestHost([...romanBriefs()]);
		const view = await open(host);
		const row = rows(view)[2];
		row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 50, clientY: 50 }));
		const menu = (Menu as unknown as { last: { click(t: string): void; items: { title: string }[] } }).last;
		expect(menu.items.map((i) => i.title)).toEqual([
			"Open",
			"Open in new tab",
			"Copy as Markdown",
			"Quiz me on this event",
		]);
		menu.click("Quiz me on this event");
		expect(host.quizzes.at(-1)).toEqual({
			kind: "item",
			path: view.events[2].briefPath,
			itemId: view.events[2].id,
		});
		menu.click("Open in new tab");
		expect(host.opened.at(-1)).toEqual({ ref: view.events[2].source, mode: "tab" });
	});

	it("hovering a row asks Obsidian for a page preview of the source line", async () => {
		const host = new TestHost([sovietRecognitionBrief()]);
		const view = await open(host);
		await userEvent.hover(rows(view)[1]);
		expect(host.hovers.at(-1)).toEqual({
			source: VIEW_TYPE_TIMELINE,
			linktext: view.events[1].source.path,
			state: { scroll: view.events[1].source.line },
		});
	});

	it("shows an empty state that explains what makes a note a brief", async () => {
		const host = new TestHost([]);
		const view = await open(host);
		expect(rows(view).length).toBe(0);
		const text = view.contentEl.querySelector(".sb-tl-empty")!.textContent;
		expect(text).toContain("dg-publish: true");
		expect(text).toContain("dated sentences");
		expect(view.contentEl.querySelector<HTMLElement>(".sb-tl-empty")!.offsetHeight).toBeGreaterThan(50);
	});

	it("lists unreadable notes in a problems footer; a click opens the note", async () => {
		const host = new TestHost([sovietRecognitionBrief()], {
			problems: [{ path: "Broken.md", line: 0, message: "front-matter is not valid YAML", severity: "error" }],
		});
		const view = await open(host);
		const footer = view.contentEl.querySelector<HTMLElement>(".sb-tl-problems")!;
		expect(footer.textContent).toContain("1 note could not be read");
		footer.querySelector("details")!.open = true;
		await userEvent.click(footer.querySelector<HTMLElement>("a[data-path]")!);
		expect(host.opened.at(-1)).toEqual({ ref: { path: "Broken.md", line: 0 }, mode: "same" });
		// Obsidian's Mod key (Keymap.isModEvent), not ctrlKey || metaKey: Mod+Alt opens a split
		const link = footer.querySelector<HTMLElement>("a[data-path]")!;
		const mod = Platform.isMacOS ? { metaKey: true } : { ctrlKey: true };
		link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, altKey: true, ...mod }));
		expect(host.opened.at(-1)?.mode).toBe("split");
	});

	it("updates live when a brief changes, keeping the top event in place", async () => {
		const briefs = syntheticBriefs(2000, { seed: 3 });
		const host = new TestHost(briefs);
		const view = await open(host);
		view.scroller.scrollTop = view.list.total / 2;
		await frames(2);
		const top = view.events[view.topPos()];
		const y = view.list.rowOf(view.itemIndexOf(view.topPos()))!.getBoundingClientRect().top;
		const before = view.renderedRevision;
		host.index.upsert({ ...briefs[0], events: briefs[0].events.slice(0, 5) });
		await expect.poll(() => view.renderedRevision, { timeout: 2000 }).toBeGreaterThan(before);
		await frames(2);
		expect(view.events.length).toBe(2000 - 20);
		const pos = view.events.indexOf(top);
		expect(pos).toBeGreaterThanOrEqual(0);
		const row = view.list.rowOf(view.itemIndexOf(pos))!;
		expect(Math.abs(row.getBoundingClientRect().top - y)).toBeLessThan(2);
	});
});
