/** The linked-notes panel in real Chromium: a 360px sidebar, Obsidian's default light and dark variables. */
import { load } from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { WorkspaceLeaf } from "../shims/obsidian";
import { parseBrief } from "../../src/core/brief";
import { BriefIndex } from "../../src/core/index/brief-index";
import { DEFAULT_SETTINGS } from "../../src/settings";
import type { StudyHost } from "../../src/ui/host";
import { LinkedNotesView } from "../../src/ui/linked-notes/view";
import "../../src/ui/linked-notes/linked-notes.css";
import { createFakeApp } from "../shims/fake-app";
import "./helpers/obsidian-theme.css";

const FILES: Record<string, string> = {
	"Russian History/Stalin's Great Purges.md":
		"---\ndg-publish: true\n---\n# Stalin's Great Purges\n\nSee [[The Russian Revolution of 1917]] and my [[Purges reading notes]].\n![[Interview transcript]]\nGlossary: [[Terms]]. Also [[Kirov file]].\n",
	"Russian History/The Russian Revolution of 1917.md":
		"---\ndg-publish: true\n---\n# The Russian Revolution of 1917\n",
	"Drafts/Purges reading notes.md": "# Reading notes\nprivate",
	"Drafts/Interview transcript.md": "---\ndg-publish: false\n---\nprivate",
	"Terms.md": "---\ndg-publish: true\ndg-hide: true\n---\nterms",
};

async function mount(theme: "light" | "dark") {
	document.body.className = `sb-test-page theme-${theme}`;
	const app = createFakeApp({ files: FILES });
	const index = new BriefIndex();
	for (const [path, text] of Object.entries(FILES))
		if (text.includes("dg-publish: true")) index.upsert(parseBrief({ path, text }, { parseYaml: load }));
	const host: StudyHost = {
		app: app as never,
		index,
		settings: { ...DEFAULT_SETTINGS, gardenBaseUrl: "https://garden.example.org" },
		openSource: async () => {},
		startQuiz: async () => {},
		activePath: () => "Russian History/Stalin's Great Purges.md",
		onActiveChange: () => () => {},
		now: () => new Date("2026-11-28T12:00:00Z"),
	};
	const pane = document.body.createDiv({ cls: "sb-test-pane" });
	pane.setCssStyles({ width: "360px", height: "520px" });
	const view = new LinkedNotesView(new WorkspaceLeaf(app) as never, host);
	pane.appendChild(view.containerEl);
	await view.leaf.open(view);
	return { view, pane };
}

afterEach(() => {
	document.body.empty();
	document.body.className = "";
});

describe("linked notes panel", () => {
	for (const theme of ["light", "dark"] as const) {
		it(`renders every link with its status, readable in ${theme}`, async () => {
			const { view, pane } = await mount(theme);
			const box = view.contentEl.querySelectorAll<HTMLInputElement>(".sb-links-pick input")[0];
			box.checked = true;
			box.dispatchEvent(new Event("change"));
			const rows = [...view.contentEl.querySelectorAll<HTMLElement>(".sb-links-row")];
			expect(rows.map((r) => r.dataset.status)).toEqual([
				"published",
				"unpublished",
				"embedded-unpublished",
				"hidden",
				"missing",
			]);
			for (const r of rows) {
				const rect = r.getBoundingClientRect();
				expect(rect.right).toBeLessThanOrEqual(pane.getBoundingClientRect().right + 0.5);
				expect(rect.height).toBeGreaterThan(10);
			}
			const warn = view.contentEl.querySelector(".sb-links-embedded-unpublished .sb-links-badge")!;
			const normal = view.contentEl.querySelector(".sb-links-published .sb-links-badge")!;
			expect(getComputedStyle(warn).color).not.toBe(getComputedStyle(normal).color);
			expect(view.contentEl.querySelector<HTMLButtonElement>(".sb-links-mark")!.textContent).toBe(
				"Mark 1 for publishing",
			);
			await page.screenshot({ path: `../screenshots/garden-linked-notes-${theme}.png` });
		});
	}
});
