import { load } from "js-yaml";
import { noticeLog } from "../shims/obsidian";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseBrief } from "../../src/core/brief";
import { BriefIndex } from "../../src/core/index/brief-index";
import { GardenWriter } from "../../src/obsidian/garden-writer";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings";
import { createFakeApp, type FakeApp } from "../shims/fake-app";

const CAESAR = `---
dg-publish: true
---
# Julius Caesar

- **Rubicon:** Caesar crossed the Rubicon in January 49 BC.
- **Ides of March:** Caesar was assassinated on March 15, 44 BC. See [[Diary]] and ![[Secret plans]].

**Key Quotes:**

- "Alea iacta est." — Julius Caesar
`;

const FILES: Record<string, string> = {
	"Rome/Caesar.md": CAESAR,
	"Diary.md": "# Diary\nPRIVATEDIARYWORD in 45 BC.",
	"Secret plans.md": "---\ndg-publish: false\n---\nPRIVATEPLANSWORD in 40 BC.",
	"Drafts/Draft.md": "---\ndg-publish: false\n---\n# Draft\n- **Draft:** DRAFTWORD happened in 1800.",
};

function setup(files = FILES, settings: Partial<Settings> = {}) {
	const app = createFakeApp({ files });
	const folders: string[] = [];
	Object.assign(app.vault, {
		createFolder: async (p: string) => {
			folders.push(p);
		},
	});
	// Obsidian's trashFile honours the user's deletion setting; the fake moves to the vault trash.
	Object.assign(app.fileManager, { trashFile: (f: never) => app.vault.trash(f) });
	const index = new BriefIndex();
	for (const [path, text] of Object.entries(files)) {
		if (text.includes("dg-publish")) index.upsert(parseBrief({ path, text }, { parseYaml: load }));
	}
	const s: Settings = { ...DEFAULT_SETTINGS, ...settings };
	const writer = new GardenWriter(
		app as never,
		index,
		() => s,
		() => new Date("2026-11-28T12:00:00Z"),
	);
	return { app, index, writer, folders };
}

const pagesOf = (app: FakeApp) =>
	app.vault
		.getFiles()
		.filter((f) => f.path.startsWith("Study pages/"))
		.map((f) => f.path)
		.sort();

