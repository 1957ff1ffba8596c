/**
 * Curation in the plugin: the store (one log per device beside the review logs), the actions the views call,
 * the "Hidden and corrected" panel and its command, and "Add event here…" in the editor menu.
 */
import { MarkdownView, type Editor, type Menu, type MarkdownFileInfo, type Plugin } from "obsidian";
import type { CuratedIndex } from "../../core/overrides";
import { CurationActions } from "../../obsidian/curation-actions";
import { CurationStore } from "../../obsidian/curation-store";
import type { StudyHost } from "../host";
import { openAddEvent } from "./menus";
import { CurationView, VIEW_TYPE_CURATION } from "./panel";
import { t } from "../../obsidian/i18n";

export interface CurationWiring {
	store: CurationStore;
	actions: CurationActions;
	/** Reads the logs now; once the first pass is done, follows renames and edits and watches other devices. */
	start(indexed: Promise<void>): Promise<void>;
}

export function wireCuration(
	plugin: Plugin,
	index: CuratedIndex,
	opts: { reviewFolder: () => string; host: () => StudyHost },
): CurationWiring {
	const { app } = plugin;
	const store = new CurationStore(app, index, { reviewFolder: opts.reviewFolder });
	const openPanel = async () => {
		const { workspace } = app;
		const leaf =
			workspace.getLeavesOfType(VIEW_TYPE_CURATION)[0] ??
			workspace.getRightLeaf(false) ??
			workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW_TYPE_CURATION, active: true });
		await workspace.revealLeaf(leaf);
	};
	const actions = new CurationActions(store, index, () => void openPanel());
	plugin.registerView(VIEW_TYPE_CURATION, (leaf) => new CurationView(leaf, opts.host()));
	plugin.addCommand({
		id: "open-hidden-and-corrected",
		name: t("Open hidden and corrected"),
		callback: () => void openPanel(),
	});
	plugin.registerEvent(
		app.workspace.on("editor-menu", (menu: Menu, editor: Editor, info: MarkdownView | MarkdownFileInfo) => {
			const file = info.file;
			if (!file || !index.raw(file.path)) return;
			const line = editor.getCursor("from").line;
			const text = (editor.getSelection() || editor.getLine(line)).replace(/\s+/g, " ").trim();
			if (!text) return;
			menu.addItem((i) =>
				i
					.setTitle(t("Add event here…"))
					.setIcon("calendar-plus")
					.onClick(() => openAddEvent(plugin, actions, { path: file.path, line, text })),
			);
		}),
	);
	return {
		store,
		actions,
		start(indexed) {
			actions.started = (async () => {
				await store.load();
				await indexed;
				index.settle();
				plugin.register(store.followIndex());
				store.watch((ref) => plugin.registerEvent(ref));
			})();
			return actions.started;
		},
	};
}
