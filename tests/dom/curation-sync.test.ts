/**
 * Issue 20: overrides survive a small edit of their sentence and a rename of the brief, a deleted sentence leaves an
 * orphan (listed, never dropped), two devices writing at once lose nothing and agree, a synced log is applied.
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../src/core/brief";
import type { HistEvent } from "../../src/core/model";
import { CURATION_HEADER, CuratedIndex, serializeOverride, targetOfItem } from "../../src/core/overrides";
import { CurationActions } from "../../src/obsidian/curation-actions";
import { CurationStore } from "../../src/obsidian/curation-store";
import { showEventMenu } from "../../src/ui/timeline/interactions";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import { Menu } from "../shims/obsidian";
import {
	cleanUpAfterEach,
	eventWith,
	fileAt,
	fillModal,
	load,
	NOTE,
	panel,
	PATH,
	settle,
	timeline,
} from "./curation-helpers";

cleanUpAfterEach();

describe("curation across edits, renames and devices", () => {
	it("an override survives a small edit of its sentence and a rename of the brief", async () => {
		const r = await load("laptop-aaaa");
		const view = await timeline(r);
		showEventMenu(view, eventWith(r, "bloodless coup"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Correct date…");
		fillModal("25 October 1917");
		await settle(r);
		showEventMenu(view, eventWith(r, "Lenin returned"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Hide");
		await settle(r);
		const file = fileAt(r.app, PATH);
		await r.app.vault.modify(
			file,
			NOTE.replace("nearly bloodless coup", "nearly bloodless takeover").replace(
				"aboard a sealed train",
				"aboard a famous sealed train",
			),
		);
		await settle(r);
		expect(eventWith(r, "bloodless takeover").date.label).toBe("25 Oct 1917");
		expect(r.plugin.api.events({}).some((e) => e.text.includes("Lenin"))).toBe(false);
		await r.app.fileManager.renameFile(file, "Archive/Revolution 1917.md");
		await settle(r);
		expect(eventWith(r, "bloodless takeover")).toMatchObject({
			briefPath: "Archive/Revolution 1917.md",
			date: { label: "25 Oct 1917" },
		});
		expect(r.plugin.api.events({}).some((e) => e.text.includes("Lenin"))).toBe(false);
		expect(r.curation.entries().filter((e) => e.orphan)).toEqual([]);
		// A sentence deleted for good: its override is listed as an orphan, never dropped.
		await r.app.vault.modify(fileAt(r.app, "Archive/Revolution 1917.md"), NOTE.replace(/- Lenin returned.*\n/, ""));
		await settle(r);
		const orphans = r.curation.entries().filter((e) => e.orphan);
		expect(orphans.map((e) => [e.override.k, e.orphan])).toEqual([["hide", "item"]]);
		const p = await panel(r);
		expect(p.contentEl.querySelectorAll(".sb-curation-orphans .sb-curation-row")).toHaveLength(1);
	});

	it("two devices writing at once: no loss, and both end with the same result", async () => {
		// Device A: the plugin. Device B (another vault copy): its own curation store over its own index.
		const a = await load("phone-bbbb");
		const bApp = createFakeApp({ files: { [PATH]: NOTE } });
		bApp.saveLocalStorage("study-briefs-device-id", "laptop-aaaa");
		const bIndex = new CuratedIndex();
		bIndex.upsert(parseBrief({ path: PATH, text: NOTE }, { publishKeys: ["dg-publish"] }));
		bIndex.settle();
		const bStore = new CurationStore(bApp as never, bIndex, { reviewFolder: () => "Study Briefs/reviews" });
		const b = new CurationActions(bStore, bIndex, () => undefined);
		await bStore.load();
		const ev = (index: { timeline(f: object): HistEvent[] }, words: string) =>
			index.timeline({}).find((e) => e.text.includes(words))!;
		// At the same time: A corrects a date, B corrects the same date otherwise and hides another event.
		const va = await timeline(a);
		showEventMenu(va, eventWith(a, "February Revolution"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Correct date…");
		fillModal("1917");
		await Promise.all([
			b.correctDate(ev(bIndex, "February Revolution"), "February 1917"),
			b.hide(ev(bIndex, "bloodless coup"), "event"),
			settle(a),
		]);
		// Sync copies each device's file to the other; each reads the folder again.
		const logsOf = (app: FakeApp) =>
			app.vault.getMarkdownFiles().filter((x) => x.path.startsWith("Study Briefs/curation/"));
		for (const f of logsOf(a.app)) await bApp.vault.create(f.path, await a.app.vault.read(f));
		for (const f of logsOf(bApp))
			if (!a.app.vault.getFileByPath(f.path)) await a.app.vault.create(f.path, await bApp.vault.read(f));
		await (a.curation as unknown as { store: CurationStore }).store.load();
		await bStore.load();
		await settle(a);
		const shown = (index: { timeline(f: object): HistEvent[] }) =>
			index.timeline({}).map((e) => `${e.date.label}|${e.text}`);
		expect(shown(a.plugin.index)).toEqual(shown(bIndex));
		expect(a.curation.entries().map((e) => e.override.id)).toEqual(b.entries().map((e) => e.override.id));
		expect(shown(bIndex).some((x) => x.includes("bloodless coup"))).toBe(false);
		// The same correction wins on both (the later in time, device, line order); the other stays in its log.
		expect(ev(a.plugin.index, "February Revolution").date.label).toBe(ev(bIndex, "February Revolution").date.label);
		const all = await Promise.all(logsOf(bApp).map((f) => bApp.vault.read(f)));
		expect(all.join("\n").match(/"k":"date"/g)).toHaveLength(2);
		expect(
			logsOf(bApp)
				.map((f) => f.path)
				.sort(),
		).toEqual(["Study Briefs/curation/laptop-aaaa.md", "Study Briefs/curation/phone-bbbb.md"]);
	});

	it("another device's log arriving by sync is applied (the folder is watched); the own log is not news", async () => {
		const app = createFakeApp({ files: { [PATH]: NOTE } });
		app.saveLocalStorage("study-briefs-device-id", "laptop-aaaa");
		const index = new CuratedIndex();
		const b = parseBrief({ path: PATH, text: NOTE }, { publishKeys: ["dg-publish"] });
		index.upsert(b);
		index.settle();
		const store = new CurationStore(app as never, index, { reviewFolder: () => "Study Briefs/reviews" });
		await store.load();
		const refs: unknown[] = [];
		let changes = 0;
		let done: () => void = () => undefined;
		store.onChange(() => (changes++, done()));
		store.watch((ref) => void refs.push(ref), 0);
		expect(refs).toHaveLength(4);
		const actions = new CurationActions(store, index, () => undefined);
		await actions.hide(b.events[0], "event");
		await new Promise((r) => setTimeout(r, 0));
		await store.whenIdle();
		expect(changes).toBe(1); // the own write, applied at once; its file event is not read again
		const phone =
			CURATION_HEADER +
			serializeOverride({
				k: "hide",
				target: targetOfItem(b, b.events[1].id, "event"),
				t: Date.UTC(2026, 10, 1), // any time: the phone hides another event than this device did
				id: "phone.1",
			}) +
			"\n";
		const synced = new Promise<void>((r) => (done = r));
		await app.vault.create("Study Briefs/curation/phone-bbbb.md", phone);
		await synced;
		expect(index.timeline({}).map((e) => e.date.label)).toEqual(["7 Nov 1917"]);
	});
});
