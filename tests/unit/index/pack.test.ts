import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { isPackedBrief, looksPacked, packBrief, unpackBrief } from "../../../src/core/index/pack";
import { generateNote } from "../../../bench/vault-gen";
import { OWN_SEED_BRIEF } from "../../fixtures/paths";
import { mkBrief, quote } from "./make-brief";

describe("packBrief / unpackBrief", () => {
	it("round-trips real briefs losslessly through JSON and is smaller", () => {
		const notes = [
			{ path: "History/Seed.md", text: readFileSync(OWN_SEED_BRIEF, "utf8") },
			...Array.from({ length: 30 }, (_, i) => generateNote(i)),
		];
		let packedSize = 0;
		let plainSize = 0;
		for (const n of notes) {
			const brief = parseBrief({ path: n.path, text: n.text });
			const packed = packBrief(brief)!;
			expect(isPackedBrief(packed)).toBe(true);
			const json = JSON.stringify(packed);
			expect(unpackBrief(JSON.parse(json))).toEqual(JSON.parse(JSON.stringify(brief)));
			packedSize += json.length;
			plainSize += JSON.stringify(brief).length;
		}
		expect(packedSize).toBeLessThan(plainSize * 0.85);
	});

	it("keeps an event whose range end differs, and refuses items pointing elsewhere", () => {
		const b = mkBrief("a.md", { ev: [{ year: 1933, line: 1 }] });
		b.events[0].date.end = { year: 1939 };
		expect(unpackBrief(JSON.parse(JSON.stringify(packBrief(b)))).events[0].date.end).toEqual({ year: 1939 });
		const odd = mkBrief("a.md", { ev: [{ year: 1, line: 1 }] });
		odd.events[0].briefPath = "b.md";
		expect(packBrief(odd)).toBeNull();
		expect(isPackedBrief({ path: "x" })).toBe(false);
	});

	it("keeps BCE, month-only and day dates exactly, and marks older packed formats as not readable", () => {
		const b = mkBrief("a.md", {
			ev: [
				{ year: -43, line: 1 },
				{ year: 0, line: 2 },
				{ year: 1933, line: 3 },
			],
		});
		b.events[0].date.start = { year: -43, month: 3, day: 15 };
		b.events[0].date.end = { year: -43, month: 3, day: 15 };
		b.events[1].date.start = { year: 0, day: 7 };
		b.events[1].date.end = { year: -1, month: 12 };
		b.events[2].date.end = { year: 1939, month: 12, day: 31 };
		b.events[2].date.approximate = true;
		const back = unpackBrief(JSON.parse(JSON.stringify(packBrief(b))));
		expect(back).toEqual(JSON.parse(JSON.stringify(b)));
		expect(back.events[0].date.end).not.toBe(back.events[0].date.start);
		const odd = mkBrief("a.md", { ev: [{ year: 1, line: 1 }] });
		odd.events[0].date.start = { year: 1, month: 13.5 };
		expect(packBrief(odd)).toBeNull();
		const old = { packed: 1, brief: { path: "a.md" } };
		expect(isPackedBrief(old)).toBe(false);
		expect(looksPacked(old)).toBe(true);
	});

	it("writes format 3 exactly as before the slots were named (the rows are persisted in parse caches)", () => {
		const b = mkBrief("H/a.md", {
			ev: [
				{ year: -43, month: 3, day: 15, line: 1 },
				{ year: 1933, line: 3, text: "Recognition" },
			],
			quotes: [quote("H/a.md", 5, "Veni, vidi, vici", "Caesar")],
		});
		b.sections = [{ title: "Key Quotes", level: 2, kind: "heading", role: "quotes", startLine: 4, endLine: 9 }];
		b.events[1].date.end = { year: 1939 };
		b.events[1].date.label = "1930s";
		b.facts = [
			{ id: "f:x", briefPath: "H/a.md", term: "Term", definition: "Def", source: { path: "H/a.md", line: 7 } },
		];
		b.problems = [
			{ path: "H/a.md", line: 2, message: "m", severity: "warning" },
			{ path: "other.md", line: 0, message: "n", severity: "error" },
		];
		const packed = packBrief(b)!;
		// Recorded from the positional code of main 93e190f.
		expect(JSON.stringify(packed.brief)).toBe(
			'{"path":"H/a.md","title":"H/a","publish":true,"hidden":false,"course":"H","tags":[],"sections":[["Key Quotes",2,"heading","quotes",4,9]],' +
				'"events":[[1,"event:-43-1","Something happened in -43.",null,null,[-430315,null,"day",0,"-43",0]],[3,"event:Recognition","Recognition",null,null,[19330000,19390000,"year",0,"1933","1930s"]]],' +
				'"quotes":[[5,"quote:Veni, vidi, vici","Veni, vidi, vici","Caesar",0]],"facts":[[7,"f:x","Term","Def"]],"themes":[],"links":[],' +
				'"problems":[[1,2,"m","warning"],["other.md",0,"n","error"]]}',
		);
		expect(unpackBrief(JSON.parse(JSON.stringify(packed)))).toEqual(JSON.parse(JSON.stringify(b)));
	});
});
