/** Quote panel actions in real Chromium: clipboard, open at line, keyboard, menu, drag, random, pinning. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { Menu, Platform } from "../shims/obsidian";
import "../../src/ui/quotes/quotes.css";
import "./helpers/obsidian-theme.css";
import {
	makeBrief,
	makeHost,
	MemoryIndex,
	mountQuotes,
	recordClipboard,
	ROME,
	sampleBriefs,
	SOVIET,
	syntheticBriefs,
	type TestHost,
} from "./helpers-quotes";
import { quoteOfTheDay } from "../../src/core/quotes/daily";
import type { QuoteIndexView } from "../../src/ui/quotes/quote-view";
import { FUZZY_DELAY_MS } from "../../src/ui/quotes/quote-view";
import { frames } from "./helpers/test-host";

let clip: ReturnType<typeof recordClipboard>;
let host: TestHost;
let view: QuoteIndexView;
let box: HTMLElement;

async function open(briefs = sampleBriefs(), opts: Parameters<typeof makeHost>[1] = {}) {
	host = makeHost(new MemoryIndex(briefs), {
		gardenUrl: (p) => (p === ROME ? "https://garden.example/rome/" : null),
		...opts,
	});
	({ view, box } = await mountQuotes(host, 360, 700));
}

function card(text: string): HTMLElement {
	const el = Array.from(box.querySelectorAll<HTMLElement>(".sb-quote-row-main")).find((c) =>
		c.textContent?.includes(text),
	);
	if (!el) throw new Error(`no card with "${text}"`);
	return el;
}

beforeEach(() => {
	document.body.className = "theme-light";
	clip = recordClipboard();
});

afterEach(() => {
	clip.restore();
	view?.leaf.detach();
	document.body.empty();
});

describe("copy", () => {
	it("copy as citation puts the Markdown blockquote with speaker and shortest link on the clipboard", async () => {
		await open();
		await userEvent.click(card("O tempora").querySelector<HTMLElement>('[data-action="cite"]')!);
		await expect.poll(() => clip.writes.length).toBe(1);
		expect(clip.writes[0]).toBe(
			"> O tempora, o mores!\n> The senate understands these things, the consul sees them;\n> yet this man still lives.\n>\n> — Cicero, [[Fall of the Republic]]",
		);
		expect(host.record.opened).toHaveLength(0); // a button is not a click on the card
	});
	it("copy text and garden link (only where the host gives a URL)", async () => {
		await open();
		await userEvent.click(card("Alea iacta").querySelector<HTMLElement>('[data-action="copy"]')!);
		await userEvent.click(card("Alea iacta").querySelector<HTMLElement>('[data-action="link"]')!);
		await expect.poll(() => clip.writes).toEqual(["Alea iacta est.", "https://garden.example/rome/"]);
		expect(card("purges horrified").querySelector('[data-action="link"]')).toBeNull();
	});
	it("the context menu offers every action and runs them", async () => {
		await open();
		const c = card("purges horrified");
		c.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, clientX: 50, clientY: 50 }));
		const menu = Menu.last!;
		expect(menu.items.map((i) => i.title)).toEqual([
			"Open at source",
			"Open in new tab",
			"Copy as citation",
			"Copy text",
			"Quiz me on this quote",
		]);
		menu.click("Copy as citation");
		await expect.poll(() => clip.writes.length).toBe(1);
		expect(clip.writes[0]).toBe(
			"> The wide scope and public nature of the purges horrified both American diplomatic personnel stationed in the Soviet Union, and the world at large.\n>\n> — [[US Recognition of Soviet Union Brief]]",
		);
		menu.click("Open in new tab");
		expect(host.record.opened.at(-1)).toEqual({ ref: { path: SOVIET, line: 22 }, mode: "tab" });
	});
	it("dragging a card carries the citation as text/plain", async () => {
		await open();
		const c = card("Alea iacta");
		expect(c.getAttribute("draggable")).toBe("true");
		const dt = new DataTransfer();
		c.querySelector(".sb-quote-text")!.dispatchEvent(
			new DragEvent("dragstart", { bubbles: true, dataTransfer: dt }),
		);
		expect(dt.getData("text/plain")).toBe("> Alea iacta est.\n>\n> — Julius Caesar, [[Fall of the Republic]]");
	});
});

describe("open and quiz", () => {
	it("a click opens the source line; Ctrl-click (Cmd-click on macOS) opens a new tab", async () => {
		await open();
		await userEvent.click(card("Alea iacta").querySelector<HTMLElement>(".sb-quote-text")!);
		expect(host.record.opened).toEqual([{ ref: { path: ROME, line: 20 }, mode: "same" }]);
		card("O tempora")
			.querySelector(".sb-quote-meta")!
			.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		Platform.isMacOS = true; // Keymap.isModEvent: Mod is Cmd on macOS, Ctrl elsewhere
		try {
			card("O tempora")
				.querySelector(".sb-quote-meta")!
				.dispatchEvent(new MouseEvent("click", { bubbles: true, metaKey: true }));
		} finally {
			Platform.isMacOS = false;
		}
		expect(host.record.opened.slice(1)).toEqual([
			{ ref: { path: ROME, line: 22 }, mode: "tab" },
			{ ref: { path: ROME, line: 22 }, mode: "tab" },
		]);
	});
	it("quiz me starts an item quiz on that quote", async () => {
		await open();
		await userEvent.click(card("Alea iacta").querySelector<HTMLElement>('[data-action="quiz"]')!);
		const q = host.index.get(ROME)!.quotes[0];
		expect(host.record.quizzes).toEqual([{ kind: "item", path: ROME, itemId: q.id }]);
	});
});

describe("keyboard", () => {
	it("/ focuses search; ArrowDown enters the list; arrows move; Enter opens; c copies; q quizzes", async () => {
		await open();
		view.scrollEl.focus();
		await userEvent.keyboard("/");
		expect(document.activeElement).toBe(view.searchEl);
		await userEvent.keyboard("tempora");
		await userEvent.keyboard("{ArrowDown}");
		expect(document.activeElement).toBe(view.scrollEl);
		const active = () => box.querySelector<HTMLElement>('.sb-quote-row[aria-selected="true"]');
		expect(active()?.textContent).toContain("O tempora");
		expect(view.scrollEl.getAttribute("aria-activedescendant")).toBe(active()!.id);
		await userEvent.keyboard("{Enter}");
		expect(host.record.opened).toEqual([{ ref: { path: ROME, line: 22 }, mode: "same" }]);
		await userEvent.keyboard("c");
		await expect.poll(() => clip.writes.length).toBe(1);
		expect(clip.writes[0]).toContain("> — Cicero, [[Fall of the Republic]]");
		await userEvent.keyboard("q");
		expect(host.record.quizzes).toHaveLength(1);

		// Clear the search: arrows walk the cards (headers skipped), Home/End jump.
		await userEvent.keyboard("/");
		await userEvent.keyboard("{Escape}");
		expect(view.searchEl.value).toBe("");
		view.scrollEl.focus();
		await userEvent.keyboard("{Home}");
		expect(view.rows[view.cursor.index].kind).toBe("card");
		const first = view.cursor.index;
		await userEvent.keyboard("{ArrowDown}");
		expect(view.cursor.index).toBeGreaterThan(first);
		expect(view.rows[view.cursor.index].kind).toBe("card");
		await userEvent.keyboard("{ArrowUp}");
		expect(view.cursor.index).toBe(first);
		await userEvent.keyboard("{End}");
		expect(view.cursor.index).toBe(view.rows.length - 1);
		expect(active()).not.toBeNull();
	});
	it("cards and controls have ARIA labels; action buttons are at least 32px", async () => {
		await open();
		expect(view.scrollEl.getAttribute("role")).toBe("listbox");
		expect(view.searchEl.getAttribute("aria-label")).toBe("Search quotes");
		const c = card("Alea iacta");
		expect(c.getAttribute("role")).toBe("option");
		expect(c.getAttribute("aria-label")).toBe("Quote by Julius Caesar from The fall of the Roman Republic");
		// 5 published quotes + the quote of the day; its position counts the cards up to it.
		expect(c.getAttribute("aria-setsize")).toBe("6");
		expect(c.getAttribute("aria-posinset")).toBe(
			String(view.rows.filter((r, i) => r.kind === "card" && i <= Number(c.dataset.index)).length),
		);
		for (const b of Array.from(c.querySelectorAll<HTMLElement>("button"))) {
			expect(b.getAttribute("aria-label")).toBeTruthy();
			const r = b.getBoundingClientRect();
			expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(32);
		}
	});
});

describe("panel", () => {
	it("pins the active brief's quotes at the top while following the active note", async () => {
		await open();
		host.setActive(ROME);
		const first = box.querySelector<HTMLElement>('.sb-vlist-row[data-index="0"]')!;
		expect(first.classList.contains("sb-quote-group-pinned") || view.rows[0].section === "daily").toBe(true);
		const pinned = view.rows.filter((r) => r.section === "pinned");
		expect(pinned[0]).toMatchObject({ kind: "header", label: "The fall of the Roman Republic", count: 2 });
		expect(pinned.filter((r) => r.kind === "card").map((r) => r.kind === "card" && r.entry.briefPath)).toEqual([
			ROME,
			ROME,
		]);
		host.setActive("Some other note.md");
		expect(view.rows.some((r) => r.section === "pinned")).toBe(false);
	});
	it("shows the quote of the day for the host's clock, and review stats in brief headers", async () => {
		const briefs = sampleBriefs();
		await open(briefs, {
			now: new Date(2026, 2, 3, 8, 0),
			reviewStats: (p) => (p === ROME ? { due: 4, mastery: 0.25 } : null),
		});
		const expected = quoteOfTheDay(
			briefs.filter((b) => b.publish).flatMap((b) => b.quotes),
			new Date(2026, 2, 3, 23, 0),
		)!;
		const daily = box.querySelector<HTMLElement>(".sb-quote-row-daily")!;
		expect(daily.textContent).toContain(expected.text.split("\n")[0]);
		const rome = Array.from(box.querySelectorAll(".sb-quote-group")).find((h) =>
			h.textContent?.includes("Roman Republic"),
		)!;
		expect(rome.textContent).toContain("4 due · 25% mastered");
	});
	it("searches ignoring accents and case; filters by speaker; fuzzy fallback on typos", async () => {
		await open([
			...sampleBriefs(),
			makeBrief("Lit/Zola.md", "J'accuse", [{ text: "La vérité est en marche.", speaker: "Émile Zola" }]),
		]);
		view.searchEl.focus();
		await userEvent.keyboard("EMILE verite");
		expect(view.rows.filter((r) => r.kind === "card")).toHaveLength(1);
		expect(box.querySelector(".sb-quotes-status")!.textContent).toBe("1 quote found");
		// The matching words are marked in the card text and the speaker, whatever their accents and case.
		expect(Array.from(box.querySelectorAll(".sb-quote-match")).map((m) => m.textContent)).toEqual([
			"vérité",
			"Émile",
		]);
		await userEvent.keyboard("{Backspace>6/}");
		expect(view.searchEl.value).toBe("EMILE ");
		expect(box.querySelectorAll(".sb-quote-text .sb-quote-match")).toHaveLength(0); // "emile" is the speaker, not in the text
		expect(Array.from(box.querySelectorAll(".sb-quote-speaker .sb-quote-match")).map((m) => m.textContent)).toEqual(
			["Émile"],
		);
		await userEvent.clear(view.searchEl);
		await userEvent.keyboard("Alea iacts");
		expect(view.rows).toHaveLength(0);
		expect(box.querySelector(".sb-quotes-empty")!.textContent).toContain("No quotes match");
		// Fuzzy matches come after a pause in typing (FUZZY_DELAY_MS): wait for them, not for a fixed time.
		await expect
			.poll(() => view.rows.some((r) => r.kind === "card" && r.entry.quote.text === "Alea iacta est."), {
				timeout: 20 * FUZZY_DELAY_MS,
			})
			.toBe(true);
		expect(box.querySelector(".sb-quotes-status")!.textContent).toMatch(/^No exact matches/);
		await userEvent.clear(view.searchEl);
		// Filters: open the bar, choose a speaker.
		await userEvent.click(box.querySelector<HTMLElement>('[aria-label="Filters and grouping"]')!);
		const speaker = box.querySelector<HTMLSelectElement>('select[data-filter="speaker"]')!;
		await userEvent.selectOptions(speaker, "Cicero");
		const cards = view.rows.filter((r) => r.kind === "card" && r.section === "main");
		expect(cards).toHaveLength(1);
		const group = box.querySelector<HTMLSelectElement>('select[data-filter="groupBy"]')!;
		await userEvent.selectOptions(group, "speaker");
		expect(view.rows.find((r) => r.kind === "header" && r.section === "main")).toMatchObject({ label: "Cicero" });
	});
	it("explains where quotes come from when there are none", async () => {
		await open([]);
		const empty = box.querySelector(".sb-quotes-empty")!;
		expect(empty.textContent).toContain("**Key Quotes:**");
		expect(empty.textContent).toContain("> [!quote]");
		expect(box.querySelectorAll(".sb-quote-card")).toHaveLength(0);
	});
	it("follows index changes", async () => {
		await open();
		(host.index as MemoryIndex).set([
			...sampleBriefs(),
			makeBrief("New.md", "New brief", [{ text: "Freshly indexed.", speaker: "Me" }]),
		]);
		await expect.poll(() => view.model.entries.length, { timeout: 2000 }).toBe(7);
		expect(view.rows.some((r) => r.kind === "card" && r.entry.quote.text === "Freshly indexed.")).toBe(true);
	});
	it("Random quote scrolls a far quote into view and highlights it (injected randomness)", async () => {
		await open(syntheticBriefs(100, 10));
		view.random = () => 0.9;
		const e = view.showRandomQuote()!;
		expect(e).not.toBeNull();
		const el = box.querySelector<HTMLElement>(".sb-quote-flash")!;
		expect(el.textContent).toContain(e.quote.text.split("\n")[0]);
		const r = el.getBoundingClientRect();
		const s = view.scrollEl.getBoundingClientRect();
		expect(view.scrollEl.scrollTop).toBeGreaterThan(1000);
		expect(r.top).toBeGreaterThanOrEqual(s.top - 1);
		expect(r.bottom).toBeLessThanOrEqual(s.bottom + 1);
		view.random = () => 0;
		expect(view.showRandomQuote()).not.toBe(e);
	});
});

describe("virtual list", () => {
	it("keeps the top row in place when the sidebar is resized, and rows never overlap", async () => {
		await open(syntheticBriefs(60, 10));
		view.list.scrollToIndex(200, "start");
		const topIndex = () =>
			Number(
				Array.from(box.querySelectorAll<HTMLElement>(".sb-vlist-row"))
					.filter((r) => r.getBoundingClientRect().bottom > view.scrollEl.getBoundingClientRect().top + 1)
					.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0].dataset.index,
			);
		const before = topIndex();
		expect(Math.abs(before - 200)).toBeLessThanOrEqual(1);
		box.style.width = "300px";
		await frames(2); // ResizeObserver notifications are delivered within the next rendering frame
		view.list.onResize();
		expect(Math.abs(topIndex() - before)).toBeLessThanOrEqual(1);
		const rows = Array.from(box.querySelectorAll<HTMLElement>(".sb-vlist-row")).map((r) =>
			r.getBoundingClientRect(),
		);
		rows.sort((a, b) => a.top - b.top);
		for (let i = 1; i < rows.length; i++) expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 0.5);
		for (const c of Array.from(box.querySelectorAll<HTMLElement>(".sb-quote-card")))
			expect(c.getBoundingClientRect().width).toBeLessThanOrEqual(300);
	});

	it("scrolling up through unmeasured rows does not jump: what was on screen moves by exactly the scroll", async () => {
		await open(syntheticBriefs(60, 10));
		const sc = view.scrollEl;
		sc.scrollTop = sc.scrollHeight; // far end: every row above is still an estimate
		sc.dispatchEvent(new Event("scroll"));
		let corrected = 0;
		for (let step = 0; step < 60 && sc.scrollTop > 0; step++) {
			// A row fully on screen now...
			const viewTop = sc.getBoundingClientRect().top;
			const el = Array.from(box.querySelectorAll<HTMLElement>(".sb-vlist-row"))
				.filter((r) => r.getBoundingClientRect().top >= viewTop + 160)
				.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
			const key = el.dataset.index;
			const y0 = el.getBoundingClientRect().top;
			const from = sc.scrollTop;
			sc.scrollTop = from - 150;
			sc.dispatchEvent(new Event("scroll"));
			// ...is the same row after scrolling up 150px, 150px lower (measured rows above it may have moved
			// the scroll position to compensate, never the content).
			const same = box.querySelector<HTMLElement>(`.sb-vlist-row[data-index="${key}"]`)!;
			expect(same.getBoundingClientRect().top - y0).toBeCloseTo(from - 150 > 0 ? 150 : from, 0);
			if (Math.abs(sc.scrollTop - (from - 150)) > 1) corrected++;
		}
		expect(corrected).toBeGreaterThan(0); // estimates were wrong somewhere and got compensated
	});
});
