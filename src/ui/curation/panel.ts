/** The "Hidden and corrected" panel: every override with its undo, and the orphans (kept, never dropped). */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { StudyHost } from "../host";
import { attempt } from "./menus";
import { overrideLabel, overrideText, type CurationEntry } from "./types";
import { t, tk } from "../../obsidian/i18n";

export const VIEW_TYPE_CURATION = "study-briefs-curation";

const WHY: Record<NonNullable<CurationEntry["orphan"]>, string> = {
	brief: tk("its brief is gone or was renamed beyond recognition"),
	item: tk("its sentence was changed or removed from the brief"),
	date: tk("the date engine cannot read the typed date"),
};

export class CurationView extends ItemView {
	private off: (() => void) | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: StudyHost,
	) {
		super(leaf);
		this.icon = "eye-off";
	}

	getViewType(): string {
		return VIEW_TYPE_CURATION;
	}

	getDisplayText(): string {
		return t("Hidden and corrected");
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("sb-curation-view");
		this.off = this.host.curation?.onChange(() => this.render()) ?? null;
		this.register(() => this.off?.());
		this.render();
	}

	async onClose(): Promise<void> {
		this.off?.();
		this.off = null;
	}

	render(): void {
		const root = this.contentEl;
		root.empty();
		const c = this.host.curation;
		root.createEl("h2", { cls: "sb-curation-title", text: t("Hidden and corrected") });
		const entries = c?.entries() ?? [];
		const live = entries.filter((e) => !e.orphan);
		const orphans = entries.filter((e) => e.orphan);
		root.createDiv({
			cls: "sb-curation-intro",
			text: entries.length
				? t(
						"What you hid, corrected or added. Your notes are never changed: undo brings back what the reader found.",
					)
				: t("Nothing hidden or corrected yet. Use the menu of a timeline row, a quote or a quiz question."),
		});
		if (live.length) this.list(root, live, "sb-curation-live");
		if (orphans.length) {
			root.createEl("h3", {
				cls: "sb-curation-subtitle",
				text: t("Not found in your notes ({0})", orphans.length),
			});
			root.createDiv({
				cls: "sb-curation-intro",
				text: t("Kept in case the sentence comes back. Undo removes them for good."),
			});
			this.list(root, orphans, "sb-curation-orphans");
		}
	}

	private list(parent: HTMLElement, entries: CurationEntry[], cls: string): void {
		const ul = parent.createEl("ul", { cls: `sb-curation-list ${cls}` });
		for (const e of entries) {
			const li = ul.createEl("li", {
				cls: "sb-curation-row",
				attr: { "data-id": e.override.id, "data-kind": e.override.k },
			});
			const main = li.createDiv({ cls: "sb-curation-main" });
			main.createDiv({ cls: "sb-curation-what", text: overrideLabel(e.override) });
			main.createDiv({ cls: "sb-curation-text", text: overrideText(e.override) });
			const where = main.createDiv({ cls: "sb-curation-where" });
			if (e.source) {
				const src = e.source;
				const a = where.createEl("a", {
					cls: "sb-curation-open",
					text: `${src.path}:${src.line + 1}`,
					attr: { href: "#" },
				});
				a.addEventListener("click", (evt) => {
					evt.preventDefault();
					void this.host.openSource(src, "tab");
				});
			} else where.setText(e.path);
			if (e.orphan) main.createDiv({ cls: "sb-curation-why", text: t("Not applied: {0}.", t(WHY[e.orphan])) });
			const undo = li.createEl("button", {
				cls: "sb-curation-undo",
				text: t("Undo"),
				attr: { type: "button", "aria-label": t("Undo: {0}", overrideLabel(e.override)) },
			});
			undo.addEventListener("click", () => {
				const c = this.host.curation;
				if (c) attempt(c.undo(e.override.id));
			});
		}
	}
}
