import { describe, expect, it } from "vitest";
import { buildGardenPages, planWrites } from "../../../src/core/garden";
import { hexHash } from "../../../src/core/text";
import type { Question } from "../../../src/core/quiz/types";
import type { Brief } from "../../../src/core/model";
import { smallVault } from "./fixtures";

const options = { folder: "Study pages", publishKey: "dg-publish" };

function quizFor(b: Brief, siblings: Brief[]): Question[] {
	return b.events.map((e, i) => ({
		id: `${b.id}:${e.id}`,
		kind: "which-brief" as const,
		prompt: `Which brief | mentions "${e.text.slice(0, 20)}" ____?`,
		options: siblings.map((s) => s.title),
		answer: b.title,
		itemId: e.id,
		briefPath: b.path,
		source: e.source,
		...(i === 0 ? {} : {}),
	}));
}

function build(extra: Partial<Parameters<typeof buildGardenPages>[0]> = {}) {
	const v = smallVault();
	return buildGardenPages({ briefs: v.briefs, notes: v.notes, resolveLink: v.resolve, options, quizFor, ...extra });
}

describe("buildGardenPages", () => {
	it("writes an index, a timeline, key quotes and one quiz per published brief, inside the folder", () => {
		const pages = build();
		expect(pages.map((p) => p.path)).toEqual([
			"Study pages/Study pages.md",
			"Study pages/Timeline.md",
			"Study pages/Key quotes.md",
			"Study pages/Quizzes/Caesar - quiz.md",
			"Study pages/Quizzes/US Recognition - quiz.md",
		]);
		for (const p of pages) {
			expect(
				p.content.startsWith("---\ndg-publish: true\nstudy-briefs-generated: true\nstudy-briefs-hash: "),
			).toBe(true);
		}
	});

	it("groups a BC-to-1939 timeline by century, in true order, each event linking its brief", () => {
		const tl = build().find((p) => p.kind === "timeline")!.content;
		const body = tl.slice(tl.indexOf("# Timeline"));
		expect(body).toContain("## 1st century BC");
		expect(body).toContain("## 20th century");
		expect(body.indexOf("49 BC")).toBeLessThan(body.indexOf("44 BC"));
		expect(body.indexOf("44 BC")).toBeLessThan(body.indexOf("1917"));
		expect(body).toContain(
			"- **44 BC** — Caesar is assassinated on the Ides of March, see my notes. · [[Caesar|Julius Caesar]]",
		);
		expect(body).toContain(
			"- **1917** — **Background:** The U.S. severed diplomatic ties with Russia. · [[US Recognition|Recognition of the Soviet Union, 1933]]",
		);
		// links to published briefs are kept, embeds of unpublished notes dropped
		expect(body).toContain("as in [[Caesar]].");
		expect(body).not.toContain("Secret plans");
		expect(body).not.toContain("Private diary");
		expect(body).not.toContain("1800");
	});

	it("chooses year headings for a short span and decade headings for a medium one", () => {
		const v = smallVault();
		const short = { ...v.soviet, events: v.soviet.events.slice(1) };
		const years = buildGardenPages({ briefs: [short], notes: v.notes, resolveLink: v.resolve, options })[1].content;
		expect(years).toContain("## 1933\n\n- **Nov 1933**");
		expect(years).toContain("## 1939");
		const decades = buildGardenPages({ briefs: [v.soviet], notes: v.notes, resolveLink: v.resolve, options })[1]
			.content;
		expect(decades).toContain("## 1910s\n\n- **1917**");
		expect(decades).toContain("## 1930s\n\n- **Nov 1933**");
	});

	it("key quotes: one callout per quote with speaker, every line prefixed, linking its brief", () => {
		const q = build().find((p) => p.kind === "quotes")!.content;
		expect(q).toContain("> [!quote] Julius Caesar\n> I came, I saw, I conquered.\n>\n> — [[Caesar|Julius Caesar]]");
		expect(q).toContain("> [!quote]\n> Roosevelt hoped that recognition\n> would serve U.S. interests.\n>");
	});

	it("quiz pages: open question callouts with their choices, only the answer folded, cloze blanks escaped", () => {
		const quiz = build().find((p) => p.path.endsWith("Caesar - quiz.md"))!.content;
		expect(quiz).toContain("> [!question] 1. Which brief \\| mentions");
		expect(quiz).toContain("\\_\\_\\_\\_?");
		expect(quiz).toContain(
			"> - A) Julius Caesar\n> - B) Recognition of the Soviet Union, 1933\n>\n> > [!success]- Answer\n> > Julius Caesar",
		);
		expect(quiz).not.toContain("Draft brief");
	});

	it("index table escapes pipes in links and cells", () => {
		const idx = build()[0].content;
		expect(idx).toContain("| [[Caesar\\|Julius Caesar]] | History/Rome | 2 | 1 | [[Caesar - quiz\\|Quiz]] |");
		expect(idx).toContain("- [[Timeline]]");
	});

	it("publish key none / publish, optional permalink, Mermaid block", () => {
		const none = build({ options: { ...options, publishKey: "" } });
		expect(none[1].content).not.toContain("dg-publish");
		expect(none[1].content).toContain("study-briefs-generated: true");
		const pub = build({ options: { ...options, publishKey: "publish", permalinkPrefix: "/study", mermaid: true } });
		const tl = pub[1].content;
		expect(tl).toContain('publish: true\ndg-permalink: "/study/timeline/"');
		expect(tl).toContain(
			"```mermaid\ntimeline\n    title Timeline\n    49 BC : Caesar crosses into Greece and defeats Pompey at Pharsalus.",
		);
		// one column per year while there are at most 12 (axis-mermaid)
		expect(tl).toContain("    1933 : Roosevelt–Litvinov conversations | agreements.");
	});

	it("per-course pages for each course folder", () => {
		const pages = build({ options: { ...options, perCourse: true } });
		const paths = pages.map((p) => p.path);
		expect(paths).toContain("Study pages/Courses/History - Rome - timeline.md");
		expect(paths).toContain("Study pages/Courses/History - Russia - key quotes.md");
		const rome = pages.find((p) => p.path === "Study pages/Courses/History - Rome - timeline.md")!.content;
		expect(rome).toContain("44 BC");
		expect(rome).not.toContain("1917");
	});

	it("a brief whose note is not published in the vault does not contribute even if marked in the Brief", () => {
		const v = smallVault();
		const notes = v.notes.map((x) => (x.path === v.rome.path ? { ...x, publish: false } : x));
		const pages = buildGardenPages({ briefs: v.briefs, notes, resolveLink: v.resolve, options, quizFor });
		const all = pages.map((p) => p.content).join("\n");
		expect(all).not.toContain("Pharsalus");
		expect(all).not.toContain("[[Caesar");
		expect(all).toContain("as in Caesar.");
	});
});

