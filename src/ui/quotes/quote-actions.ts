/** What a user can do with one quote: open, copy (citation, text, garden link), quiz, via menu too. */
import { Keymap, Menu, Notice } from "obsidian";
import { addQuoteCurationItems } from "../curation/menus";
import { formatCitation, plainQuoteText } from "../../core/quotes/citation";
import type { QuoteEntry } from "../../core/quotes/entries";
import { copyText } from "../../obsidian/clipboard";
import type { OpenMode } from "../../obsidian/open-source";
import type { StudyHost } from "../host";
import { t } from "../../obsidian/i18n";

export type QuoteAction = "open" | "open-tab" | "cite" | "copy" | "link" | "quiz";

/** Cmd/Ctrl-click or middle click opens in a new tab; Obsidian's split/window modifiers are kept. */
export function openModeFor(evt: MouseEvent | KeyboardEvent | null): OpenMode {
	const mod = evt ? Keymap.isModEvent(evt) : false;
	if (mod === "split") return "split";
	if (mod === true || mod === "tab" || mod === "window") return "tab";
	return "same";
}

export class QuoteActions {
	constructor(private readonly host: StudyHost) {}

	citation(e: QuoteEntry): string {
		return formatCitation(e.quote, e.linkText);
	}

	gardenUrl(e: QuoteEntry): string | null {
		try {
			return this.host.gardenUrl?.(e.briefPath) ?? null;
		} catch {
			return null;
		}
	}

	async run(action: QuoteAction, e: QuoteEntry, evt: MouseEvent | KeyboardEvent | null = null): Promise<void> {
		switch (action) {
			case "open":
				return this.open(e, openModeFor(evt));
			case "open-tab":
				return this.open(e, "tab");
			case "cite":
				return this.copy(this.citation(e), t("Citation copied"));
			case "copy":
				return this.copy(plainQuoteText(e.quote), t("Quote copied"));
			case "link": {
				const url = this.gardenUrl(e);
				if (!url) {
					new Notice(t("This brief has no garden link: publish it and set the site URL in settings."));
					return;
				}
				return this.copy(url, t("Garden link copied"));
			}
			case "quiz":
				try {
					await this.host.startQuiz({ kind: "item", path: e.briefPath, itemId: e.quote.id });
				} catch (err) {
					new Notice(t("Could not start the quiz: {0}", String(err)));
				}
				return;
		}
	}

	async open(e: QuoteEntry, mode: OpenMode): Promise<void> {
		try {
			await this.host.openSource({ path: e.quote.source.path || e.briefPath, line: e.quote.source.line }, mode);
		} catch (err) {
			new Notice(t("Could not open the note: {0}", String(err)));
		}
	}

	private async copy(text: string, done: string): Promise<void> {
		const ok = await copyText(text);
		new Notice(ok ? done : t("Could not copy to the clipboard"));
	}

	/** The context menu of a quote, at the mouse or at a point (keyboard). */
	showMenu(e: QuoteEntry, at: MouseEvent | { x: number; y: number }): Menu {
		const menu = new Menu();
		const item = (title: string, icon: string, action: QuoteAction) =>
			menu.addItem((i) =>
				i
					.setTitle(title)
					.setIcon(icon)
					.onClick((evt) => void this.run(action, e, evt instanceof KeyboardEvent ? null : evt)),
			);
		item(t("Open at source"), "file-text", "open");
		item(t("Open in new tab"), "file-plus", "open-tab");
		menu.addSeparator();
		item(t("Copy as citation"), "quote", "cite");
		item(t("Copy text"), "copy", "copy");
		if (this.gardenUrl(e)) item(t("Copy garden link"), "link", "link");
		menu.addSeparator();
		item(t("Quiz me on this quote"), "graduation-cap", "quiz");
		addQuoteCurationItems(menu, this.host, e.quote);
		if (at instanceof MouseEvent) menu.showAtMouseEvent(at);
		else menu.showAtPosition(at);
		return menu;
	}
}
