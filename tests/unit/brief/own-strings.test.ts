/**
 * parseBrief's Brief is kept by the indexer without a JSON copy (ownStrings makes its strings its own): it must
 * be plain JSON data. Checked on the project's own briefs (the shared corpus and seed:
 * tests/shared/plain-briefs.test.ts); ownStrings itself on small values.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { ownStrings } from "../../../src/core/text/flat-strings";
import { BRIEF_FIXTURES, OWN_SEED_DIR } from "../../fixtures/paths";
import { notesUnder, notPlain } from "../../support/plain-data";

describe("parseBrief output is plain data (the indexer keeps it without a JSON copy)", () => {
	const notes = [BRIEF_FIXTURES, OWN_SEED_DIR].flatMap((root) => notesUnder(root).map((rel) => `${root}/${rel}`));

	it("reads the project's own briefs", () => {
		expect(notes.length).toBeGreaterThanOrEqual(7);
	});

	it("equals its own JSON round trip, with nothing JSON would drop and no shared objects", () => {
		const problems: string[] = [];
		for (const file of notes) {
			const text = readFileSync(file, "utf8");
			for (const brief of [
				parseBrief({ path: file, text }, { parseYaml: (s) => load(s) }),
				parseBrief({ path: file, text }),
			]) {
				notPlain(brief, file, new Set(), problems);
				expect(JSON.parse(JSON.stringify(brief))).toStrictEqual(brief);
			}
		}
		expect(problems).toEqual([]);
	});

	it("notPlain reports what JSON would drop or share", () => {
		const shared = { a: 1 };
		const out: string[] = [];
		notPlain({ u: undefined, n: Number.NaN, d: new Date(0), x: [shared, shared] }, "v", new Set(), out);
		expect(out).toEqual(["v.u: undefined", "v.n: NaN", "v.d: not a plain object", "v.x.1: shared"]);
	});
});

describe("ownStrings", () => {
	it("keeps every value, in place, and gives equal strings one copy", () => {
		const note = `${"x".repeat(50)} The Treaty of Versailles was signed in 1919. ${"y".repeat(50)}`;
		const cut = note.slice(51, 95);
		const value = { a: cut, b: [cut, "short", 3, true, null], c: { d: note.slice(51, 95) }, e: [] as unknown[] };
		const before = JSON.stringify(value);
		const same = ownStrings(value);
		expect(same).toBe(value);
		expect(JSON.stringify(value)).toBe(before);
		expect(value.a).toBe("The Treaty of Versailles was signed in 1919.");
		expect(value.b[0]).toBe(value.a);
		expect(value.c.d).toBe(value.a);
		expect(value.b.slice(1)).toEqual(["short", 3, true, null]);
	});

	it("leaves non-objects alone", () => {
		expect(ownStrings("text")).toBe("text");
		expect(ownStrings(null)).toBe(null);
		expect(ownStrings(7)).toBe(7);
	});
});