describe("planWrites", () => {
	it("second run writes nothing, even when only the updated date differs", () => {
		const first = build({ generatedAt: "2026-11-28" });
		const plan1 = planWrites(first, new Map(), "Study pages");
		expect(plan1.write).toHaveLength(first.length);
		const existing = new Map(first.map((p) => [p.path, p.content] as [string, string]));
		const second = build({ generatedAt: "2026-11-29" });
		const plan2 = planWrites(second, existing, "Study pages");
		expect(plan2.write).toEqual([]);
		expect(plan2.unchanged).toHaveLength(first.length);
	});

	it("refuses to overwrite a user's note without the marker, and finds stale generated pages", () => {
		const pages = build();
		const existing = new Map<string, string | null>([
			["Study pages/Timeline.md", "---\ndg-publish: true\n---\nMy own timeline"],
			[
				"Study pages/Quizzes/Old brief - quiz.md",
				`---\nstudy-briefs-generated: true\nstudy-briefs-hash: ${hexHash("old")}\n---\nold`,
			],
			[
				"Study pages/Quizzes/Annotated - quiz.md",
				`---\nstudy-briefs-generated: true\nstudy-briefs-hash: ${hexHash("old")}\n---\nold, and my notes`,
			],
			["Study pages/Quizzes/No hash - quiz.md", "---\nstudy-briefs-generated: true\n---\nold"],
			["Study pages/Notes.md", "mine"],
		]);
		const plan = planWrites(pages, existing, "Study pages");
		expect(plan.refused).toEqual([
			{ path: "Study pages/Timeline.md", reason: "a note without the generated marker has this name" },
		]);
		expect(plan.write.map((p) => p.path)).not.toContain("Study pages/Timeline.md");
		expect(plan.stale).toEqual(["Study pages/Quizzes/Old brief - quiz.md"]);
		// Edited since written (or no hash to tell): someone's notes now, never removed.
		expect(plan.kept.map((k) => k.path).sort()).toEqual([
			"Study pages/Quizzes/Annotated - quiz.md",
			"Study pages/Quizzes/No hash - quiz.md",
		]);
	});

	it("a changed page is written again", () => {
		const pages = build();
		const existing = new Map(
			pages.map((p) => [p.path, p.content.replace("Pharsalus", "Pharsalos")] as [string, string]),
		);
		const plan = planWrites(pages, existing, "Study pages");
		expect(plan.write.map((p) => p.path)).toEqual(["Study pages/Timeline.md"]);
	});

	it("../ in a brief's name cannot escape the folder", () => {
		const v = smallVault();
		const evil = { ...v.rome, path: "../../etc/passwd.md", title: "../../x" };
		const notes = [...v.notes, { path: evil.path, publish: true, hidden: false, exists: true }];
		const pages = buildGardenPages({ briefs: [evil], notes, resolveLink: v.resolve, options });
		for (const p of pages) expect(p.path.startsWith("Study pages/")).toBe(true);
		expect(pages.some((p) => p.path.includes(".."))).toBe(false);
		const plan = planWrites(
			[{ path: "Study pages/../secret.md", content: "x", kind: "timeline" }, ...pages],
			new Map(),
			"Study pages",
		);
		expect(plan.refused).toEqual([{ path: "Study pages/../secret.md", reason: "outside the garden folder" }]);
		expect(plan.write).toHaveLength(pages.length);
	});
});
