/** Issue 14 (H5, M6, M7, M8): replay of any size, copies counted once, clock skew, incremental replay. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
	createScheduler,
	dueCards,
	eventKey,
	replay,
	replayEngine,
	replayLogs,
	serializeEvent,
} from "../../../src/core/review";
import type { CardState, DeviceLog, LogEventBody } from "../../../src/core/review";
import { parseLog } from "../../../src/core/review/log";
import { fuzzParams } from "../../support/fuzz";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9);
const log = (device: string, events: LogEventBody[], path?: string): DeviceLog => ({
	device,
	path,
	text: events.map(serializeEvent).join("\n") + "\n",
});
const snapshot = (states: Map<string, CardState>) =>
	JSON.stringify([...states.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));

describe("H5: a log of any size replays (no spread of unbounded arrays)", () => {
	test("200,000 events in one device log: every card state readable, nothing lost", () => {
		const lines: string[] = [];
		for (let i = 0; i < 200_000; i++)
			lines.push(
				serializeEvent({
					k: Math.floor(i / 1000) % 2 ? "restore" : "orphan",
					card: `b#${i % 1000}/date`,
					t: T0 + i,
				}),
			);
		const { states, problems } = replayLogs([{ device: "phone", text: lines.join("\n") }]);
		expect(problems).toEqual([]);
		expect(states.size).toBe(1000);
		// Each card got 100 orphan and 100 restore events, the last one a restore.
		expect([...states.values()].every((s) => !s.orphaned)).toBe(true);
	});

	test("200,000 corrupt lines are 200,000 problems, not a RangeError", () => {
		const text = Array.from({ length: 200_000 }, () => '{"v":1}').join("\n");
		const { problems } = replayLogs([{ device: "phone", text }]);
		expect(problems).toHaveLength(200_000);
	});
});

describe("M6: the same event read from copies of a log counts once", () => {
	const events: LogEventBody[] = [
		{ k: "review", card: "b#1/date", grade: 3, t: T0 },
		{ k: "review", card: "b#1/date", grade: 1, t: T0 + DAY },
	];

	test("a log, its conflict copy and a backup: two reviews, not six", () => {
		const states = replay([
			log("phone-b2", events),
			log("phone-b2", events, "r/phone-b2 (conflicted copy).md"),
			log("phone-b2", events, "r/old/phone-b2.md"),
		]);
		expect(states.get("b#1/date")!.history).toHaveLength(2);
		expect(snapshot(states)).toBe(snapshot(replay([log("phone-b2", events)])));
	});

	test("a copy that holds an event the log lost still counts that event", () => {
		const extra: LogEventBody = { k: "review", card: "b#1/date", grade: 4, t: T0 + 2 * DAY };
		const states = replay([log("phone-b2", events), log("phone-b2", [...events, extra], "r/phone-b2 2.md")]);
		expect(states.get("b#1/date")!.history.map((h) => h.grade)).toEqual([3, 1, 4]);
	});

	test("event ids: an id given by the writer wins; events without one are keyed by content (old logs)", () => {
		const a: LogEventBody = { k: "review", card: "c", grade: 3, t: T0, id: "x1" };
		expect(eventKey(a)).toBe(eventKey({ ...a, grade: 4 }));
		expect(eventKey({ k: "review", card: "c", grade: 3, t: T0 })).toBe(
			eventKey({ k: "review", card: "c", grade: 3, t: T0 }),
		);
		expect(eventKey({ k: "review", card: "c", grade: 3, t: T0 })).not.toBe(
			eventKey({ k: "review", card: "c", grade: 3, t: T0 + 1 }),
		);
		const parsed = parseLog(serializeEvent(a), "d").events[0];
		expect(parsed.id).toBe("x1");
		expect(replay([log("d", [a]), log("e", [{ ...a, grade: 4 }])]).get("c")!.history).toHaveLength(1);
	});
});

describe("M7: clock skew and absurd times", () => {
	test("a review dated 2076 is held back and reported; the card stays in the queues", () => {
		const phone = log(
			"phone",
			[{ k: "review", card: "b#1/date", grade: 1, t: Date.UTC(2076, 0, 1) }],
			"r/phone.md",
		);
		const laptop = log("laptop", [{ k: "review", card: "b#1/date", grade: 1, t: T0 }]);
		const now = T0 + 365 * DAY;
		const { states, problems } = replayLogs([phone, laptop], [], createScheduler(), { now });
		expect(dueCards(states, now).map((s) => s.id)).toEqual(["b#1/date"]);
		expect(states.get("b#1/date")!.history).toHaveLength(1);
		expect(problems).toEqual([
			expect.objectContaining({
				path: "r/phone.md",
				severity: "warning",
				message: expect.stringContaining("future"),
			}),
		]);
		// A day of drift between devices is fine.
		const drift = log("phone", [{ k: "review", card: "b#1/date", grade: 3, t: now + DAY / 2 }]);
		expect(replayLogs([drift], [], createScheduler(), { now }).states.get("b#1/date")!.history).toHaveLength(1);
	});

	test("times outside the Date range are reported, never a NaN due date", () => {
		const text = [
			JSON.stringify({ v: 1, t: 1e300, k: "review", card: "c", grade: 3 }),
			JSON.stringify({ v: 1, t: -8.64e15 - 1, k: "review", card: "c", grade: 3 }),
			JSON.stringify({ v: 1, t: T0, k: "review", card: "c", grade: 3 }),
		].join("\n");
		const { states, problems } = replayLogs([{ device: "d", text }]);
		expect(problems.map((p) => p.line)).toEqual([0, 1]);
		expect(problems[0].message).toContain("out of range");
		expect(states.get("c")!.history).toHaveLength(1);
		expect(Number.isFinite(states.get("c")!.memory.due)).toBe(true);
	});
});

describe("M7: a review the scheduler cannot date", () => {
	test("at the very end of the Date range: skipped and reported once (even when its card is recomputed), never NaN", () => {
		const text = [
			serializeEvent({ k: "review", card: "c", grade: 3, t: T0 }),
			serializeEvent({ k: "review", card: "c", grade: 3, t: 8.64e15 }),
			serializeEvent({ k: "review", card: "c", grade: 1, t: 8.64e15 }),
			serializeEvent({ k: "undo", card: "c", t: 8.64e15, of: 8.64e15 }),
		].join("\n");
		const { states, problems } = replayLogs([{ device: "d", text }]);
		expect(problems.map((p) => p.line)).toEqual([1, 2]); // the undo recomputes the card: line 1 is not reported again
		expect(problems[0].message).toContain("could not be applied");
		expect(states.get("c")!.history.map((h) => h.t)).toEqual([T0]);
		expect(Number.isFinite(states.get("c")!.memory.due)).toBe(true);
	});
});

describe("M8: incremental replay", () => {
	const reviews = (n: number): DeviceLog => {
		const lines: string[] = [];
		for (let i = 0; i < n; i++)
			lines.push(
				serializeEvent({
					k: "review",
					card: `b#${i % 50}/date`,
					grade: ((i % 4) + 1) as 1,
					t: T0 + i * 60_000,
				}),
			);
		return { device: "laptop", text: lines.join("\n") };
	};
	const stepsForOneAnswer = (n: number) => {
		const { engine } = replayEngine([reviews(n)]);
		const before = engine.steps;
		const e = parseLog(serializeEvent({ k: "review", card: "b#7/date", grade: 3, t: T0 + n * 60_000 }), "laptop")
			.events[0];
		expect(engine.apply(e)).toBe("applied");
		return engine.steps - before;
	};

	test("one more answer is one step, with 1x or 2x the history (counted, not timed)", () => {
		expect(stepsForOneAnswer(2000)).toBe(1);
		expect(stepsForOneAnswer(4000)).toBe(1);
	});

	test("an older review is slotted into its card (that card recomputed); an older undo or relink is refused", () => {
		const { engine } = replayEngine([reviews(10)]);
		const old = (b: LogEventBody) => parseLog(serializeEvent(b), "x").events[0];
		const before = engine.steps;
		expect(engine.apply(old({ k: "review", card: "b#1/date", grade: 3, t: T0 - 1 }))).toBe("applied");
		expect(engine.steps - before).toBe(2); // card b#1 had one review; now two, replayed
		const full = replay([
			reviews(10),
			{ device: "x", text: serializeEvent({ k: "review", card: "b#1/date", grade: 3, t: T0 - 1 }) },
		]);
		expect(snapshot(engine.states)).toBe(snapshot(full));
		expect(engine.apply(old({ k: "undo", card: "b#1/date", t: T0 - 1 }))).toBe("late");
		expect(engine.apply(old({ k: "relink", from: "b#1/date", to: "b#2/date", t: T0 - 1 }))).toBe("late");
	});

	test("events in any order: slotted in, or a full replay when refused, always equal a full replay (property)", () => {
		const ev = fc.record({
			card: fc.constantFrom("b#1/date", "b#2/d2t", "b#3/x"),
			grade: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
			t: fc.integer({ min: 0, max: 10 * DAY }),
			kind: fc.constantFrom("review", "review", "review", "undo", "relink", "orphan", "restore", "reset"),
			device: fc.constantFrom("a", "b"),
		});
		fc.assert(
			fc.property(fc.array(ev, { maxLength: 30 }), (list) => {
				const lines = list.map((e) => {
					const t = T0 + e.t;
					const body: LogEventBody =
						e.kind === "review"
							? { k: "review", card: e.card, grade: e.grade, t }
							: e.kind === "relink"
								? { k: "relink", from: e.card, to: "b#1/date", t }
								: { k: e.kind as "undo", card: e.card, t };
					return { device: e.device, line: serializeEvent(body) };
				});
				const logsOf = (n: number): DeviceLog[] =>
					["a", "b"].map((d) => ({
						device: d,
						text: lines
							.slice(0, n)
							.map((l) => (l.device === d ? l.line : ""))
							.join("\n"),
					}));
				let { engine } = replayEngine([]);
				lines.forEach((l, i) => {
					const e = parseLog(
						lines
							.slice(0, i + 1)
							.map((x) => (x.device === l.device ? x.line : ""))
							.join("\n"),
						l.device,
					).events.at(-1)!;
					if (engine.apply(e) === "late") engine = replayEngine(logsOf(i + 1)).engine;
					expect(snapshot(engine.states)).toBe(snapshot(replay(logsOf(i + 1))));
				});
			}),
			fuzzParams(1415, 80),
		);
	});

	test("events fed one by one give the same states as a full replay, at every point (property)", () => {
		const ev = fc.record({
			card: fc.constantFrom("b#1/date", "b#2/d2t", "b#3/x"),
			grade: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
			dt: fc.integer({ min: 0, max: 3 * DAY }),
			kind: fc.constantFrom("review", "review", "review", "undo", "relink", "orphan", "restore", "reset"),
			to: fc.constantFrom("b#1/date", "b#2/d2t", "b#3/x", "b#4/new"),
		});
		fc.assert(
			fc.property(fc.array(ev, { maxLength: 30 }), (list) => {
				let t = T0;
				const bodies: LogEventBody[] = list.map((e) => {
					t += e.dt;
					if (e.kind === "review") return { k: "review", card: e.card, grade: e.grade, t };
					if (e.kind === "relink") return { k: "relink", from: e.card, to: e.to, t };
					return { k: e.kind as "undo", card: e.card, t };
				});
				const { engine } = replayEngine([]);
				const events = parseLog(bodies.map(serializeEvent).join("\n"), "d").events;
				for (let i = 0; i < events.length; i++) {
					engine.apply(events[i]);
					const full = replay([
						{
							device: "d",
							text: bodies
								.slice(0, i + 1)
								.map(serializeEvent)
								.join("\n"),
						},
					]);
					expect(snapshot(engine.states)).toBe(snapshot(full));
				}
			}),
			fuzzParams(1414, 60),
		);
	});

	test("an edit reverted (relink a -> b, then b -> a) keeps the whole history on a", () => {
		const states = replay([
			log("d", [
				{ k: "review", card: "b#a/date", grade: 3, t: T0 },
				{ k: "relink", from: "b#a/date", to: "b#b/date", t: T0 + 1 },
				{ k: "review", card: "b#b/date", grade: 3, t: T0 + DAY },
				{ k: "relink", from: "b#b/date", to: "b#a/date", t: T0 + DAY + 1 },
			]),
		]);
		expect(states.get("b#a/date")!.history).toHaveLength(2);
		expect(states.has("b#b/date")).toBe(false);
	});
});
