import { setIcon, setTooltip } from "obsidian";
import type { HistEvent } from "../../core/model";
import { yearValue } from "./eras";
import { inferredNote, shownLabel } from "../../core/dates/format";
import { setHighlighted } from "./highlight";
import { t, tk } from "../../obsidian/i18n";

export const ROW_HEIGHT = 64;
export const ERA_HEIGHT = 30;

/** What a row needs to know beyond its event. */
export interface RowContext {
	/** DOM id prefix (unique per view) for aria-activedescendant. */
	idPrefix: string;
	titleOf(path: string): string;
	colorOf(path: string): string;
	courseOf(path: string): string;
	/** The ruler window bars are drawn against (fractional years). */
	window: { lo: number; hi: number };
	activePath: string | null;
	selected: number;
	total: number;
	stats?(path: string): { due: number; mastery: number } | null;
	/** Words of the text filter, marked where they match (see highlight.ts). */
	highlight?: string[];
	/** The shown date label ("44 BCE", "AD 43", "Mar 1914?"); default shownLabel of the date. */
	dateLabel?(ev: HistEvent): string;
	/** Era headers and ruler ticks in the "Era labels" setting ("4th century BCE"); default as built. */
	eraText?(label: string): string;
}

export function rowId(prefix: string, pos: number): string {
	return `${prefix}-ev-${pos}`;
}

const PRECISION_TEXT: Record<string, string> = {
	day: tk("day"),
	month: tk("month"),
	season: tk("season"),
	year: tk("year"),
	decade: tk("decade"),
	century: tk("century"),
	millennium: tk("millennium"),
};

/** "Nov 1933, month" or "c. 1150, year, approximate": what a screen reader hears for the date. */
export function describeDate(ev: HistEvent, label = ev.date.label): string {
	const parts = [label, t(PRECISION_TEXT[ev.date.precision] ?? ev.date.precision)];
	if (ev.date.approximate) parts.push(t("approximate"));
	if (ev.date.inferred) parts.push((inferredNote(ev.date) ?? "year inferred").toLowerCase());
	if (ev.date.originalLabel) parts.push(t("old style {0}", ev.date.originalLabel));
	return parts.join(", ");
}

export function renderEra(el: HTMLElement, label: string): void {
	el.className = "sb-tl-era";
	el.setAttr("aria-hidden", "true");
	el.createSpan({ cls: "sb-tl-era-label", text: label });
}

/** One event row: date column, course chip, title / sentence / brief, range bar. */
export function renderEvent(el: HTMLElement, ev: HistEvent, pos: number, ctx: RowContext): void {
	el.className = "sb-tl-row";
	const d = ev.date;
	if (d.approximate) el.addClass("sb-tl-approx");
	if (ctx.activePath !== null && ev.briefPath === ctx.activePath) el.addClass("sb-tl-in-active");
	if (pos === ctx.selected) el.addClass("is-selected");
	const title = ctx.titleOf(ev.briefPath);
	const shown = ctx.dateLabel?.(ev) ?? shownLabel(d);
	el.setAttrs({
		id: rowId(ctx.idPrefix, pos),
		role: "option",
		"aria-selected": pos === ctx.selected ? "true" : "false",
		"aria-setsize": String(ctx.total),
		"aria-posinset": String(pos + 1),
		"aria-label": `${describeDate(ev, shown)}: ${ev.label ? `${ev.label}. ` : ""}${ev.text} (${title})`,
		"data-pos": String(pos),
	});
	el.setCssProps({ "--sb-tl-course": ctx.colorOf(ev.briefPath) });

	const date = el.createDiv({ cls: "sb-tl-date" });
	dateLabel(date.createDiv({ cls: "sb-tl-date-label" }), shown);
	const prec = date.createDiv({ cls: "sb-tl-precision", text: t(PRECISION_TEXT[d.precision] ?? d.precision) });
	if (d.approximate) prec.createSpan({ cls: "sb-tl-approx-mark", text: ` · ${t("approx.")}` });
	// An inferred year ("Mar 1914?") says where it came from; old-style dates give their written form.
	const notes = [inferredNote(d), d.originalLabel ? t("Old style: {0}", d.originalLabel) : undefined].filter(Boolean);
	if (d.inferred) el.addClass("sb-tl-inferred");
	if (notes.length) setTooltip(date, notes.join("\n"));

	el.createDiv({ cls: "sb-tl-chip" });
	const main = el.createDiv({ cls: "sb-tl-main" });
	const terms = ctx.highlight ?? [];
	if (ev.label) {
		setHighlighted(main.createDiv({ cls: "sb-tl-title sb-tl-has-label" }), ev.label, terms);
		setHighlighted(main.createDiv({ cls: "sb-tl-text" }), ev.text, terms);
	} else {
		setHighlighted(main.createDiv({ cls: "sb-tl-title sb-tl-sentence" }), ev.text, terms);
	}
	const meta = main.createDiv({ cls: "sb-tl-meta" });
	const brief = meta.createSpan({ cls: "sb-tl-brief" });
	setHighlighted(brief, title, terms);
	const stats = ctx.stats?.(ev.briefPath) ?? null;
	const course = ctx.courseOf(ev.briefPath);
	const tip = [title, course ? t("Course: {0}", course) : ""];
	if (stats) tip.push(t("{0} due for review · {1}% mastered", stats.due, Math.round(stats.mastery * 100)));
	setTooltip(brief, tip.filter(Boolean).join("\n"));
	if (ev.section && ev.section !== title && ev.section !== ev.text)
		meta.createSpan({ cls: "sb-tl-section", text: ev.section });

	renderBar(el.createDiv({ cls: "sb-tl-bar-track", attr: { "aria-hidden": "true" } }), ev, ctx.window);
	// in the tab order (Tab from the list reaches the rows' menus; Enter or Space opens it)
	const more = el.createEl("button", {
		cls: "sb-tl-more clickable-icon",
		attr: { "aria-label": t("More actions: {0}", ev.label ?? ev.text).slice(0, 120) },
	});
	setIcon(more, "more-vertical");
}

/** A date label that never breaks between a year and its era ("2966 BC", "AD 79" stay whole). */
function dateLabel(el: HTMLElement, label: string): void {
	const re = /\S+ (?:BCE?|CE)\b|\bAD \S+/g;
	let pos = 0;
	for (let m = re.exec(label); m; m = re.exec(label)) {
		if (m.index > pos) el.appendText(label.slice(pos, m.index));
		el.createSpan({ cls: "sb-tl-nowrap", text: m[0] });
		pos = m.index + m[0].length;
	}
	if (pos < label.length) el.appendText(label.slice(pos));
}

/** A range bar (or a point) positioned in the ruler window; approximate dates get a dashed bar. */
function renderBar(track: HTMLElement, ev: HistEvent, win: { lo: number; hi: number }): void {
	const span = Math.max(win.hi - win.lo, 1e-9);
	const a = yearValue(ev.date.start);
	const b = Math.max(yearValue(ev.date.end, true), a);
	const left = (a - win.lo) / span;
	const right = (b - win.lo) / span;
	if (right < 0 || left > 1) {
		track.createDiv({ cls: `sb-tl-offscreen ${right < 0 ? "is-before" : "is-after"}` });
		return;
	}
	const l = Math.max(0, left);
	const w = Math.min(1, right) - l;
	const bar = track.createDiv({ cls: w < 0.02 ? "sb-tl-point" : "sb-tl-bar" });
	bar.setCssProps({ "--sb-tl-l": l.toFixed(5), "--sb-tl-w": Math.max(w, 0).toFixed(5) });
}
