/** The quote panel's filter and grouping controls (plain selects: keyboard and mobile friendly). */
import type { PublishFilter, QuoteFilter } from "../../core/quotes/entries";
import type { GroupBy, SortBy } from "../../core/quotes/group";
import { t } from "../../obsidian/i18n";

export interface FilterState {
	groupBy: GroupBy;
	sortBy: SortBy;
	filter: QuoteFilter;
}

export interface FilterChoices {
	briefs: { path: string; title: string }[];
	courses: string[];
	tags: string[];
	speakers: string[];
	/** People with their number of quotes (the speaker menu shows the counts). */
	people?: { name: string; count: number }[];
}

const ANY = "\u0000any";

export class QuoteFilterBar {
	readonly el: HTMLElement;
	private selects = new Map<string, HTMLSelectElement>();
	private choices: () => FilterChoices = () => ({ briefs: [], courses: [], tags: [], speakers: [] });
	private built = false;
	private open = false;

	constructor(
		parent: HTMLElement,
		private state: FilterState,
		private readonly onChange: (state: FilterState) => void,
	) {
		this.el = parent.createDiv({ cls: "sb-quotes-filters", attr: { role: "group", "aria-label": t("Filters") } });
	}

	/** New options (the index changed): built now when the bar is open, else when it opens. */
	setChoices(choices: () => FilterChoices): void {
		this.choices = choices;
		this.built = false;
		if (this.open) this.build(choices());
	}

	/** Show or hide the bar; the selects (one option per brief) exist only while it is open. */
	toggle(open: boolean): void {
		// Tracked here, not read from the DOM: a panel in a hidden sidebar tab has no layout at all.
		this.open = open;
		this.el.toggle(open);
		if (open && !this.built) this.build(this.choices());
		if (!open) {
			this.el.empty();
			this.built = false;
		}
	}

	isOpen(): boolean {
		return this.open;
	}

	private build(choices: FilterChoices): void {
		this.built = true;
		this.el.empty();
		this.selects.clear();
		const s = this.state;
		this.select(
			"groupBy",
			t("Group by"),
			[
				["brief", t("Brief")],
				["course", t("Course folder")],
				["speaker", t("Speaker")],
			],
			s.groupBy,
		);
		this.select(
			"sortBy",
			t("Sort by"),
			[
				["brief", t("Brief")],
				["date", t("Date")],
				["speaker", t("Speaker")],
			],
			s.sortBy,
		);
		this.select(
			"brief",
			t("Brief"),
			[[ANY, t("All briefs")], ...choices.briefs.map((b): [string, string] => [b.path, b.title])],
			s.filter.brief ?? ANY,
		);
		this.select(
			"course",
			t("Course folder"),
			[[ANY, t("All folders")], ...choices.courses.map((c): [string, string] => [c, c || t("Vault root")])],
			s.filter.course ?? ANY,
		);
		this.select(
			"tag",
			t("Tag"),
			[[ANY, t("All tags")], ...choices.tags.map((t): [string, string] => [t, `#${t}`])],
			s.filter.tag ?? ANY,
		);
		const counts = new Map((choices.people ?? []).map((p) => [p.name, p.count]));
		const people = choices.people ? choices.people.map((p) => p.name) : choices.speakers;
		this.select(
			"speaker",
			t("Speaker"),
			[
				[ANY, t("All speakers")],
				...people.map((t): [string, string] => [t, counts.has(t) ? `${t} (${counts.get(t)})` : t]),
			],
			s.filter.speaker ?? ANY,
		);
		this.select(
			"publish",
			t("Published"),
			[
				["published", t("Published only")],
				["all", t("Published and unpublished")],
				["unpublished", t("Unpublished only")],
			],
			s.filter.publish ?? "published",
		);
		const reset = this.el.createEl("button", {
			cls: "sb-quotes-reset",
			text: t("Reset filters"),
			attr: { type: "button" },
		});
		reset.addEventListener("click", () => {
			this.state = { ...this.state, filter: { publish: this.state.filter.publish } };
			this.build(choices);
			this.onChange(this.state);
		});
	}

	/** Take a state set from outside (the view's saved state); rebuilds the selects when open. */
	sync(state: FilterState): void {
		this.state = state;
		if (this.built) this.build(this.choices());
	}

	/** True when a filter (other than grouping, sorting and the default publish choice) is set. */
	static active(f: QuoteFilter, defaultPublish: PublishFilter): boolean {
		return (
			f.brief !== undefined ||
			f.course !== undefined ||
			!!f.tag ||
			f.speaker !== undefined ||
			(f.publish ?? "published") !== defaultPublish
		);
	}

	private select(name: string, label: string, options: [string, string][], value: string): void {
		const row = this.el.createDiv({ cls: "sb-quotes-filter" });
		const id = `sb-quotes-filter-${name}-${Math.random().toString(36).slice(2, 8)}`;
		row.createEl("label", { cls: "sb-quotes-filter-label", text: label, attr: { for: id } });
		const sel = row.createEl("select", {
			cls: "dropdown sb-quotes-filter-select",
			attr: { id, "data-filter": name },
		});
		for (const [v, d] of options) sel.createEl("option", { text: d, attr: { value: v } });
		sel.value = options.some(([v]) => v === value) ? value : options[0][0];
		sel.addEventListener("change", () => this.changed(name, sel.value));
		this.selects.set(name, sel);
	}

	private changed(name: string, value: string): void {
		const s = this.state;
		const f: QuoteFilter = { ...s.filter };
		const v = value === ANY ? undefined : value;
		if (name === "groupBy") this.state = { ...s, groupBy: value as GroupBy };
		else if (name === "sortBy") this.state = { ...s, sortBy: value as SortBy };
		else {
			if (name === "brief") f.brief = v;
			if (name === "course") f.course = v;
			if (name === "tag") f.tag = v;
			if (name === "speaker") f.speaker = v;
			if (name === "publish") f.publish = value as PublishFilter;
			this.state = { ...s, filter: f };
		}
		this.onChange(this.state);
	}
}

/** The state with grouping and sorting from a saved view state, when valid; the same object when nothing changes. */
export function withViewState(state: FilterState, saved: unknown): FilterState {
	const s = (typeof saved === "object" && saved !== null ? saved : {}) as Record<string, unknown>;
	const groupBy = ["brief", "course", "speaker"].includes(s.groupBy as string)
		? (s.groupBy as GroupBy)
		: state.groupBy;
	const sortBy = ["brief", "date", "speaker"].includes(s.sortBy as string) ? (s.sortBy as SortBy) : state.sortBy;
	return groupBy === state.groupBy && sortBy === state.sortBy ? state : { ...state, groupBy, sortBy };
}
