/**
 * parseBrief's Brief is kept as is by the indexer (no compactBrief JSON copy): it must be plain JSON data
 * that owns its strings. Checked on every corpus note and the seed; ownStrings itself on small values.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { ownStrings } from "../../../src/core/brief/own";
import { CORPUS_DIR, SEED_DIR } from "../../shims/test-paths";

function notesUnder(root: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(root).sort()) {
		const full = `${root}/${name}`;
		if (statSync(full).isDirectory()) out.push(...notesUnder(full));
		else if (/\.(md|mdx|markdown)$/i.test(name)) out.push(full);
	}
	return out;
}

/** Paths of values JSON would change or drop, and objects reachable twice. */
function notPlain(v: unknown, path: string, seen: Set<object>, out: string[]): void {
	if (v === undefined || typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") out.push(`${path}: ${typeof v}`);
	else if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) out.push(`${path}: ${v}`);
	else if (v && typeof v === "object") {
		if (seen.has(v)) out.push(`${path}: shared`);
		seen.add(v);
		const proto: unknown = Object.getPrototypeOf(v);
		if (proto !== Object.prototype && proto !== Array.prototype) out.push(`${path}: not a plain object`);
		for (const [k, x] of Object.entries(v)) notPlain(x, `${path}.${k}`, seen, out);
	}
}

describe("parseBrief output is plain data (the indexer keeps it without a JSON copy)", () => {
	const notes = [...notesUnder(CORPUS_DIR), ...notesUnder(SEED_DIR)];

	it("reads the shared corpus", () => {
		expect(notes.length).toBeGreaterThan(20);
	});

	it("equals its own JSON round trip, with nothing JSON would drop and no shared objects", () => {
		const problems: string[] = [];
		for (const file of notes) {
			const text = readFileSync(file, "utf8");
			for (const brief of [parseBrief({ path: file, text }, { parseYaml: (s) => load(s) }), parseBrief({ path: file, text })]) {
				notPlain(brief, file, new Set(), problems);
				expect(JSON.parse(JSON.stringify(brief))).toStrictEqual(brief);
			}
		}
		expect(problems).toEqual([]);
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
