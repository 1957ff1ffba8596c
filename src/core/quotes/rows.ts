/** The flat row list the quote panel renders: optional quote of the day, pinned active brief, groups. Pure. */
import type { QuoteEntry } from "./entries";
import type { QuoteGroup } from "./group";

export type RowSection = "daily" | "pinned" | "main";

export interface HeaderRow {
	kind: "header";
	key: string;
	section: RowSection;
	label: string;
	/** The brief of this header (group by brief, pinned). */
	briefPath?: string;
	dateLabel?: string;
	/** Cards under this header in this row list. */
	count: number;
}

export interface CardRow {
	kind: "card";
	key: string;
	section: RowSection;
	entry: QuoteEntry;
}

export type QuoteRow = HeaderRow | CardRow;

/** An entry with the group it sits in, in display order, and its card row (built once, reused by every search). */
export interface PlacedEntry {
	entry: QuoteEntry;
	group: QuoteGroup;
	card: CardRow;
}

/** Entries of the groups, flattened in display order. */
export function placeEntries(groups: readonly QuoteGroup[]): PlacedEntry[] {
	const out: PlacedEntry[] = [];
	for (const group of groups) {
		for (const entry of group.entries)
			out.push({ entry, group, card: { kind: "card", key: entry.key, section: "main", entry } });
	}
	return out;
}

export interface RowOptions {
	/** Quote of the day, shown first (the panel passes it only when no search is active). */
	daily?: QuoteEntry | null;
	/** Path of the active brief: its matching quotes are pinned at the top (and not repeated below). */
	pinnedPath?: string | null;
	pinnedLabel?: string;
	dailyLabel?: string;
	/** Ranked results (typo search): one header with this label, cards in the given order, no groups. */
	ranked?: string;
}

/** Build the rows for the matching entries (already in display order). */
export function buildRows(hits: readonly PlacedEntry[], opts: RowOptions = {}): QuoteRow[] {
	const rows: QuoteRow[] = [];
	if (opts.daily) {
		rows.push({
			kind: "header",
			key: "h:daily",
			section: "daily",
			label: opts.dailyLabel ?? "Quote of the day",
			count: 1,
		});
		rows.push({ kind: "card", key: `d:${opts.daily.key}`, section: "daily", entry: opts.daily });
	}
	if (opts.ranked !== undefined) {
		rows.push({ kind: "header", key: "h:ranked", section: "main", label: opts.ranked, count: hits.length });
		for (const h of hits) rows.push(h.card);
		return rows;
	}
	const pinnedPath = opts.pinnedPath ?? null;
	if (pinnedPath) {
		let header: HeaderRow | null = null;
		for (const h of hits) {
			if (h.entry.briefPath !== pinnedPath) continue;
			if (!header) {
				header = {
					kind: "header",
					key: "h:pinned",
					section: "pinned",
					label: opts.pinnedLabel ?? h.entry.briefTitle,
					briefPath: pinnedPath,
					dateLabel: h.entry.date?.label,
					count: 0,
				};
				rows.push(header);
			}
			header.count++;
			rows.push({ kind: "card", key: `p:${h.entry.key}`, section: "pinned", entry: h.entry });
		}
	}
	let group: QuoteGroup | null = null;
	let header: HeaderRow | null = null;
	for (const h of hits) {
		if (pinnedPath && h.entry.briefPath === pinnedPath) continue;
		if (h.group !== group) {
			group = h.group;
			header = {
				kind: "header",
				key: `h:${group.key}`,
				section: "main",
				label: group.label,
				briefPath: group.briefPath,
				dateLabel: group.dateLabel,
				count: 0,
			};
			rows.push(header);
		}
		if (header) header.count++;
		rows.push(h.card);
	}
	return rows;
}
