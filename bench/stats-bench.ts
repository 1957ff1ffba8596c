/**
 * The study dashboard at 100,000 reviews: replaying the log, the cards, the figures (core/stats), and building the
 * dashboard's DOM (charts, tables, lists) in jsdom. Best of a few rounds, CPU time of this process.
 */
import { createRequire } from "node:module";
import { createScheduler, replay, serializeEvent } from "../src/core/review";
import { briefLookup, studyCardsOf, studyStats } from "../src/core/stats";
import { studyBriefs, studyHistory } from "./study-history";

export interface StatsBenchResult {
	reviews: number;
	cards: number;
	rounds: number;
	replayMs: number;
	cardsMs: number;
	figuresMs: number;
	renderMs: number | null;
	domNodes: number | null;
}

const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

function best<T>(rounds: number, fn: () => T): { ms: number; value: T } {
	let ms = Infinity;
	let value!: T;
	for (let i = 0; i < rounds; i++) {
		const t0 = cpuMs();
		value = fn();
		ms = Math.min(ms, cpuMs() - t0);
	}
	return { ms: Math.round(ms * 10) / 10, value };
}

/** Installs a jsdom window with Obsidian's element helpers; false when jsdom is not installed (a dev dependency). */
async function domWindow(): Promise<boolean> {
	try {
		const { JSDOM } = createRequire(__filename)("jsdom") as {
			JSDOM: new (html: string) => { window: Window & typeof globalThis };
		};
		const { window } = new JSDOM("<!doctype html><body></body>");
		const g = globalThis as Record<string, unknown>;
		for (const k of [
			"window",
			"document",
			"Document",
			"Node",
			"HTMLElement",
			"Element",
			"SVGElement",
			"DocumentFragment",
			"Text",
		])
			g[k] = k === "window" ? window : (window as unknown as Record<string, unknown>)[k];
		await import("../tests/shims/dom-helpers");
		return true;
	} catch (e) {
		console.error("Study dashboard bench: no DOM (jsdom not installed?)", e instanceof Error ? e.message : e);
		return false;
	}
}

export async function benchStats(opts: { reviews?: number; rounds?: number } = {}): Promise<StatsBenchResult> {
	const target = opts.reviews ?? 100_000;
	const rounds = opts.rounds ?? 3;
	const now = Date.UTC(2026, 11, 4, 18);
	const briefs = studyBriefs(10, 10, 20);
	const days = 420;
	const events = studyHistory(briefs, { days, perDay: Math.ceil(target / (days * 0.8)), now });
	const text = events.slice(0, target).map(serializeEvent).join("\n");
	const scheduler = createScheduler();
	const replayed = best(1, () => replay([{ device: "bench", text }], [], scheduler));
	const lookup = briefLookup(briefs);
	const cards = best(rounds, () => studyCardsOf(replayed.value.values(), now, scheduler, lookup));
	const figures = best(rounds, () => studyStats(cards.value, { now }));
	const reviews = figures.value.totals.reviews;
	let renderMs: number | null = null;
	let domNodes: number | null = null;
	if (await domWindow()) {
		const { renderForecast, renderHeatmap, renderRetention } = await import("../src/ui/dashboard/charts");
		const { renderMastery, renderMissed, renderSummary, weakestFirst } =
			await import("../src/ui/dashboard/sections");
		const host = { startQuiz: async () => {}, openSource: async () => {} } as unknown as Parameters<
			typeof renderMissed
		>[1];
		const r = best(rounds, () => {
			const root = document.body.createDiv();
			const s = studyStats(cards.value, { now });
			renderSummary(root, s);
			renderHeatmap(root.createDiv(), s.heatmap);
			renderForecast(root.createDiv(), s.forecast);
			renderRetention(root.createDiv(), s.retention, s.desiredRetention);
			renderMastery(root.createDiv(), s.courses, { can: () => true, start: () => {} });
			renderMastery(root.createDiv(), weakestFirst(s.briefs), { can: () => true, start: () => {} }, 10);
			renderMissed(root.createDiv(), host, s.missed);
			const n = root.getElementsByTagName("*").length;
			root.remove();
			return n;
		});
		renderMs = r.ms;
		domNodes = r.value;
	}
	return {
		reviews,
		cards: cards.value.length,
		rounds,
		replayMs: replayed.ms,
		cardsMs: cards.ms,
		figuresMs: figures.ms,
		renderMs,
		domNodes,
	};
}

export function formatStatsBench(r: StatsBenchResult): string {
	const n = (x: number) => x.toLocaleString("en-US");
	return [
		`Study dashboard: ${n(r.reviews)} reviews of ${n(r.cards)} cards over 420 days, best of ${r.rounds} (CPU ms)`,
		"",
		"| step | ms |",
		"|---|---|",
		`| replay the review log (core/review, once) | ${r.replayMs} |`,
		`| cards from the replayed states (core/stats) | ${r.cardsMs} |`,
		`| all figures (core/stats) | ${r.figuresMs} |`,
		`| figures + the dashboard's DOM in jsdom (${r.domNodes === null ? "jsdom missing" : `${n(r.domNodes)} elements`}) | ${r.renderMs ?? "–"} |`,
	].join("\n");
}
