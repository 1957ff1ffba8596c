/**
 * The project's own date case tables (tests/fixtures/dates/*.tsv, written for Study Briefs): the kinds of
 * date a history brief holds, and texts that must give no date. The shared history-dates.tsv runs in
 * the shared suite (tests/shared/history-dates.test.ts); npm test needs only these.
 */
import { describe, expect, test } from "vitest";
import { expectRow, parseExpected, readCaseTable } from "../../support/date-table";
import { DATE_TABLES } from "../../fixtures/paths";

const dates = readCaseTable(`${DATE_TABLES}/dates.tsv`);
const noDates = readCaseTable(`${DATE_TABLES}/no-dates.tsv`);

describe("own date cases (tests/fixtures/dates)", () => {
	test("the tables have rows of every kind", () => {
		expect(dates.length).toBeGreaterThanOrEqual(40);
		expect(noDates.length).toBeGreaterThanOrEqual(8);
		expect(noDates.every((r) => parseExpected(r.expected).length === 0)).toBe(true);
		const all = dates.flatMap((r) => parseExpected(r.expected));
		expect(all.some((e) => e.start.year <= 0)).toBe(true);
		expect(all.some((e) => e.approx)).toBe(true);
		expect(all.some((e) => e.start.day !== undefined && e.end.day !== e.start.day)).toBe(true);
		expect(dates.some((r) => r.expected.includes(";"))).toBe(true);
	});
	test.each(dates)("$text", (row) => expectRow(row));
	test.each(noDates)("no date: $text", (row) => expectRow(row));
});
