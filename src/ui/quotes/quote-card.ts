/** DOM of the quote panel's rows: group headers and quote cards (built with createEl, no HTML strings). */
import { Platform, setIcon } from "obsidian";
import type { HeaderRow, QuoteRow } from "../../core/quotes/rows";
import { normaliseText } from "../../core/quotes/search";
import type { QuoteAction } from "./quote-actions";
import { t, tk } from "../../obsidian/i18n";

export interface CardContext {
	/** Prefix for element ids (unique per view). */
	idPrefix: string;
	/** Garden URL of a brief, or null: the "Link" button shows only when there is one. */
	gardenUrl(briefPath: string): string | null;
	reviewStats(briefPath: string): { due: number; mastery: number } | null;
	/** Grouped by brief: cards need not repeat the brief title in bold. */
	groupedByBrief: boolean;
	/** Long quotes the reader opened with "Show more" (by card key). */
	expanded?: ReadonlySet<string>;
	/** A brief's date label in the "Era labels" setting (see ui/shared/date-labels.ts); default as stored. */
	dateText?(label: string, briefPath?: string): string;
}

/** Long quotes are clamped to this many lines on the card, with "Show more". */
export const CLAMP_LINES = 6;
const LONG_CHARS = 320;

/** A quote long enough to be collapsed on its card. */
export function isLongQuote(text: string): boolean {
	return text.length > LONG_CHARS || text.split("\n").length > CLAMP_LINES;
}

const BUTTONS: { action: QuoteAction; icon: string; label: string; aria: string }[] = [
	{ action: "cite", icon: "quote", label: tk("Cite"), aria: tk("Copy as citation") },
	{ action: "copy", icon: "copy", label: tk("Copy"), aria: tk("Copy text") },
	{ action: "link", icon: "link", label: tk("Link"), aria: tk("Copy garden link") },
	{ action: "quiz", icon: "graduation-cap", label: tk("Quiz"), aria: tk("Quiz me on this quote") },
];

export function rowId(ctx: CardContext, index: number): string {
	return `${ctx.idPrefix}-row-${index}`;
}

export function renderRow(row: QuoteRow, el: HTMLElement, ctx: CardContext): void {
	if (row.kind === "header") renderHeader(row, el, ctx);
	else renderCard(row, el, ctx);
}

function renderHeader(row: HeaderRow, el: HTMLElement, ctx: CardContext): void {
	el.addClass("sb-quote-group", `sb-quote-group-${row.section}`);
	el.setAttr("role", "presentation");
	const title = el.createDiv({ cls: "sb-quote-group-title" });
	if (row.section === "pinned") title.createSpan({ cls: "sb-quote-group-badge", text: t("Active note") });
	if (row.section === "daily") {
		const icon = title.createSpan({ cls: "sb-quote-group-icon" });
		setIcon(icon, "sun");
	}
	title.createSpan({ cls: "sb-quote-group-label", text: row.label });
	const meta = el.createDiv({ cls: "sb-quote-group-meta" });
	if (row.dateLabel) {
		const text = ctx.dateText ? ctx.dateText(row.dateLabel, row.briefPath) : row.dateLabel;
		meta.createSpan({ cls: "sb-quote-group-date", text });
	}
	if (row.section !== "daily") {
		meta.createSpan({ cls: "sb-quote-group-count", text: row.count === 1 ? "1 quote" : `${row.count} quotes` });
	}
	const stats = row.briefPath ? ctx.reviewStats(row.briefPath) : null;
	if (stats) {
		const s = meta.createSpan({ cls: "sb-quote-group-review" });
		s.setText(t("{0} due · {1}% mastered", stats.due, Math.round(stats.mastery * 100)));
		s.setAttr("aria-label", t("{0} reviews due, {1} percent mastered", stats.due, Math.round(stats.mastery * 100)));
	}
}