describe("GardenWriter", () => {
	beforeEach(() => {
		noticeLog.length = 0;
	});

	it("writes the pages into the garden folder, creating it, with a summary notice; a second run writes nothing", async () => {
		const { app, writer, folders } = setup();
		const r1 = await writer.run();
		expect(r1.written.sort()).toEqual([
			"Study pages/Key quotes.md",
			"Study pages/Quizzes/Caesar - quiz.md",
			"Study pages/Study pages.md",
			"Study pages/Timeline axis.svg",
			"Study pages/Timeline.md",
		]);
		expect(pagesOf(app)).toEqual(r1.written.sort());
		expect(folders).toContain("Study pages");
		expect(folders).toContain("Study pages/Quizzes");
		// G1: the brief embeds an unpublished note; the notice names both.
		expect(noticeLog.at(-1)).toBe(
			"Study Briefs: garden pages: 5 written, 0 unchanged.\n" +
				"Warning: Rome/Caesar.md embeds Secret plans.md, which is not published: the garden would publish its text inside the brief.",
		);
		expect(r1.leaks).toEqual([{ brief: "Rome/Caesar.md", note: "Secret plans.md" }]);
		// the axis image is written beside the timeline page and shown on it
		expect(app.vault.textOf("Study pages/Timeline axis.svg")).toMatch(
			/^<!-- study-briefs-generated: true -->\n<!-- study-briefs-hash: [0-9a-f]{8} -->\n<svg /,
		);
		expect(app.vault.textOf("Study pages/Timeline.md")).toContain("![[Study pages/Timeline axis.svg]]");
		const timeline = app.vault.textOf("Study pages/Timeline.md")!;
		expect(timeline).toContain(
			"## 49 BC\n\n- **Jan 49 BC** — **Rubicon:** Caesar crossed the Rubicon in January 49 BC. · [[Caesar|Julius Caesar]]",
		);
		expect(timeline).toContain("[[Caesar|Julius Caesar]]");
		const all = pagesOf(app)
			.map((p) => app.vault.textOf(p))
			.join("\n");
		for (const secret of ["PRIVATEDIARYWORD", "PRIVATEPLANSWORD", "DRAFTWORD", "[[Diary", "Secret plans"])
			expect(all).not.toContain(secret);

		const modifySpy = vi.spyOn(app.vault, "modify");
		const r2 = await writer.run();
		expect(r2.written).toEqual([]);
		expect(r2.unchanged).toHaveLength(5);
		expect(modifySpy).not.toHaveBeenCalled();
		expect(noticeLog.at(-1)).toMatch(
			/^Study Briefs: garden pages: 0 written, 5 unchanged\.\nWarning: Rome\/Caesar\.md embeds Secret plans\.md/,
		);
	});

	it("never overwrites a user's note without the marker and says so", async () => {
		const mine = "---\ndg-publish: true\n---\n# My timeline\nhand written";
		const { app, writer } = setup({ ...FILES, "Study pages/Timeline.md": mine });
		const r = await writer.run();
		expect(r.refused).toEqual([
			{ path: "Study pages/Timeline.md", reason: "a note without the generated marker has this name" },
		]);
		expect(app.vault.textOf("Study pages/Timeline.md")).toBe(mine);
		expect(noticeLog.at(-1)).toContain("Not overwritten: Study pages/Timeline.md");
		// G3: the refused page is not linked from the index.
		const index = app.vault.textOf("Study pages/Study pages.md")!;
		expect(index).not.toContain("[[Timeline");
		expect(index).toContain("[[Key quotes]]");
	});

	it("takes only briefs the garden's publisher publishes: not a brief published under another key (G2)", async () => {
		const shared = "---\nshare: true\n---\n# Shared\n\n- **Event:** SHAREDWORD happened in 1918.\n";
		const files = {
			...FILES,
			"Shared.md": shared,
			"Rome/Caesar.md": CAESAR.replace("See [[Diary]]", "See [[Shared]] and [[Diary]]"),
		};
		const { app, index, writer } = setup(files, { extraPublishKeys: ["share"] });
		index.upsert(
			parseBrief({ path: "Shared.md", text: shared }, { parseYaml: load, publishKeys: ["dg-publish", "share"] }),
		);
		expect(index.get("Shared.md")?.publish).toBe(true);
		await writer.run();
		const all = pagesOf(app)
			.map((p) => app.vault.textOf(p))
			.join("\n");
		expect(all).toContain("Rubicon");
		expect(all).not.toContain("SHAREDWORD");
		expect(all).not.toContain("[[Shared");
		expect(pagesOf(app)).not.toContain("Study pages/Quizzes/Shared - quiz.md");
	});

	it("keeps an edited generated page (M4): not trashed when stale, trashed (recoverable) before a rewrite", async () => {
		const { app, index, writer } = setup();
		await writer.run();
		const quiz = "Study pages/Quizzes/Caesar - quiz.md";
		const edited = `${app.vault.textOf(quiz)!}\nMy notes.\n`;
		await app.vault.modify(app.vault.getFileByPath(quiz)!, edited);
		const timeline = "Study pages/Timeline.md";
		await app.vault.modify(
			app.vault.getFileByPath(timeline)!,
			`${app.vault.textOf(timeline)!}\nMy timeline notes.\n`,
		);
		const text = CAESAR.replace("dg-publish: true", "dg-publish: false");
		index.upsert(parseBrief({ path: "Rome/Caesar.md", text }, { parseYaml: load }));
		const trash = vi.spyOn(app.vault, "trash");
		const r = await writer.run();
		// The axis image nobody edited is stale (no event left): it alone goes (to the trash).
		expect(r.removed).toEqual(["Study pages/Timeline axis.svg"]);
		expect(r.kept).toEqual([{ path: quiz, reason: "edited since it was written" }]);
		expect(app.vault.textOf(quiz)).toBe(edited);
		expect(noticeLog.at(-1)).toContain(
			`Kept ${quiz}: no brief produces it any more, but it was edited since it was written.`,
		);
		// The edited timeline went to the trash before it was written afresh (and the stale image).
		expect(trash).toHaveBeenCalledTimes(2);
		expect(r.written).toContain(timeline);
		expect(app.vault.textOf(timeline)).not.toContain("My timeline notes.");
	});

	it("a failed write is reported, the other pages are still written, and the next run retries it", async () => {
		const { app, writer } = setup();
		const create = app.vault.create.bind(app.vault);
		let fail = true;
		vi.spyOn(app.vault, "create").mockImplementation(async (path: string, data: string) => {
			if (fail && path.endsWith("Key quotes.md")) throw new Error("disk full");
			return create(path, data);
		});
		const r1 = await writer.run();
		expect(r1.failed).toEqual([{ path: "Study pages/Key quotes.md", error: "disk full" }]);
		expect(r1.written).toHaveLength(4);
		expect(noticeLog.at(-1)).toContain(
			"Could not write Study pages/Key quotes.md: disk full. The next run tries again.",
		);
		fail = false;
		const r2 = await writer.run();
		expect(r2.written).toEqual(["Study pages/Key quotes.md"]);
		expect(r2.failed).toEqual([]);
		expect(app.vault.textOf("Study pages/Key quotes.md")).toContain("> [!quote]");
	});

	it("updates a changed page with vault.process and removes the quiz page of a brief that was unpublished", async () => {
		const { app, index, writer } = setup();
		await writer.run();
		const text = CAESAR.replace("dg-publish: true", "dg-publish: false");
		index.upsert(parseBrief({ path: "Rome/Caesar.md", text }, { parseYaml: load }));
		await app.vault.modify(app.vault.getFileByPath("Rome/Caesar.md")!, text);
		const trash = vi.spyOn(app.vault, "trash");
		const r = await writer.run();
		// no published event is left: the axis image goes with the quiz page
		expect(r.removed).toEqual(["Study pages/Quizzes/Caesar - quiz.md", "Study pages/Timeline axis.svg"]);
		expect(trash).toHaveBeenCalledTimes(2);
		expect(r.written.sort()).toEqual([
			"Study pages/Key quotes.md",
			"Study pages/Study pages.md",
			"Study pages/Timeline.md",
		]);
		const all = pagesOf(app)
			.map((p) => app.vault.textOf(p))
			.join("\n");
		expect(all).not.toContain("Rubicon");
		expect(all).not.toContain("Alea");
	});

	it("waits for the first indexing pass before building pages", async () => {
		const { app, index } = setup();
		let release!: () => void;
		const ready = new Promise<void>((r) => (release = r));
		const s = { ...DEFAULT_SETTINGS };
		const writer = new GardenWriter(
			app as never,
			index,
			() => s,
			() => new Date("2026-11-28T12:00:00Z"),
			ready,
		);
		const run = writer.run();
		for (let i = 0; i < 20; i++) await Promise.resolve();
		expect(pagesOf(app)).toEqual([]);
		release();
		expect((await run).written).toHaveLength(5);
	});

	it("automatic refresh is debounced and ignores changes to the garden folder itself", async () => {
		vi.useFakeTimers();
		try {
			const { index, writer } = setup();
			const run = vi
				.spyOn(writer, "run")
				.mockResolvedValue({ written: [], unchanged: [], refused: [], removed: [], failed: [] });
			const stop = writer.startAutoRefresh(5000);
			const brief = index.get("Rome/Caesar.md")!;
			index.upsert({ ...brief, title: "Caesar 2" });
			vi.advanceTimersByTime(3000);
			index.upsert({ ...brief, title: "Caesar 3" });
			vi.advanceTimersByTime(4999);
			expect(run).not.toHaveBeenCalled();
			vi.advanceTimersByTime(1);
			expect(run).toHaveBeenCalledTimes(1);
			expect(run).toHaveBeenCalledWith({ quiet: true });
			index.upsert({ ...brief, path: "Study pages/Timeline.md" });
			vi.advanceTimersByTime(10000);
			expect(run).toHaveBeenCalledTimes(1);
			stop();
			index.upsert({ ...brief, title: "Caesar 4" });
			vi.advanceTimersByTime(10000);
			expect(run).toHaveBeenCalledTimes(1);
		} finally {
			vi.useRealTimers();
		}
	});
});
