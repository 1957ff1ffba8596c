/** What the timeline's rows are drawn with, and the chrome around the list redrawn after each rebuild. */
import type { StudyHost } from "../host";
import { renderCurationLink } from "../curation/footer";
import { tk } from "../../obsidian/i18n";
import { plural } from "../progress/format";
import type { TimelineBody } from "./body";
import { queryTerms } from "./highlight";
import { renderProblems } from "./panels";
import type { RowContext } from "./rows";
import { dateLabeler, eraWords } from "../shared/date-labels";
import { courseIn, coursesOf, tagsOf, titleIn } from "./scope";
import type { TimelineState, Toolbar } from "./toolbar";

/** The parts of the view the rows depend on. */
export interface RowContextSource {
	readonly host: StudyHost;
	readonly idPrefix: string;
	readonly body: TimelineBody;
	readonly activePath: string | null;
	readonly state: TimelineState;
}

export function rowContextOf(v: RowContextSource, colorOfCourse: (course: string) => string | undefined): RowContext {
	const index = v.host.index;
	const events = v.body.events;
	return {
		idPrefix: v.idPrefix,
		titleOf: (p) => titleIn(index, p),
		courseOf: (p) => courseIn(index, p),
		colorOf: (p) => colorOfCourse(courseIn(index, p)) ?? "var(--text-faint)",
		window: v.body.window,
		activePath: v.host.settings.followActiveNote ? v.activePath : null,
		selected: v.body.selected,
		total: v.body.events.length,
		highlight: queryTerms(v.state.text),
		stats: v.host.reviewStats ? (p) => v.host.reviewStats?.(p) ?? null : undefined,
		dateLabel: dateLabeler(v.host.settings, index, [events.at(0), events.at(events.length - 1)]),
		eraText: eraWords(v.host.settings),
	};
}

/**
 * After a rebuild: the toolbar's pickers (the tag and course lists walk every brief, so only while their picker
 * is shown), the legend, the count, and the problems and curation footer.
 */
export function syncChrome(
	v: { host: StudyHost; state: TimelineState; toolbar: Toolbar },
	shown: { counts: Map<string, number>; colors: Map<string, string>; n: number },
	footer: HTMLElement,
): void {
	const idx = v.host.index;
	const { scope, includeUnpublished } = v.state;
	v.toolbar.sync(
		v.state,
		scope === "tag" ? tagsOf(idx, includeUnpublished) : null,
		scope === "folder" ? coursesOf(idx, includeUnpublished) : null,
	);
	v.toolbar.setLegend(shown.counts, shown.colors, scope === "folder" ? v.state.course : null);
	v.toolbar.count.setText(plural(shown.n, tk("1 event"), tk("{0} events")));
	renderProblems(footer, idx.problems());
	renderCurationLink(footer, v.host);
}
