import { load } from "js-yaml";
import { noticeLog, WorkspaceLeaf } from "../shims/obsidian";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseBrief } from "../../src/core/brief";
import { BriefIndex } from "../../src/core/index/brief-index";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings";
import type { StudyHost } from "../../src/ui/host";
import { gardenLinkFor } from "../../src/ui/linked-notes/garden-link";
import { markForPublishing } from "../../src/ui/linked-notes/mark-publish";
import { LinkedNotesView, VIEW_TYPE_LINKS } from "../../src/ui/linked-notes/view";
import { createFakeApp } from "../shims/fake-app";

const CAESAR = `---
dg-publish: true
dg-permalink: study/caesar
---
# Julius Caesar

He defeated [[Pompey]] and kept a [[Diary]].
![[Secret plans]]
See [[Glossary]] and [[Nowhere]].
`;

const FILES: Record<string, string> = {
	"Rome/Caesar.md": CAESAR,
	"Rome/Pompey.md": "---\ndg-publish: true\n---\n# Pompey\n[[Caesar]]",
	"Diary.md": "# Diary\nprivate",
	"Secret plans.md": "---\ndg-publish: false\ntags: [x]\n---\nsecret",
	"Glossary.md": "---\ndg-publish: true\ndg-hide: true\n---\nterms",
};

function setup(settings: Partial<Settings> = {}) {
	const app = createFakeApp({ files: FILES });
	const index = new BriefIndex();
	for (const [path, text] of Object.entries(FILES))
		if (text.includes("dg-publish: true")) index.upsert(parseBrief({ path, text }, { parseYaml: load }));
	let active: string | null = "Rome/Caesar.md";
	const listeners = new Set<(p: string | null) => void>();
	const s: Settings = { ...DEFAULT_SETTINGS, ...settings };
	const host: StudyHost = {
		app: app as never,
		index,
		settings: s,
		openSource: vi.fn(async () => {}),
		startQuiz: vi.fn(async () => {}),
		activePath: () => active,
		onActiveChange: (cb) => {
			listeners.add(cb);
			return () => listeners.delete(cb);
		},
		now: () => new Date("2026-11-28T12:00:00Z"),
	};
	const setActive = (p: string | null) => {
		active = p;
		for (const cb of listeners) cb(p);
	};
	return { app, index, host, setActive };
}

async function openView(host: StudyHost) {
	const view = new LinkedNotesView(new WorkspaceLeaf(host.app) as never, host);
	await view.leaf.open(view);
	document.body.appendChild(view.containerEl);
	return view;
}

const rows = (view: LinkedNotesView) =>
	[...view.contentEl.querySelectorAll<HTMLElement>(".sb-links-row")].map((r) => [
		r.querySelector(".sb-links-target")!.textContent,
		r.dataset.status,
	]);

