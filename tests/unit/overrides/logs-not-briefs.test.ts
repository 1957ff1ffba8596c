import { describe, expect, test } from "vitest";
import { hasPublishKey, verdictOf } from "../../../src/core/index/candidate";

describe("the plugin's own logs are never briefs", () => {
	test("review and curation logs carry dg-publish: false (kept off the garden) but are skipped by the indexer", () => {
		for (const kind of ["review-log", "curation-log"]) {
			const fm = { "dg-publish": false, "study-briefs": kind };
			expect(hasPublishKey(fm, ["dg-publish"])).toBe(false);
			expect(verdictOf({ frontmatter: fm }, ["dg-publish"])).toBe("skip");
		}
		expect(hasPublishKey({ "dg-publish": false, "study-briefs": "notes" }, ["dg-publish"])).toBe(true);
	});
});
