/** Property: whatever the pages and the files already there, planWrites never touches a user's note or leaves the folder. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEditedPage, isGenerated, isInsideFolder, planWrites, type GardenPage } from "../../../src/core/garden";
import { hexHash } from "../../../src/core/text";
import { fuzzParams } from "../../support/fuzz";

const segment = fc.constantFrom(
	"Study pages",
	"study pages",
	"..",
	".",
	"",
	"Quizzes",
	"A",
	"b c",
	"\\..",
	"x.md",
	"Timeline.md",
	"/etc",
);
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("/"));
const text = fc.oneof(
	fc.constant("---\nstudy-briefs-generated: true\n---\nold"),
	fc.constant(`---\nstudy-briefs-generated: true\nstudy-briefs-hash: ${hexHash("old")}\n---\nold`),
	fc.constant(`---\nstudy-briefs-generated: true\nstudy-briefs-hash: ${hexHash("old")}\n---\nold + my notes`),
	fc.constant("---\ndg-publish: true\n---\nmine"),
	fc.constant("no front-matter"),
	fc.constant(null),
);

describe("planWrites (property)", () => {
	it("writes only inside the folder, never over a note without the marker; stale pages all carry the marker", () => {
		fc.assert(
			fc.property(
				fc.array(path, { maxLength: 8 }),
				fc.array(fc.tuple(path, text), { maxLength: 8 }),
				(pagePaths, files) => {
					const pages: GardenPage[] = pagePaths.map((p) => ({
						path: p,
						content: "---\nstudy-briefs-generated: true\n---\nnew",
						kind: "timeline",
					}));
					const existing = new Map<string, string | null>(files);
					const plan = planWrites(pages, existing, "Study pages");
					const userFiles = new Set(
						[...existing].filter(([, t]) => t !== null && !isGenerated(t)).map(([p]) => p.toLowerCase()),
					);
					for (const w of plan.write) {
						expect(isInsideFolder(w.path, "Study pages")).toBe(true);
						expect(w.path.startsWith("Study pages/")).toBe(true);
						expect(w.path.split("/")).not.toContain("..");
						expect(userFiles.has(w.path.toLowerCase())).toBe(false);
					}
					for (const s of plan.stale) expect(isGenerated(existing.get(s) ?? "")).toBe(true);
					// Only an unedited generated page may be removed; an edited one is kept.
					for (const s of plan.stale) expect(isEditedPage(existing.get(s) ?? "")).toBe(false);
					for (const k of plan.kept) expect(isEditedPage(existing.get(k.path) ?? "")).toBe(true);
					expect(plan.write.length + plan.unchanged.length + plan.refused.length).toBe(pages.length);
				},
			),
			fuzzParams(9, 500),
		);
	});
});
