/** Acceptance: every row of the shared history-dates.tsv (../shared), with the tolerances its header gives. */
import { describe, expect, test } from "vitest";
import { expectRow, readCaseTable } from "../support/date-table";
import { DATES_TSV } from "../shims/test-paths";

const rows = readCaseTable(DATES_TSV);

describe("history-dates.tsv", () => {
	test("the fixture has rows", () => {
		expect(rows.length).toBeGreaterThan(30);
	});
	test.each(rows)("$text", (row) => expectRow(row));
});
