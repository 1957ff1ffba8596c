/**
 * The plugin end to end in jsdom: loads on the example vault through the fake app, indexes it,
 * registers its commands and views, and leaves no listener behind on unload.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeLog, type Plugin as ShimPlugin } from "../shims/obsidian";
import StudyBriefsPlugin from "../../src/main";
import { createFakeApp, type FakeApp } from "../shims/fake-app";

const VAULT = join(process.cwd(), "examples/vault/");

function readVault(dir: string, out: Record<string, string> = {}): Record<string, string> {
	for (const name of readdirSync(dir)) {
		if (name.startsWith(".")) continue;
		const full = join(dir, name);
		if (statSync(full).isDirectory()) readVault(full, out);
		else if (name.endsWith(".md")) out[relative(VAULT, full)] = readFileSync(full, "utf8");
	}
	return out;
}

const manifest = { id: "study-briefs", name: "Study Briefs", version: "0.1.0", dir: ".obsidian/plugins/study-briefs" };

/** Waits until `check` passes (polls; never a fixed sleep). The timeout only bounds a failing test. */
async function until(check: () => void): Promise<void> {
	await vi.waitFor(check, { timeout: 10_000, interval: 5 });
}

describe("Study Briefs plugin on the example vault", () => {
	let app: FakeApp;
	let plugin: StudyBriefsPlugin;
	/** The same object seen through the shim's recording Plugin (commands, runCommand). */
	let shim: ShimPlugin;

	beforeEach(async () => {
		noticeLog.length = 0;
		app = createFakeApp({ files: readVault(VAULT) });
		plugin = new StudyBriefsPlugin(app as never, manifest as never);
		shim = plugin as unknown as ShimPlugin;
		await plugin.onload();
		(plugin as unknown as { _loaded: boolean })._loaded = true;
		await plugin.api.ready;
	});

	afterEach(async () => {
		// A command opens its view asynchronously (`void activate…()`): let it finish before unloading.
		await app.workspace.whenIdle();
		plugin.unload();
	});

	it("indexes the published briefs, with BCE events first", () => {
		const briefs = plugin.index.briefs();
		expect(briefs.map((b) => b.path).sort()).toEqual([
			"Histoire/La Première Guerre mondiale.md",
			"Roman Republic/The Fall of the Republic.md",
			"Roman Republic/The Punic Wars.md",
			"Russian History/Stalin's Great Purges.md",
			"Russian History/The Russian Revolution of 1917.md",
			"Russian History/US Recognition of the Soviet Union.md",
		]);
		const events = plugin.index.timeline();
		expect(events.length).toBeGreaterThan(20);
		expect(events[0].date.start.year).toBeLessThan(0);
		expect(events[0].date.label).toMatch(/BC/);
		for (let i = 1; i < events.length; i++)
			expect(events[i].date.start.year).toBeGreaterThanOrEqual(events[i - 1].date.start.year);
	});

	it("reports the note with malformed front-matter as a problem and keeps the unpublished note out", () => {
		const problems = plugin.index.problems();
		expect(problems.some((p) => p.path === "Drafts/Unfinished brief.md")).toBe(true);
		expect(plugin.index.briefs().some((b) => b.path === "Drafts/Purges reading notes.md")).toBe(false);
		expect(
			plugin.index.briefs({ includeUnpublished: true }).some((b) => b.path === "Drafts/Purges reading notes.md"),
		).toBe(true);
	});

	it("registers its commands in sentence case, without default hotkeys", () => {
		const names = shim.commands.map((c) => c.name);
		for (const n of [
			"Open timeline",
			"Open quote index",
			"Quiz this brief",
			"Quiz this course",
			"Review due questions",
			"Write garden pages",
			"Check linked notes",
			"Copy garden link",
		]) {
			expect(names).toContain(n);
		}
		for (const c of shim.commands) {
			expect(c.hotkeys).toBeUndefined();
			expect(c.name[0]).toBe(c.name[0].toUpperCase());
			expect(c.name.slice(1)).not.toMatch(/\b(?:Timeline|Quote|Brief|Quiz|Course|Garden|Notes)\b/);
		}
	});

	it("'Quiz this brief' on a note that is not a brief explains why in a notice", async () => {
		app.workspace.setActiveFile(app.vault.getFileByPath("Welcome.md"));
		shim.runCommand("quiz-this-brief");
		await until(() => expect(noticeLog.join("\n")).toMatch(/Welcome\.md is not a brief.*dg-publish/));
	});

	it("'Quiz this brief' on a brief opens the quiz view with questions from it", async () => {
		app.workspace.setActiveFile(app.vault.getFileByPath("Roman Republic/The Fall of the Republic.md"));
		shim.runCommand("quiz-this-brief");
		const quizText = () =>
			app.workspace.getLeavesOfType("study-briefs-quiz")[0]?.view?.containerEl.textContent ?? "";
		await until(() => expect(quizText()).toMatch(/1 \/ \d+/));
		const text = quizText();
		expect(text).toMatch(/The Fall of the Republic/);
		expect(text).toMatch(/1 \/ \d+/);
		expect(text).not.toMatch(/not a brief/);
	});

	it("opens the timeline and the quote index with rows from the vault", async () => {
		shim.runCommand("open-timeline");
		shim.runCommand("open-quote-index");
		const textOf = (type: string) => app.workspace.getLeavesOfType(type)[0]?.view?.containerEl.textContent ?? "";
		await until(() => {
			expect(textOf("study-briefs-timeline")).toMatch(/753 BC|264 BC/);
			expect(textOf("study-briefs-quotes")).toMatch(/14 quotes/);
		});
	});

	it("keeps the index current when a brief is edited", async () => {
		const file = app.vault.getFileByPath("Roman Republic/The Punic Wars.md")!;
		await app.vault.process(file, (t) =>
			t.replace(
				"Rome was founded, according to legend, in 753 BC;",
				"Rome was founded, according to legend, in 754 BC;",
			),
		);
		const labels = () => plugin.index.timeline().map((e) => e.date.label);
		await until(() => expect(labels()).toContain("754 BC"));
		expect(labels()).not.toContain("753 BC");
	});

	it("exports the active brief's cards for Anki (TSV) and Spaced Repetition (question::answer), never into the brief", async () => {
		const briefPath = "Roman Republic/The Punic Wars.md";
		const before = await app.vault.read(app.vault.getFileByPath(briefPath)!);
		app.workspace.setActiveFile(app.vault.getFileByPath(briefPath));
		shim.runCommand("export-anki");
		shim.runCommand("export-spaced-repetition");
		await until(() => expect(noticeLog.filter((n) => /exported \d+ cards/.test(n))).toHaveLength(2));
		const tsv = app.vault.getFileByPath("Study Briefs/exports/The Punic Wars, 264–146 BC - Anki.tsv");
		const sr = app.vault.getFileByPath("Study Briefs/exports/The Punic Wars, 264–146 BC - flashcards.md");
		expect(tsv && sr).toBeTruthy();
		const tsvText = await app.vault.read(tsv!);
		const cards = tsvText.split("\n").filter((l) => l && !l.startsWith("#"));
		expect(cards.length).toBeGreaterThan(3);
		for (const line of cards) expect(line.split("\t")).toHaveLength(3);
		expect(await app.vault.read(sr!)).toMatch(/::/);
		expect(await app.vault.read(app.vault.getFileByPath(briefPath)!)).toBe(before);
		expect(noticeLog.join("\n")).toMatch(/exported \d+ cards/);
	});

	it("reads the vault again when the brief marker key changes in the settings", async () => {
		expect(plugin.index.briefs().length).toBe(6);
		plugin.settings.publishKey = "publish";
		await plugin.saveSettings();
		await until(() => expect(plugin.index.briefs()).toEqual([]));
		plugin.settings.publishKey = "dg-publish";
		await plugin.saveSettings();
		await until(() => expect(plugin.index.briefs().length).toBe(6));
		expect((shim.storedData as { publishKey: string }).publishKey).toBe("dg-publish");
	});

	it("leaves no listeners behind after unload", async () => {
		shim.runCommand("open-timeline");
		await until(() =>
			expect(app.workspace.getLeavesOfType("study-briefs-timeline")[0]?.view?.containerEl.textContent).toMatch(
				/BC/,
			),
		);
		await app.workspace.whenIdle();
		plugin.unload();
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.metadataCache.listenerCount()).toBe(0);
		expect(app.workspace.listenerCount()).toBe(0);
	});
});
