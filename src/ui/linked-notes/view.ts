/**
 * "Check linked notes": every link and embed of the active brief (or of all published briefs) with what the
 * garden will make of it; open each; select unpublished notes and mark them for publishing after a
 * confirmation that lists them. Never publishes anything by itself.
 */
import { debounce, ItemView, Keymap, setIcon, type WorkspaceLeaf } from "obsidian";
import { countByStatus, unpublishedTargets, type LinkReport } from "../../core/garden";
import type { StudyHost } from "../host";
import { copyGardenLink } from "./garden-link";
import { ConfirmPublishModal } from "./mark-publish";
import { linkedNotes, STATUS_HINT, STATUS_TEXT, targetName, type BriefLinks, type LinkScope } from "./link-reports";
import { t } from "../../obsidian/i18n";

export const VIEW_TYPE_LINKS = "study-briefs-links";

const SELECTABLE = new Set(["unpublished", "embedded-unpublished"]);
const ICONS: Record<LinkReport["status"], string> = {
	published: "check-circle",
	hidden: "eye-off",
	unpublished: "alert-triangle",
	missing: "x-circle",
	"embedded-unpublished": "lock",
};

export class LinkedNotesView extends ItemView {
	linkScope: LinkScope = "active";
	readonly selected = new Set<string>();
	groups: BriefLinks[] = [];
	private bodyEl!: HTMLElement;
	private summaryEl!: HTMLElement;
	private markButton!: HTMLButtonElement;
	private scopeButtons = new Map<LinkScope, HTMLButtonElement>();

	constructor(
		leaf: WorkspaceLeaf,
		readonly host: StudyHost,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_LINKS;
	}

	getDisplayText(): string {
		return t("Linked notes");
	}

	getIcon(): string {
		return "link";
	}

	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("sb-links");
		const bar = root.createDiv({ cls: "sb-links-toolbar" });
		const seg = bar.createDiv({ cls: "sb-links-scope", attr: { role: "group", "aria-label": t("Which briefs") } });
		for (const [scope, label] of [
			["active", t("Active brief")],
			["all", t("All published briefs")],
		] as const) {
			const b = seg.createEl("button", { text: label, cls: "sb-links-scope-button" });
			this.registerDomEvent(b, "click", () => this.setScope(scope));
			this.scopeButtons.set(scope, b);
		}
		const refresh = bar.createEl("button", {
			cls: "clickable-icon sb-links-refresh",
			attr: { "aria-label": t("Refresh") },
		});
		setIcon(refresh, "refresh-cw");
		this.registerDomEvent(refresh, "click", () => this.render());
		this.summaryEl = root.createDiv({ cls: "sb-links-summary", attr: { "aria-live": "polite" } });
		this.bodyEl = root.createDiv({ cls: "sb-links-body" });
		const footer = root.createDiv({ cls: "sb-links-footer" });
		this.markButton = footer.createEl("button", { cls: "mod-cta sb-links-mark", text: t("Mark for publishing") });
		this.registerDomEvent(this.markButton, "click", () => this.confirmMark());

