/** Acceptance: every row of the shared history-dates.tsv, with the tolerances its header gives. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { HistDate, YMD } from "../../../src/core/model";
import { findDates } from "../../../src/core/dates";
import { DATES_TSV } from "../../shims/test-paths";

interface Expected {
	start: YMD;
	end: YMD;
	approx: boolean;
}

function parsePoint(s: string): YMD {
	const m = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s);
	if (!m) throw new Error(`bad point ${s}`);
	const p: YMD = { year: Number(m[1]) };
	if (m[2]) p.month = Number(m[2]);
	if (m[3]) p.day = Number(m[3]);
	return p;
}

function parseExpected(col: string): Expected[] {
	if (!col.trim()) return [];
	return col.split(";").map((raw) => {
		const approx = raw.trim().endsWith("~");
		const body = raw.trim().replace(/~$/, "");
		const [a, b] = body.split("..");
		return { start: parsePoint(a), end: parsePoint(b ?? a), approx };
	});
}

/** Months since year 0 (a point without a month counts as its first/last month). */
function monthIndex(p: YMD, atEnd: boolean): number {
	return p.year * 12 + (p.month ?? (atEnd ? 12 : 1));
}

function pointMatches(got: YMD, want: YMD, d: HistDate, exp: Expected, atEnd: boolean): boolean {
	if (exp.approx && want.month !== undefined) {
		return Math.abs(monthIndex(got, atEnd) - monthIndex(want, atEnd)) <= 1;
	}
	const yearTol = exp.approx ? 2 : d.precision === "century" ? 1 : 0;
	if (Math.abs(got.year - want.year) > yearTol) return false;
	if (yearTol > 0) return true;
	return got.month === want.month && got.day === want.day;
}

const rows = readFileSync(DATES_TSV, "utf8")
	.split("\n")
	.filter((l) => l.trim() && !l.startsWith("#"))
	.map((l) => {
		const [text, expected = ""] = l.split("\t");
		return { text, expected };
	});

describe("history-dates.tsv", () => {
	test("the fixture has rows", () => {
		expect(rows.length).toBeGreaterThan(30);
	});
	test.each(rows)("$text", ({ text, expected }) => {
		const want = parseExpected(expected);
		const got = findDates(text);
		expect(got.map((m) => m.date.label), `labels for: ${text}`).toHaveLength(want.length);
		want.forEach((exp, i) => {
			const d = got[i].date;
			const detail = `${text} -> ${JSON.stringify(d)}`;
			expect(pointMatches(d.start, exp.start, d, exp, false), `start ${detail}`).toBe(true);
			expect(pointMatches(d.end, exp.end, d, exp, true), `end ${detail}`).toBe(true);
			expect(d.approximate, `approximate ${detail}`).toBe(exp.approx);
			expect(d.label.length).toBeGreaterThan(0);
		});
	});
});
