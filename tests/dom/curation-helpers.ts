/** The plugin loaded on a fake vault with one brief, and the steps the curation dom tests share. */
import { afterEach, expect, vi } from "vitest";
import StudyBriefsPlugin from "../../src/main";
import type { CurationActions } from "../../src/obsidian/curation-actions";
import type { PluginHost } from "../../src/ui/plugin-host";
import { VIEW_TYPE_CURATION, CurationView } from "../../src/ui/curation/panel";
import { TimelineView, VIEW_TYPE_TIMELINE } from "../../src/ui/timeline/view";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import { TFile } from "../shims/obsidian";

export const PATH = "History/Revolution.md";
export const NOTE = `---
dg-publish: true
---
# The Russian Revolution

## Timeline

- The February Revolution began in Petrograd in March 1914 with bread riots and strikes.
- Lenin returned to Russia from exile in Switzerland in April 1917 aboard a sealed train.
- The Bolsheviks seized power in Petrograd on 7 November 1917 in a nearly bloodless coup.
- The regiment lost many men in the fighting around the city, the report says.

## Key Quotes

> "Peace, land and bread." — Lenin

> "History will not forgive us if we do not assume power now."
`;
const manifest = { id: "study-briefs", name: "Study Briefs", version: "0.1.0", dir: ".obsidian/plugins/study-briefs" };

export interface Rig {
	app: FakeApp;
	plugin: StudyBriefsPlugin;
	host: PluginHost;
	curation: CurationActions;
}

const loaded: StudyBriefsPlugin[] = [];

/** Unloads the plugins a test loaded and removes leftover dialogs (call at the top of each test file). */
export function cleanUpAfterEach(): void {
	afterEach(() => {
		for (const p of loaded.splice(0)) p.unload();
		document.body.querySelectorAll(".modal-container").forEach((m) => m.remove());
	});
}

export async function load(device: string, files: Record<string, string> = { [PATH]: NOTE }): Promise<Rig> {
	const app = createFakeApp({ files });
	app.saveLocalStorage("study-briefs-device-id", device);
	const plugin = new StudyBriefsPlugin(app as never, manifest as never);
	const onload = vi.spyOn(plugin, "onload");
	plugin.load();
	await onload.mock.results[0].value;
	await plugin.api.ready;
	loaded.push(plugin);
	const host = (plugin as unknown as { host: PluginHost }).host;
	const curation = host.curation as CurationActions;
	await curation.whenIdle();
	return { app, plugin, host, curation };
}

/** The file at a path (checked). */
export function fileAt(app: FakeApp, path: string): TFile {
	const f = app.vault.getFileByPath(path);
	if (!(f instanceof TFile)) throw new Error(`no file ${path}`);
	return f;
}

export const labels = (r: Rig) => r.plugin.api.events({}).map((e) => e.date.label);
export const eventWith = (r: Rig, words: string) => {
	const ev = r.plugin.api.events({}).find((e) => e.text.includes(words));
	expect(ev, words).toBeDefined();
	return ev!;
};

export async function settle(r: Rig): Promise<void> {
	await r.curation.whenIdle();
	await r.app.metadataCache.whenIdle();
	await r.curation.whenIdle();
}

export async function timeline(r: Rig): Promise<TimelineView> {
	await r.plugin.activateTimeline();
	await r.app.workspace.whenIdle();
	const view = r.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0].view;
	expect(view).toBeInstanceOf(TimelineView);
	return view as unknown as TimelineView;
}

/** The modal on screen: types into its field (firing input), optionally a label, and presses Save. */
export function fillModal(value: string, label?: string): { preview: string } {
	const modal = document.body.querySelector(".modal-container:last-of-type") as HTMLElement;
	expect(modal).not.toBeNull();
	const input = modal.querySelector("input") as HTMLInputElement;
	input.value = value;
	input.dispatchEvent(new Event("input"));
	if (label !== undefined) (modal.querySelector(".sb-curation-label") as HTMLInputElement).value = label;
	const preview = modal.querySelector(".sb-curation-preview")?.textContent ?? "";
	(modal.querySelector("button.mod-cta") as HTMLButtonElement).click();
	return { preview };
}

export async function panel(r: Rig): Promise<CurationView> {
	r.curation.openPanel();
	await r.app.workspace.whenIdle();
	const view = r.app.workspace.getLeavesOfType(VIEW_TYPE_CURATION)[0]?.view;
	expect(view).toBeInstanceOf(CurationView);
	return view as unknown as CurationView;
}

/** Clicks Undo on the panel row of the only override of this kind. */
export async function undoInPanel(r: Rig, kind: string): Promise<void> {
	const view = await panel(r);
	const rows = [...view.contentEl.querySelectorAll<HTMLElement>(`.sb-curation-row[data-kind="${kind}"]`)];
	expect(rows).toHaveLength(1);
	(rows[0].querySelector(".sb-curation-undo") as HTMLButtonElement).click();
	await settle(r);
}