		const later = debounce(() => this.render(), 300, true);
		this.register(this.host.index.onChange(() => later()));
		this.register(this.host.onActiveChange(() => this.linkScope === "active" && later()));
		this.registerEvent(this.app.metadataCache.on("changed", () => later()));
		this.render();
	}

	setScope(scope: LinkScope): void {
		this.linkScope = scope;
		this.selected.clear();
		this.render();
	}

	render(): void {
		for (const [s, b] of this.scopeButtons) {
			b.toggleClass("is-active", s === this.linkScope);
			b.setAttr("aria-pressed", s === this.linkScope ? "true" : "false");
		}
		this.groups = linkedNotes(this.host, this.linkScope);
		const pickable = new Set(unpublishedTargets(this.groups.flatMap((g) => g.reports)));
		for (const p of [...this.selected]) if (!pickable.has(p)) this.selected.delete(p);
		this.bodyEl.empty();
		this.renderSummary();
		if (!this.groups.length) {
			this.bodyEl.createDiv({
				cls: "sb-links-empty",
				text:
					this.linkScope === "active" ? t("Open a brief to check its links.") : t("No published briefs yet."),
			});
		}
		for (const g of this.groups) this.renderGroup(g);
		this.updateMarkButton();
	}

	private renderSummary(): void {
		const all = this.groups.flatMap((g) => g.reports);
		const c = countByStatus(all);
		const parts = (Object.keys(STATUS_TEXT) as LinkReport["status"][])
			.filter((s) => c[s])
			.map((s) => `${c[s]} ${t(STATUS_TEXT[s]).toLowerCase()}`);
		this.summaryEl.setText(all.length ? `${all.length} links: ${parts.join(", ")}` : "");
		this.summaryEl.toggleClass("sb-links-warning", c["embedded-unpublished"] > 0);
	}

	private renderGroup(g: BriefLinks): void {
		const section = this.bodyEl.createDiv({ cls: "sb-links-brief" });
		const head = section.createDiv({ cls: "sb-links-brief-head" });
		const title = head.createEl("a", { cls: "sb-links-brief-title", text: g.brief.title, attr: { href: "#" } });
		this.registerDomEvent(title, "click", (e: MouseEvent) => {
			e.preventDefault();
			void this.host.openSource({ path: g.brief.path, line: 0 }, Keymap.isModEvent(e) ? "tab" : "same");
		});
		if (!g.brief.publish) head.createSpan({ cls: "sb-links-tag", text: t("Brief not published") });
		if (this.host.settings.gardenBaseUrl && g.brief.publish) {
			const copy = head.createEl("button", {
				cls: "clickable-icon",
				attr: { "aria-label": t("Copy garden link") },
			});
			setIcon(copy, "copy");
			this.registerDomEvent(copy, "click", () => void copyGardenLink(this.app, this.host.settings, g.brief.path));
		}
		if (!g.reports.length) {
			section.createDiv({ cls: "sb-links-none", text: t("This brief links to no other notes.") });
			return;
		}
		const list = section.createEl("ul", { cls: "sb-links-list" });
		for (const r of g.reports) this.renderRow(list, g, r);
	}

	private renderRow(list: HTMLElement, g: BriefLinks, r: LinkReport): void {
		const li = list.createEl("li", { cls: `sb-links-row sb-links-${r.status}`, attr: { "data-status": r.status } });
		const pick = li.createDiv({ cls: "sb-links-pick" });
		if (r.path && SELECTABLE.has(r.status)) {
			const path = r.path;
			const box = pick.createEl("input", {
				attr: { type: "checkbox", "aria-label": t("Select {0}", targetName(r)) },
			});
			box.checked = this.selected.has(path);
			this.registerDomEvent(box, "change", () => {
				if (box.checked) this.selected.add(path);
				else this.selected.delete(path);
				this.render();
			});
		}
		const main = li.createDiv({ cls: "sb-links-main" });
		const head = main.createDiv({ cls: "sb-links-head" });
		const name = head.createEl(r.path ? "a" : "span", {
			cls: "sb-links-target",
			text: `${r.link.embed ? "!" : ""}${targetName(r)}`,
		});
		if (r.path) {
			const path = r.path;
			name.setAttr("href", "#");
			this.registerDomEvent(name, "click", (e: MouseEvent) => {
				e.preventDefault();
				void this.host.openSource({ path, line: 0 }, Keymap.isModEvent(e) ? "tab" : "same");
			});
		}
		const where = head.createEl("a", {
			cls: "sb-links-line",
			text: t("line {0}", r.link.line + 1),
			attr: { href: "#", "aria-label": t("Open the brief at this link") },
		});
		this.registerDomEvent(where, "click", (e: MouseEvent) => {
			e.preventDefault();
			void this.host.openSource({ path: g.brief.path, line: r.link.line }, Keymap.isModEvent(e) ? "tab" : "same");
		});
		const badge = main.createDiv({ cls: "sb-links-badge", attr: { "aria-label": t(STATUS_HINT[r.status]) } });
		setIcon(badge.createSpan({ cls: "sb-links-icon" }), ICONS[r.status]);
		badge.createSpan({ text: t(STATUS_TEXT[r.status]) });
		if (r.via)
			main.createDiv({
				cls: "sb-links-hint",
				text: t("Embedded through {0}.", r.via.map((p) => p.replace(/\.md$/i, "")).join(" → ")),
			});
		if (r.status !== "published") main.createDiv({ cls: "sb-links-hint", text: t(STATUS_HINT[r.status]) });
	}

	private updateMarkButton(): void {
		const n = this.selected.size;
		this.markButton.setText(n ? t("Mark {0} for publishing", n) : t("Mark for publishing"));
		this.markButton.disabled = n === 0;
	}

	confirmMark(): ConfirmPublishModal | null {
		if (!this.selected.size) return null;
		const modal = new ConfirmPublishModal(this.app, [...this.selected], this.host.settings.publishKey, () => {
			this.selected.clear();
			this.render();
		});
		modal.open();
		return modal;
	}
}
