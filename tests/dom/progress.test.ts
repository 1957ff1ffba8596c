/**
 * Indexing progress through the whole plugin: a vault made slow by the test (reads wait on a promise the test
 * releases, no sleeps) shows the status bar count and a progress line in the timeline, quotes and quiz views; both
 * give way to "N briefs · M problems" and the views' content once the first pass is done.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import StudyBriefsPlugin from "../../src/main";
import { Platform, type Plugin as ShimPlugin } from "../shims/obsidian";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import { yamlBrief } from "./indexer-helpers";

const manifest = { id: "study-briefs", name: "Study Briefs", version: "0.1.0", dir: ".obsidian/plugins/study-briefs" };

function deferred(): { promise: Promise<void>; resolve: () => void } {
	let resolve!: () => void;
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
}

function vault(n: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < n; i++) files[`Course ${i % 3}/Brief ${i}.md`] = yamlBrief(`Brief ${i}`, 1800 + i);
	files["Drafts/Broken.md"] = "---\ndg-publish: true\ntags: [unclosed\n---\n# Broken\n";
	return files;
}

/** Makes every read wait for `gate`; `firstRead` resolves when the indexer asks for its first note. */
function slowReads(app: FakeApp) {
	const gate = deferred();
	const firstRead = deferred();
	const read = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = async (file) => {
		firstRead.resolve();
		await gate.promise;
		return read(file);
	};
	return { gate, firstRead };
}

let plugin: StudyBriefsPlugin | null = null;
afterEach(async () => {
	// Views open asynchronously (`void activate…()`): let them finish before unloading.
	await (plugin?.app as FakeApp | undefined)?.workspace.whenIdle();
	plugin?.unload();
	plugin = null;
	Platform.isMobile = false;
});

async function load(app: FakeApp): Promise<StudyBriefsPlugin> {
	const p = new StudyBriefsPlugin(app as never, manifest as never);
	await p.onload();
	(p as unknown as { _loaded: boolean })._loaded = true;
	return p;
}

function viewsOf(app: FakeApp) {
	return app.workspace.leaves.map((l) => l.view!).filter(Boolean) as unknown as Array<{
		getViewType(): string;
		containerEl: HTMLElement;
		contentEl: HTMLElement;
	}>;
}

function lineOf(view: { containerEl: HTMLElement }): HTMLElement | null {
	return view.containerEl.querySelector<HTMLElement>(".sb-progress-line");
}

describe("indexing progress", () => {
	it("appears in the status bar and in every view during a slow first pass, and gives way after", async () => {
		const app = createFakeApp({ files: vault(30) });
		const { gate, firstRead } = slowReads(app);
		plugin = await load(app);
		const status = (plugin as unknown as ShimPlugin).statusBarItems[0];
		await firstRead.promise;
		await plugin.activateTimeline();
		await plugin.activateQuotes();
		await plugin.startQuiz({ kind: "due" });
		const views = viewsOf(app);
		expect(views.map((v) => v.getViewType()).sort()).toEqual([
			"study-briefs-quiz",
			"study-briefs-quotes",
			"study-briefs-timeline",
		]);

		expect(status.textContent).toMatch(/^Study Briefs: indexing \d+ \/ 31$/);
		for (const v of views) {
			const line = lineOf(v);
			expect(line, v.getViewType()).not.toBeNull();
			expect(line!.hasClass("sb-is-hidden")).toBe(false);
			expect(line!.textContent).toMatch(/^Study Briefs: indexing \d+ \/ 31…$/);
			expect(line!.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow")).toMatch(/^\d+$/);
			// The empty state ("No briefs yet") is hidden while the pass runs.
			expect(v.contentEl.hasClass("sb-is-indexing")).toBe(true);
		}

		gate.resolve();
		await plugin.api.ready;
		expect(plugin.index.problems().length).toBeGreaterThan(0);
		const problems = plugin.index.problems().length;
		expect(status.textContent).toBe(
			`${plugin.index.size} briefs \u00b7 ${problems} ${problems === 1 ? "problem" : "problems"}`,
		);
		expect(plugin.index.size).toBeGreaterThanOrEqual(30);
		for (const v of viewsOf(app)) {
			expect(lineOf(v)!.hasClass("sb-is-hidden")).toBe(true);
			expect(v.contentEl.hasClass("sb-is-indexing")).toBe(false);
		}
	});

	it("a click on the status bar opens the timeline; unloading removes the item and the lines", async () => {
		const app = createFakeApp({ files: vault(3) });
		plugin = await load(app);
		await plugin.api.ready;
		const status = (plugin as unknown as ShimPlugin).statusBarItems[0];
		document.body.appendChild(status);
		status.click();
		// The click opens the timeline asynchronously: wait until it is the active view, as a user would see it.
		await vi.waitFor(() => expect(app.workspace.activeLeaf?.view?.getViewType()).toBe("study-briefs-timeline"));
		expect(app.workspace.getLeavesOfType("study-briefs-timeline")).toHaveLength(1);
		const view = viewsOf(app)[0];
		expect(lineOf(view)).not.toBeNull();
		plugin.unload();
		plugin = null;
		expect(status.isConnected).toBe(false);
		expect(lineOf(view)).toBeNull();
	});

	it("on mobile there is no status bar item, and the views still show the line", async () => {
		Platform.isMobile = true;
		const app = createFakeApp({ files: vault(12) });
		const { gate, firstRead } = slowReads(app);
		plugin = await load(app);
		expect((plugin as unknown as ShimPlugin).statusBarItems).toHaveLength(0);
		await firstRead.promise;
		await plugin.activateTimeline();
		const line = lineOf(viewsOf(app)[0])!;
		expect(line.hasClass("sb-is-hidden")).toBe(false);
		gate.resolve();
		await plugin.api.ready;
		expect(line.hasClass("sb-is-hidden")).toBe(true);
	});
});
