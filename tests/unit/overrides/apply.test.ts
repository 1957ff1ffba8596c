import { describe, expect, test } from "vitest";
import { applyOverrides, moveEvents, readTypedDate, replayOverrides, targetOfItem } from "../../../src/core/overrides";
import { linkItemsOf } from "../../../src/core/review";
import type { OverrideBody } from "../../../src/core/overrides";
import { repathBrief } from "../../../src/core/index/repath";
import { generateQuiz, allQuestions } from "../../../src/core/quiz";
import { toAnkiTsv } from "../../../src/core/quiz/export";
import { brief, logText, NOTE_EDITED } from "./fixture";

const TODAY = { year: 2026, month: 12, day: 1 };
const b0 = brief();
const [feb, lenin, coup] = b0.events;
const [bread, history] = b0.quotes;
const T = 1_700_000_000_000;

function run(events: OverrideBody[], briefs = [b0]) {
	const { overrides, problems } = replayOverrides([{ device: "laptop", text: logText("laptop", events) }]);
	expect(problems).toEqual([]);
	return applyOverrides(briefs, overrides);
}

describe("applyOverrides", () => {
	test("hide an event and a quote; the brief as read is untouched", () => {
		const r = run([
			{ k: "hide", target: targetOfItem(b0, coup.id, "event"), t: T },
			{ k: "hide", target: targetOfItem(b0, bread.id, "quote"), t: T + 1 },
		]);
		expect(r.briefs[0].events.map((e) => e.id)).toEqual([feb.id, lenin.id]);
		expect(r.briefs[0].quotes.map((q) => q.id)).toEqual([history.id]);
		expect(b0.events).toHaveLength(3);
		expect(r.orphans).toEqual([]);
	});

	test("a corrected date is read by the date engine and changes the questions built on it", () => {
		const r = run([{ k: "date", target: targetOfItem(b0, feb.id, "event"), date: "March 1917", t: T }]);
		const ev = r.briefs[0].events.find((e) => e.id === feb.id);
		expect(ev?.date.label).toBe("Mar 1917");
		expect(ev?.date.start).toEqual({ year: 1917, month: 3 });
		const before = [...allQuestions(b0, { seed: 1, today: TODAY }).values()]
			.flat()
			.filter((q) => q.itemId === feb.id);
		const after = [...allQuestions(r.briefs[0], { seed: 1, today: TODAY }).values()]
			.flat()
			.filter((q) => q.itemId === feb.id);
		expect(before.some((q) => q.answer.includes("1914"))).toBe(true);
		expect(after.length).toBeGreaterThan(0);
		expect(after.every((q) => !q.answer.includes("1914"))).toBe(true);
		expect(after.some((q) => q.answer.includes("1917"))).toBe(true);
	});

	test("not a date removes the event; set speaker; add an event", () => {
		const r = run([
			{ k: "not-date", target: targetOfItem(b0, lenin.id, "event"), t: T },
			{ k: "speaker", target: targetOfItem(b0, history.id, "quote"), speaker: "Lenin", t: T + 1 },
			{
				k: "add",
				brief: b0.id,
				line: 11,
				text: "The regiment lost 1200 men in the fighting around the city.",
				date: "1915",
				label: "Losses",
				near: coup.id,
				t: T + 2,
			},
		]);
		const c = r.briefs[0];
		expect(c.events.map((e) => e.text)).not.toContain(lenin.text);
		expect(c.quotes.find((q) => q.id === history.id)?.speaker).toBe("Lenin");
		const added = c.events.find((e) => e.label === "Losses");
		expect(added?.date.label).toBe("1915");
		expect(added?.source).toEqual({ path: "History/Russia.md", line: 11 });
		expect(added?.section).toBe("Timeline");
	});

	test("skipped and reported questions never come back", () => {
		const qs = generateQuiz(b0, { seed: 3, count: 20, today: TODAY });
		const target = qs.find((q) => q.kind === "date-choice" || q.kind === "date-typed");
		expect(target).toBeDefined();
		if (!target) return;
		const r = run([
			{
				k: "skip-question",
				target: { brief: b0.id, item: `${b0.id}#${target.itemId}/date`, kind: "question", text: "" },
				t: T,
			},
		]);
		const again = [...allQuestions(r.briefs[0], { seed: 3, today: TODAY }).values()].flat();
		expect(
			again.some((q) => q.itemId === target.itemId && (q.kind === "date-choice" || q.kind === "date-typed")),
		).toBe(false);
		// Not exported either (Anki / Spaced Repetition exports are made from the same questions).
		expect(toAnkiTsv([...allQuestions(b0, { seed: 3, today: TODAY }).values()].flat())).toContain(
			target.prompt.split("____")[0],
		);
		expect(toAnkiTsv(again)).not.toContain(target.prompt.split("____")[0]);
		expect(again.length).toBeGreaterThan(0);
	});

	test("an override follows a small edit of its sentence, then a rename of the brief (moves keep it current)", () => {
		const events: OverrideBody[] = [
			{ k: "hide", target: targetOfItem(b0, lenin.id, "event"), t: T, id: "o1" },
			{ k: "date", target: targetOfItem(b0, coup.id, "event"), date: "25 October 1917", t: T + 1, id: "o2" },
		];
		// 1. The sentences are edited: the items get new ids and are found by similarity.
		const edited = brief(NOTE_EDITED);
		expect(edited.events.map((e) => e.id)).not.toContain(lenin.id);
		const r1 = run(events, [edited]);
		expect(r1.orphans).toEqual([]);
		expect(r1.briefs[0].events.some((e) => e.text.includes("famous sealed train"))).toBe(false);
		expect(r1.briefs[0].events.find((e) => e.text.includes("bloodless takeover"))?.date.label).toBe("25 Oct 1917");
		// The store writes moves: the overrides now name the edited items.
		const textOf = (_b: string, id: string) => linkItemsOf(edited).find((i) => i.id === id)?.text;
		const places = new Map([...r1.placed].map(([id, p]) => [id, { briefId: p.briefId, item: p.item }]));
		const moves = moveEvents(
			replayOverrides([{ device: "laptop", text: logText("laptop", events) }]).overrides,
			places,
			textOf,
			T + 2,
		);
		expect(moves.map((m) => m.of)).toEqual(["o1", "o2"]);
		// 2. The brief is renamed (no permalink: its id changes) and edited again.
		const renamed = repathBrief(
			brief(NOTE_EDITED.replace("a famous sealed", "a famous, sealed")),
			"History/Russia 1917.md",
		);
		const r2 = run([...events, ...moves], [renamed]);
		expect(r2.orphans).toEqual([]);
		expect(r2.briefs[0].events.some((e) => e.text.includes("famous, sealed train"))).toBe(false);
		expect(r2.briefs[0].events.find((e) => e.text.includes("bloodless takeover"))?.date.label).toBe("25 Oct 1917");
		expect(r2.placed.get("o2")?.briefId).toBe("History/Russia 1917.md");
		// Without the moves, the edit and the rename together lose the items: listed as orphans, never dropped.
		expect(run(events, [renamed]).orphans.map((o) => o.override.id)).toEqual(["o1", "o2"]);
	});

	test("a renamed brief keeps its overrides (its other items found it)", () => {
		const r = run(
			[{ k: "hide", target: targetOfItem(b0, lenin.id, "event"), t: T }],
			[repathBrief(b0, "Archive/Russia.md")],
		);
		expect(r.orphans).toEqual([]);
		expect(r.briefs[0].events.map((e) => e.id)).toEqual([feb.id, coup.id]);
	});

	test("an override whose item is gone is an orphan, listed, never dropped", () => {
		const other = brief(
			`---\ndg-publish: true\n---\n# Other\n\n- Something entirely else happened in 1066 at Hastings.\n`,
			"Other.md",
		);
		const r = run([{ k: "hide", target: targetOfItem(b0, lenin.id, "event"), t: T }], [other]);
		expect(r.orphans.map((o) => o.reason)).toEqual(["brief"]);
		const r2 = run([
			{
				k: "hide",
				target: {
					...targetOfItem(b0, lenin.id, "event"),
					item: "e:gone:0",
					text: "A sentence that is nowhere at all.",
				},
				t: T,
			},
		]);
		expect(r2.orphans.map((o) => o.reason)).toEqual(["item"]);
		const r3 = run([{ k: "date", target: targetOfItem(b0, lenin.id, "event"), date: "not a date at all", t: T }]);
		expect(r3.orphans.map((o) => o.reason)).toEqual(["date"]);
		expect(r3.briefs[0].events.find((e) => e.id === lenin.id)?.date.label).toBe("Apr 1917");
	});
});

describe("readTypedDate", () => {
	test("reads what a student types; nonsense is null", () => {
		expect(readTypedDate("1917")?.label).toBe("1917");
		expect(readTypedDate("44 BC")?.start.year).toBe(-43);
		expect(readTypedDate("c. 1150")?.approximate).toBe(true);
		expect(readTypedDate("hello")).toBeNull();
		expect(readTypedDate("")).toBeNull();
	});
});
