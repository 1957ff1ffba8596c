/**
 * The garden writer is linear in its input (issue 14, rules for the fixes): double the input, the work at
 * most ~2.2x, as a ratio of medians of interleaved runs in one test. The inputs are the worst found: a line
 * of unclosed `[[`, `[`, `![a](` and `[x](y` (each retried from every bracket by the old regular
 * expressions: 40,000 `[[a ` took 11 s), `<` runs, comments, and many briefs with long hostile text.
 * Also: the linear link scanner finds exactly the links the regular expressions find.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGardenPages, makeLinker, makeResolver } from "../../../src/core/garden";
import { mapLinks } from "../../../src/core/garden/scan";
import { gardenText, plainText } from "../../../src/core/garden/text";
import type { Brief } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { brief, date, event, note, quote } from "./fixtures";

const BOMB = ["[[a ", "[a ", "![a](", "[x](y ", "[[a](", "[[[", "<b ", "%%c", "<!--", "[[b|c]] ", "*_=$&{ "];

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** CPU time of this process in ms (other processes on a shared machine do not inflate it, as they do wall time). */
function cpuMs(): number {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}

/** Median CPU time of `work(2n)` over that of `work(n)`, measured interleaved so both see the same conditions. */
function growth(work: (n: number) => void, n: number, runs = 9): number {
	// Warm up both sizes: the first runs are the JIT's, not the algorithm's.
	work(n);
	work(2 * n);
	const small: number[] = [];
	const big: number[] = [];
	for (let i = 0; i < runs; i++) {
		let t = cpuMs();
		work(n);
		small.push(cpuMs() - t);
		t = cpuMs();
		work(2 * n);
		big.push(cpuMs() - t);
	}
	return median(big) / Math.max(median(small), 1e-3);
}

const linker = makeLinker([note("a.md", true)], makeResolver(["a.md"]));

describe("garden writer growth (linear)", () => {
	it("one line of bracket bombs: link rewriting and Mermaid words", () => {
		const line = (n: number) => BOMB.map((b) => b.repeat(n)).join("");
		const ratio = growth((n) => {
			const s = line(n);
			gardenText(s, "a.md", linker);
			plainText(s);
		}, 20000);
		expect(ratio).toBeLessThan(2.2);
	});

	it("buildGardenPages: briefs with twice the hostile text (events, quotes, titles, speakers)", () => {
		// The number of briefs and events stays fixed (their order is a sort, n log n by nature): the text grows.
		const briefs = (n: number): Brief[] =>
			Array.from({ length: 40 }, (_, i) => {
				const p = `C${i % 7}/B${i}.md`;
				const text = `In ${1000 + (i % 900)} ${BOMB.join("").repeat(n)} [[a]] [[B${i + 1}|next]]`;
				const events = [0, 1, 2].map((k) => event(p, date(1000 + ((i + k) % 900)), text, `Label *x* ${"<{".repeat(n)}`));
				return brief(p, { title: `<b>${i}</b> ${"{x}".repeat(n)}`, events, quotes: [quote(p, text, `<i>S</i>${"[".repeat(n)}`)] });
			});
		const ratio = growth((n) => {
			const bs = briefs(n);
			buildGardenPages({
				briefs: bs,
				notes: bs.map((b) => note(b.path, true)),
				resolveLink: makeResolver(bs.map((b) => b.path)),
				options: { folder: "Study pages", publishKey: "dg-publish", mermaid: true, perCourse: true },
			});
		}, 100, 5);
		expect(ratio).toBeLessThan(2.2);
	});
});

/** The old regular expressions, as the oracle. */
function regexLinks(text: string): string {
	const LINK = /(!?)\[\[([^\]\n]*?)\]\]|(!?)\[([^\]\n]*)\]\(([^)\n]*)\)/g;
	return text.replace(LINK, (_m, b1: string, inner: string | undefined, b2: string, label: string, url: string) =>
		inner !== undefined ? `{W${b1}|${inner}}` : `{M${b2}|${label}|${url}}`,
	);
}

describe("mapLinks", () => {
	it("property: finds exactly the links the regular expressions find", () => {
		const text = fc.string({ unit: fc.constantFrom(..."[]()!\n a|#"), maxLength: 60 });
		fc.assert(
			fc.property(text, (t) => {
				const mine = mapLinks(
					t,
					(s) => s,
					(k) => (k.kind === "wiki" ? `{W${k.bang ? "!" : ""}|${k.inner}}` : `{M${k.bang ? "!" : ""}|${k.label}|${k.url}}`),
				);
				expect(mine).toBe(regexLinks(t));
			}),
			fuzzParams(2024, 2000),
		);
	});
});
