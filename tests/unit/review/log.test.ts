import { describe, expect, test } from "vitest";
import { parseLog, serializeEvent } from "../../../src/core/review";
import type { LogEventBody } from "../../../src/core/review";

describe("review log lines", () => {
	test("round trip of every event kind", () => {
		const events: LogEventBody[] = [
			{ k: "review", card: "b#q/cloze:x@0", grade: 3, t: 1000, fmt: "cloze", ms: 5400 },
			{ k: "undo", card: "b#q/cloze:x@0", t: 1001, of: 1000 },
			{ k: "undo", card: "b#q/cloze:x@0", t: 1002 },
			{ k: "relink", from: "b#a/date", to: "b#b/date", t: 1003 },
			{ k: "orphan", card: "b#c/d2t", t: 1004 },
			{ k: "restore", card: "b#c/d2t", t: 1005 },
			{ k: "reset", card: "b#c/d2t", t: 1006 },
		];
		const text = events.map(serializeEvent).join("\n");
		for (const line of text.split("\n")) expect(JSON.parse(line).v).toBe(1);
		const parsed = parseLog(text, "laptop");
		expect(parsed.problems).toEqual([]);
		// Each event also carries its key (a hash of its line), the same in every copy of the log.
		expect(parsed.events).toEqual(
			events.map((e, i) => ({ ...e, device: "laptop", seq: i, key: expect.stringMatching(/^=/) })),
		);
	});

	test("a corrupt line is skipped and reported with its line number; the rest is kept", () => {
		const good1 = serializeEvent({ k: "review", card: "c1", grade: 3, t: 1 });
		const good2 = serializeEvent({ k: "review", card: "c2", grade: 1, t: 2 });
		const text = [
			"```jsonl",
			good1,
			'{"v":1,"t":3,"k":"review","card":"c1","gra', // truncated by a sync conflict
			"",
			'{"v":1,"t":4,"k":"review","card":"c1","grade":7}',
			'{"v":1,"k":"review","card":"c1","grade":3}',
			'{"v":9,"t":5,"k":"review","card":"c1","grade":3}',
			'{"v":1,"t":6,"k":"teleport","card":"c1"}',
			"[1,2,3]",
			good2,
			"```",
		].join("\n");
		const { events, problems } = parseLog(text, "phone", "Brief Study/reviews/phone.log.md");
		expect(events.map((e) => (e.k === "review" ? e.card : ""))).toEqual(["c1", "c2"]);
		expect(events.map((e) => e.seq)).toEqual([1, 9]);
		expect(problems.map((p) => p.line)).toEqual([2, 4, 5, 6, 7, 8]);
		expect(problems.every((p) => p.path === "Brief Study/reviews/phone.log.md" && p.severity === "warning")).toBe(
			true,
		);
		expect(problems[1].message).toMatch(/grade/);
	});

	test("never throws on any text", () => {
		for (const t of ["", "\n\n", "{", "null", "1", '"x"', "{}\r\n{}", "\u0000"]) {
			expect(() => parseLog(t, "d")).not.toThrow();
		}
	});
});
