import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dueCards, dueCount, mastery, replay, replayLogs, serializeEvent } from "../../../src/core/review";
import type { CardState, DeviceLog, LogEventBody } from "../../../src/core/review";
import { fuzzParams } from "../../support/fuzz";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9);

function log(device: string, events: LogEventBody[]): DeviceLog {
	return { device, text: events.map(serializeEvent).join("\n") + "\n" };
}

function snapshot(states: Map<string, CardState>) {
	return [...states.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const laptop = log("laptop", [
	{ k: "review", card: "b#1/date", grade: 3, t: T0 },
	{ k: "review", card: "b#2/d2t", grade: 1, t: T0 + 60_000 },
	{ k: "review", card: "b#1/date", grade: 3, t: T0 + 2 * DAY },
	{ k: "review", card: "b#2/d2t", grade: 3, t: T0 + 2 * DAY + 1 },
]);
const phone = log("phone", [
	{ k: "review", card: "b#1/date", grade: 4, t: T0 + DAY },
	{ k: "review", card: "b#2/d2t", grade: 2, t: T0 + DAY },
	{ k: "review", card: "b#3/t2d", grade: 3, t: T0 + 3 * DAY },
	{ k: "undo", card: "b#3/t2d", t: T0 + 3 * DAY + 5 },
]);
const tablet = log("tablet", [
	{ k: "review", card: "b#1/date", grade: 2, t: T0 + DAY }, // same ms as the phone: device id breaks the tie
	{ k: "review", card: "b#3/t2d", grade: 3, t: T0 + 4 * DAY },
]);

describe("replay", () => {
	test("two devices' logs give the same states in either order", () => {
		const a = replay([laptop, phone]);
		const b = replay([phone, laptop]);
		expect(snapshot(b)).toEqual(snapshot(a));
		expect(a.get("b#1/date")!.history.map((h) => h.device)).toEqual(["laptop", "phone", "laptop"]);
		expect(a.get("b#1/date")!.memory.reps).toBe(3);
	});

	test("any order of any number of logs (property)", () => {
		const logs = [laptop, phone, tablet];
		const reference = JSON.stringify(snapshot(replay(logs)));
		fc.assert(
			fc.property(fc.shuffledSubarray(logs, { minLength: 3, maxLength: 3 }), (order) => {
				expect(JSON.stringify(snapshot(replay(order)))).toBe(reference);
			}),
			fuzzParams(1401, 100),
		);
	});

	test("random event streams (reviews, undo, relink, orphan, restore, reset) replay the same in any order", () => {
		const event = fc.record({
			card: fc.constantFrom("b#1/date", "b#2/d2t", "b#3/cloze:x@0"),
			grade: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
			dt: fc.integer({ min: 0, max: 5 * DAY }),
			undo: fc.boolean(),
			extra: fc.constantFrom("none", "none", "none", "relink", "orphan", "restore", "reset"),
			device: fc.constantFrom("a", "b", "c"),
		});
		fc.assert(
			fc.property(fc.array(event, { maxLength: 40 }), fc.integer(), (evs, salt) => {
				const byDevice = new Map<string, LogEventBody[]>();
				let t = T0;
				for (const e of evs) {
					t += e.dt;
					const list = byDevice.get(e.device) ?? [];
					list.push(
						e.undo ? { k: "undo", card: e.card, t } : { k: "review", card: e.card, grade: e.grade, t },
					);
					if (e.extra === "relink") list.push({ k: "relink", from: e.card, to: "b#1/date", t });
					else if (e.extra !== "none") list.push({ k: e.extra, card: e.card, t });
					byDevice.set(e.device, list);
				}
				const logs = [...byDevice].map(([d, list]) => log(d, list));
				const reversed = [...logs].reverse();
				const rotated = logs.length
					? [...logs.slice(Math.abs(salt) % logs.length), ...logs.slice(0, Math.abs(salt) % logs.length)]
					: logs;
				const ref = JSON.stringify(snapshot(replay(logs)));
				expect(JSON.stringify(snapshot(replay(reversed)))).toBe(ref);
				expect(JSON.stringify(snapshot(replay(rotated)))).toBe(ref);
			}),
			fuzzParams(1402, 150),
		);
	});

	test("undo removes that device's last review on the card", () => {
		const s = replay([laptop, phone]);
		expect(s.get("b#3/t2d")!.history).toEqual([]);
		expect(s.get("b#3/t2d")!.memory.phase).toBe("new");
		// An undo on the phone does not touch the laptop's reviews.
		const undoOther = log("phone2", [{ k: "undo", card: "b#1/date", t: T0 + 5 * DAY }]);
		expect(replay([laptop, undoOther]).get("b#1/date")!.history).toHaveLength(2);
		// Undo twice takes back two reviews; `of` picks a given one.
		const l = log("x", [
			{ k: "review", card: "c", grade: 1, t: T0 },
			{ k: "review", card: "c", grade: 3, t: T0 + 1000 },
			{ k: "review", card: "c", grade: 4, t: T0 + 2000 },
			{ k: "undo", card: "c", t: T0 + 3000, of: T0 + 1000 },
		]);
		expect(
			replay([l])
				.get("c")!
				.history.map((h) => h.grade),
		).toEqual([1, 4]);
		const undoAll = log("x", [
			{ k: "review", card: "c", grade: 1, t: T0 },
			{ k: "review", card: "c", grade: 3, t: T0 + 1000 },
			{ k: "undo", card: "c", t: T0 + 2000 },
			{ k: "undo", card: "c", t: T0 + 3000 },
			{ k: "undo", card: "c", t: T0 + 4000 },
		]);
		expect(replay([undoAll]).get("c")!.history).toEqual([]);
	});

	test("undo gives back exactly the state before the review", () => {
		const before = replay([laptop]).get("b#2/d2t")!;
		const extra = log("laptop", [
			{ k: "review", card: "b#2/d2t", grade: 4, t: T0 + 3 * DAY },
			{ k: "undo", card: "b#2/d2t", t: T0 + 3 * DAY + 10 },
		]);
		const after = replay([{ device: "laptop", text: laptop.text + extra.text }]).get("b#2/d2t")!;
		expect(after.history).toEqual(before.history);
		expect(after.memory).toEqual(before.memory);
	});

	test("a corrupt line is reported and the rest replayed", () => {
		const broken: DeviceLog = {
			device: "phone",
			path: "r/phone.log.md",
			text: phone.text.replace(/\n/, "\n{oops\n"),
		};
		const { states, problems } = replayLogs([laptop, broken]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ path: "r/phone.log.md", line: 1 });
		expect(snapshot(states)).toEqual(snapshot(replay([laptop, phone])));
	});

	test("relink carries history to the new id; orphans are kept but never due", () => {
		const l = log("x", [
			{ k: "review", card: "b#old/date", grade: 3, t: T0 },
			{ k: "relink", from: "b#old/date", to: "b#new/date", t: T0 + DAY },
			{ k: "review", card: "b#new/date", grade: 3, t: T0 + 2 * DAY },
			{ k: "review", card: "b#gone/d2t", grade: 3, t: T0 },
			{ k: "orphan", card: "b#gone/d2t", t: T0 + DAY },
		]);
		const s = replay([l], [{ id: "b#new/date", briefPath: "B.md" }]);
		expect(s.has("b#old/date")).toBe(false);
		expect(s.get("b#new/date")!.history).toHaveLength(2);
		expect(s.get("b#new/date")!.formerIds).toEqual(["b#old/date"]);
		expect(s.get("b#gone/d2t")!.orphaned).toBe(true);
		expect(dueCards(s, T0 + 1000 * DAY).map((c) => c.id)).toEqual(["b#new/date"]);
	});

	test("due, due count and mastery", () => {
		const cards = [
			{ id: "b#1/date", briefPath: "B.md" },
			{ id: "b#2/d2t", briefPath: "B.md" },
			{ id: "b#3/t2d", briefPath: "B.md" },
			{ id: "c#1/date", briefPath: "C.md" },
		];
		const s = replay([laptop, phone], cards);
		expect(s.get("c#1/date")!.memory.phase).toBe("new");
		const now = T0 + 2 * DAY + 2;
		const due = dueCards(s, now);
		expect(due.map((c) => c.id)).toContain("b#3/t2d");
		expect(due.map((c) => c.id)).not.toContain("b#1/date");
		expect(dueCount(s, now, "C.md")).toBe(1);
		expect(dueCount(s, now)).toBe(due.length);
		const m = mastery(s, "B.md", now);
		expect(m).toBeGreaterThan(0);
		expect(m).toBeLessThan(1);
		expect(mastery(s, "C.md", now)).toBe(0);
		expect(mastery(s, "nothing.md", now)).toBe(0);
		// Much later, memories fade below 0.9.
		expect(mastery(s, "B.md", now + 3650 * DAY)).toBe(0);
	});
});