function renderCard(row: Extract<QuoteRow, { kind: "card" }>, el: HTMLElement, ctx: CardContext): void {
	const e = row.entry;
	const q = e.quote;
	el.addClass("sb-quote-row", `sb-quote-row-${row.section}`);
	el.setAttrs({
		role: "option",
		"aria-selected": "false",
		// Drag a card into a note to insert its citation (desktop: on touch screens a long press scrolls or opens the menu).
		draggable: Platform.isMobile ? null : "true",
		"aria-label": e.speaker
			? t("Quote by {0} from {1}", e.speaker, e.briefTitle)
			: t("Quote from {0}", e.briefTitle),
	});
	// The row is the listbox option (spacing via its padding, so measured heights are exact); the card is inside.
	const card = el.createDiv({ cls: `sb-quote-card sb-quote-card-${row.section}` });
	const text = card.createEl("blockquote", { cls: "sb-quote-text" });
	text.setText(q.text);
	text.dataset.hl = "";
	if (isLongQuote(q.text)) {
		const open = ctx.expanded?.has(row.key) ?? false;
		text.addClass("sb-quote-text-clamped");
		if (open) card.addClass("is-expanded");
		card.createEl("button", {
			cls: "sb-quote-more",
			text: open ? t("Show less") : t("Show more"),
			attr: { type: "button", "data-action": "expand", "aria-expanded": String(open), tabindex: "-1" },
		});
	}
	const meta = card.createDiv({ cls: "sb-quote-meta" });
	// The speaker as a person: the fullest name the vault uses for them.
	if (e.speaker) meta.createSpan({ cls: "sb-quote-speaker", text: `— ${e.speaker}` });
	const brief = meta.createSpan({ cls: "sb-quote-brief", text: e.briefTitle });
	if (ctx.groupedByBrief && row.section === "main") brief.addClass("sb-quote-brief-muted");
	if (e.date) {
		const text = ctx.dateText ? ctx.dateText(e.date.label, e.briefPath) : e.date.label;
		meta.createSpan({ cls: "sb-quote-date", text });
	}
	if (!e.publish) meta.createSpan({ cls: "sb-quote-unpublished", text: t("Unpublished") });
	const actions = card.createDiv({ cls: "sb-quote-actions" });
	const hasLink = ctx.gardenUrl(e.briefPath) !== null;
	for (const b of BUTTONS) {
		if (b.action === "link" && !hasLink) continue;
		const btn = actions.createEl("button", {
			cls: "sb-quote-btn",
			attr: { type: "button", "data-action": b.action, "aria-label": t(b.aria), tabindex: "-1" },
		});
		setIcon(btn.createSpan({ cls: "sb-quote-btn-icon" }), b.icon);
		btn.createSpan({ cls: "sb-quote-btn-label", text: t(b.label) });
	}
	const more = actions.createEl("button", {
		cls: "sb-quote-btn sb-quote-btn-more",
		attr: { type: "button", "data-action": "menu", "aria-label": t("More actions"), tabindex: "-1" },
	});
	setIcon(more, "more-horizontal");
}

/** Text metrics the estimate uses (px): close to Obsidian's defaults; measured heights replace them. */
const CHAR_W = 7.4;
const LINE_H = 23;
const CARD_CHROME = 24 + 22 + 40 + 8;
const HEADER_H = 52;

/** Estimated row height at a content width (measured heights replace it after the first render). */
export function estimateRow(row: QuoteRow, width: number): number {
	if (row.kind === "header") return HEADER_H;
	const perLine = Math.max(12, Math.floor((width - 40) / CHAR_W));
	let lines = 0;
	const text = row.entry.quote.text;
	let start = 0;
	for (;;) {
		const nl = text.indexOf("\n", start);
		const len = (nl < 0 ? text.length : nl) - start;
		lines += Math.max(1, Math.ceil(len / perLine));
		if (nl < 0) break;
		start = nl + 1;
	}
	// A collapsed long quote shows CLAMP_LINES lines and its "Show more" button (measured heights correct this).
	if (isLongQuote(text)) lines = Math.min(lines, CLAMP_LINES) + 1;
	return CARD_CHROME + lines * LINE_H;
}

/**
 * Mark the words of the quote text that match the search (normalised like the search: case, accents
 * and punctuation ignored). Skips the work when the element already shows these words.
 */
export function highlightMatches(row: QuoteRow, el: HTMLElement, words: readonly string[]): void {
	if (row.kind !== "card") return;
	const textEl = el.querySelector<HTMLElement>(".sb-quote-text");
	const key = words.join(" ");
	if (!textEl || textEl.dataset.hl === key) return;
	textEl.dataset.hl = key;
	markWords(textEl, row.entry.quote.text, words);
	const speakerEl = el.querySelector<HTMLElement>(".sb-quote-speaker");
	if (speakerEl && row.entry.speaker) markWords(speakerEl, `— ${row.entry.speaker}`, words);
}

/** Replace the element's text with `text`, its words that match the search wrapped in <mark>. */
function markWords(target: HTMLElement, text: string, words: readonly string[]): void {
	target.empty();
	if (!words.length) {
		target.setText(text);
		return;
	}
	for (const part of text.split(/(\s+)/)) {
		if (!part) continue;
		const n = part.trim() ? normaliseText(part) : "";
		if (n && words.some((w) => n.includes(w))) target.createEl("mark", { cls: "sb-quote-match", text: part });
		else target.appendText(part);
	}
}