describe("linked notes view", () => {
	beforeEach(() => {
		noticeLog.length = 0;
		document.body.empty();
	});

	it("classifies every link and embed of the active brief", async () => {
		const { host } = setup();
		const view = await openView(host);
		expect(view.getViewType()).toBe(VIEW_TYPE_LINKS);
		expect(rows(view)).toEqual([
			["Pompey", "published"],
			["Diary", "unpublished"],
			["!Secret plans", "embedded-unpublished"],
			["Glossary", "hidden"],
			["Nowhere", "missing"],
		]);
		const summary = view.contentEl.querySelector(".sb-links-summary")!;
		expect(summary.textContent).toBe(
			"5 links: 1 published, 1 hidden, 1 not published, 1 missing, 1 embedded, not published",
		);
		expect(summary.classList.contains("sb-links-warning")).toBe(true);
		expect(view.contentEl.querySelector(".sb-links-embedded-unpublished .sb-links-hint")!.textContent).toContain(
			"its content would be published",
		);
	});

	it("warns about a private note embedded through a published embed (metadata cache embeds)", async () => {
		const { app, host, index } = setup();
		// Obsidian lists embeds separately from links in the cache (the fake does too): Pompey embeds the diary.
		const pompey = app.vault.getFileByPath("Rome/Pompey.md")!;
		await app.vault.modify(pompey, `${FILES["Rome/Pompey.md"]}\n![[Diary]]`);
		await app.metadataCache.whenIdle();
		expect(app.metadataCache.getFileCache(pompey)?.embeds?.map((e) => e.link)).toEqual(["Diary"]);
		const brief = index.get("Rome/Caesar.md")!;
		index.upsert({ ...brief, links: [{ target: "Pompey", embed: true, kind: "wiki", line: 5 }] });
		const view = await openView(host);
		expect(rows(view)).toEqual([
			["!Pompey", "published"],
			["!Diary", "embedded-unpublished"],
		]);
		expect(view.contentEl.querySelectorAll(".sb-links-embedded-unpublished .sb-links-hint")[0].textContent).toBe(
			"Embedded through Rome/Pompey.",
		);
	});

	it("opens the linked note and the link's line in the brief", async () => {
		const { host } = setup();
		const view = await openView(host);
		view.contentEl.querySelector<HTMLElement>(".sb-links-row .sb-links-target")!.click();
		expect(host.openSource).toHaveBeenLastCalledWith({ path: "Rome/Pompey.md", line: 0 }, "same");
		view.contentEl.querySelectorAll<HTMLElement>(".sb-links-line")[1].click();
		expect(host.openSource).toHaveBeenLastCalledWith({ path: "Rome/Caesar.md", line: 6 }, "same");
	});

	it("marks selected notes for publishing only after a confirmation that lists them", async () => {
		const { app, host } = setup();
		const view = await openView(host);
		const mark = view.contentEl.querySelector<HTMLButtonElement>(".sb-links-mark")!;
		expect(mark.disabled).toBe(true);
		const boxes = view.contentEl.querySelectorAll<HTMLInputElement>(".sb-links-pick input");
		expect(boxes).toHaveLength(2); // only unpublished and embedded-unpublished notes can be picked
		for (const b of boxes) {
			b.checked = true;
			b.dispatchEvent(new Event("change"));
		}
		const mark2 = view.contentEl.querySelector<HTMLButtonElement>(".sb-links-mark")!;
		expect(mark2.textContent).toBe("Mark 2 for publishing");
		mark2.click();
		const modal = document.body.querySelector(".sb-links-confirm")!;
		expect([...modal.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Diary.md", "Secret plans.md"]);
		expect(app.vault.textOf("Diary.md")).toBe("# Diary\nprivate"); // nothing written before confirming
		const [cancel] = modal.querySelectorAll("button");
		cancel.click();
		expect(document.body.querySelector(".sb-links-confirm")).toBeNull();
		expect(app.vault.textOf("Diary.md")).toBe("# Diary\nprivate");

		view.contentEl.querySelector<HTMLButtonElement>(".sb-links-mark")!.click();
		const confirm = document.body.querySelectorAll<HTMLButtonElement>(".sb-links-confirm button")[1];
		confirm.click();
		await vi.waitFor(() => expect(noticeLog.at(-1)).toBe("Study Briefs: marked 2 for publishing."));
		expect(app.metadataCache.getCache("Diary.md")?.frontmatter).toEqual({ "dg-publish": true });
		expect(app.metadataCache.getCache("Secret plans.md")?.frontmatter).toEqual({ "dg-publish": true, tags: ["x"] });
		await vi.waitFor(() =>
			expect(rows(view).map((r) => r[1])).toEqual(["published", "published", "published", "hidden", "missing"]),
		);
		expect(view.selected.size).toBe(0);
	});

	it("follows the active note and can show all published briefs", async () => {
		const { host, setActive } = setup();
		const view = await openView(host);
		setActive("Diary.md");
		await vi.waitFor(() =>
			expect(view.contentEl.querySelector(".sb-links-empty")?.textContent).toBe(
				"Open a brief to check its links.",
			),
		);
		view.setScope("all");
		const titles = [...view.contentEl.querySelectorAll(".sb-links-brief-title")].map((e) => e.textContent);
		expect(titles).toEqual(["Glossary", "Julius Caesar", "Pompey"]);
		view.leaf.detach();
		expect((view as unknown as { pendingCleanups(): number }).pendingCleanups()).toBe(0);
	});
});

describe("mark for publishing and garden links", () => {
	it("a note that vanished or whose front-matter cannot be rewritten is reported, the others are marked", async () => {
		const { app } = setup();
		app.vault.put("Broken.md", "---\n: : bad\n---\ntext");
		const r = await markForPublishing(app as never, ["Gone.md", "Broken.md", "Diary.md"], "publish");
		expect(r.marked).toEqual(["Diary.md"]);
		expect(r.failed.map((f) => f.path)).toEqual(["Gone.md", "Broken.md"]);
		expect(app.vault.textOf("Diary.md")).toContain("publish: true");
	});

	it("garden link from dg-permalink or the slugified path; none when unpublished or without a base URL", () => {
		const { app } = setup({ gardenBaseUrl: "garden.example.org" });
		const s = { ...DEFAULT_SETTINGS, gardenBaseUrl: "garden.example.org" };
		expect(gardenLinkFor(app as never, s, "Rome/Caesar.md")).toBe("https://garden.example.org/study/caesar/");
		expect(gardenLinkFor(app as never, s, "Rome/Pompey.md")).toBe("https://garden.example.org/rome/pompey/");
		expect(gardenLinkFor(app as never, s, "Diary.md")).toBeNull();
		expect(gardenLinkFor(app as never, DEFAULT_SETTINGS, "Rome/Pompey.md")).toBeNull();
	});
});
