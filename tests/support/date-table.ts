/**
 * Date case tables (`text <TAB> expected`, see tests/fixtures/dates/dates.tsv for the format and tolerances):
 * read a table and check what findDates reads against a row. Shared by the project's own tables
 * (tests/unit/dates/own-cases.test.ts) and the shared history-dates.tsv (tests/shared/history-dates.test.ts).
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { HistDate, YMD } from "../../src/core/model";
import { findDates } from "../../src/core/dates";

export interface CaseRow {
	text: string;
	expected: string;
}

interface Expected {
	start: YMD;
	end: YMD;
	approx: boolean;
}

function parsePoint(s: string): YMD {
	const m = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s);
	if (!m) throw new Error(`bad point in a date table: ${s}`);
	const p: YMD = { year: Number(m[1]) };
	if (m[2]) p.month = Number(m[2]);
	if (m[3]) p.day = Number(m[3]);
	return p;
}

export function parseExpected(col: string): Expected[] {
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

/** The rows of a table file: comment lines (#) and blank lines skipped, the text kept exactly. */
export function readCaseTable(file: string): CaseRow[] {
	return readFileSync(file, "utf8")
		.split("\n")
		.filter((l) => l.trim() && !l.startsWith("#"))
		.map((l) => {
			const [text, expected = ""] = l.split("\t");
			return { text, expected };
		});
}

/** Asserts that findDates reads exactly the row's dates, within the table's tolerances. */
export function expectRow({ text, expected }: CaseRow): void {
	const want = parseExpected(expected);
	const got = findDates(text);
	expect(
		got.map((m) => m.date.label),
		`labels for: ${text}`,
	).toHaveLength(want.length);
	want.forEach((exp, i) => {
		const d = got[i].date;
		const detail = `${text} -> ${JSON.stringify(d)}`;
		expect(pointMatches(d.start, exp.start, d, exp, false), `start ${detail}`).toBe(true);
		expect(pointMatches(d.end, exp.end, d, exp, true), `end ${detail}`).toBe(true);
		expect(d.approximate, `approximate ${detail}`).toBe(exp.approx);
		expect(d.label.length).toBeGreaterThan(0);
	});
}
