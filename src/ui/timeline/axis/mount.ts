/** Wires the axis mode into the timeline view: the pane, its listeners, colours, lanes and export. */
import { setTooltip, type App } from "obsidian";
import type { LaneMode } from "../../../core/axis";
import type { HistEvent } from "../../../core/model";
import { modeOf, openEvent, showEventMenu } from "../interactions";
import { courseColorIndex } from "../colors";
import { courseIn, titleIn } from "../scope";
import type { TimelineView } from "../view";
import { bindAxis } from "./bind";
import { exportAxis } from "./export";
import { AxisPane } from "./pane";
import { dateLabeler, eraWords } from "../../shared/date-labels";
import { inferredNote } from "../../../core/dates/format";

/** Course colour classes (sb-ax-c0 .. c11): the same palette slots as the list's colours. */
export function colorClasses(
	courses: Iterable<string>,
	chosen: Readonly<Record<string, number>> = {},
): Map<string, string> {
	return new Map([...courseColorIndex(courses, chosen)].map(([c, k]) => [c, `sb-ax-c${k}`]));
}

export function mountAxis(view: TimelineView): AxisPane {
	let classes = new Map<string, string>();
	const index = view.host.index;
	const pane = new AxisPane(
		view.contentEl,
		{
			colorClass: (p) => classes.get(courseIn(index, p)) ?? "sb-ax-c0",
			lanes: {
				courseOf: (p) => courseIn(index, p),
				titleOf: (p) => titleIn(index, p),
				tagsOf: (p) => index.get(p)?.tags ?? [],
			},
			setLaneMode: (mode: LaneMode) => view.change({ lanes: mode }),
			showList: () => view.change({ mode: "list" }),
			exportImage: (kind) => void exportAxis(view.app, pane, kind),
			dateLabeler: (events) => dateLabeler(view.host.settings, index, [events[0], events[events.length - 1]]),
			eraText: (label) => eraWords(view.host.settings)?.(label) ?? label,
		},
		(el, type, fn, opts) => view.registerDomEvent(el, type, fn, opts),
	);
	pane.refreshColors = () => {
		// the list's colours (set by the view's last refresh), so a course looks the same in both modes
		classes = new Map([...view.colorIndex].map(([c, k]) => [c, `sb-ax-c${k}`]));
	};
	bindAxis(pane, (el, type, fn, opts) => view.registerDomEvent(el, type, fn, opts), {
		open: (ev: HistEvent, e) => openEvent(view, ev, modeOf(e)),
		menu: (ev, at) => showEventMenu(view, ev, at),
		tip: (ev) => markTooltip(pane.canvas.el, ev, pane.labelOf),
		hover: (ev, target, e) => {
			const ws = (view.app as Partial<App> | undefined)?.workspace;
			ws?.trigger("hover-link", {
				event: e,
				source: view.getViewType(),
				hoverParent: view,
				targetEl: target,
				linktext: ev.source.path,
				sourcePath: "",
				state: { scroll: ev.source.line },
			});
		},
	});
	view.register(() => pane.cancel());
	return pane;
}

/** The hovered mark's label on the canvas as its tooltip, with where an inferred year came from ("Mar 1914?"). */
export function markTooltip(canvas: HTMLElement, ev: HistEvent | null, labelOf: (ev: HistEvent) => string): void {
	if (!ev) {
		canvas.removeAttribute("aria-label");
		return;
	}
	const note = inferredNote(ev.date);
	setTooltip(canvas, note ? `${labelOf(ev)}\n${note}` : labelOf(ev));
}
