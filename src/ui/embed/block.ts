/**
 * A ```study-timeline block in a note: the events the options select, as an axis or a list, kept current
 * by the index (re-rendered when it changes, unloaded with the section). Clicks open the source line.
 */
import { MarkdownRenderChild, Notice } from "obsidian";
import { TimelineSnapshot, type EventSeq } from "../../core/index/snapshot";
import type { HistEvent } from "../../core/model";
import type { StudyHost } from "../host";
import { bindAxis } from "../timeline/axis/bind";
import { exportAxis } from "../timeline/axis/export";
import { colorClasses } from "../timeline/axis/mount";
import { AxisPane } from "../timeline/axis/pane";
import { modeOf } from "../timeline/interactions";
import { courseIn, titleIn } from "../timeline/scope";
import { parseBlock, type BlockOptions } from "./options";
import { t } from "../../obsidian/i18n";

export const BLOCK_LANGUAGE = "study-timeline";
/** The list mode shows at most this many rows (the rest are counted). */
const LIST_CAP = 300;

/** The events a block's options select, chronological: the index's block-shared snapshot (no flat copy). */
export function blockEvents(host: StudyHost, o: BlockOptions): EventSeq {
	const filter = { folder: o.folder, tag: o.tag, brief: o.brief, includeUnpublished: o.unpublished };
	const index = host.index;
	const all = index.timelineSnapshot?.(filter) ?? TimelineSnapshot.of(index.timeline(filter));
	if (o.from === undefined && o.to === undefined) return all;
	const lo = o.from ?? -Infinity;
	const hi = o.to ?? Infinity;
	const out: HistEvent[] = [];
	all.forEach((e) => {
		if (e.date.end.year >= lo && e.date.start.year <= hi) out.push(e);
	});
	return TimelineSnapshot.of(out);
}

export class TimelineBlock extends MarkdownRenderChild {
	private revision = -1;
	private timer = 0;
	private pane: AxisPane | null = null;
	private body: HTMLElement | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly host: StudyHost,
	) {
		super(containerEl);
	}

	onload(): void {
		this.containerEl.addClass("sb-embed");
		this.register(this.host.index.onChange(() => this.schedule()));
		this.register(() => window.clearTimeout(this.timer));
		this.render();
	}

	onunload(): void {
		this.pane?.cancel();
		this.containerEl.empty();
	}

	private schedule(): void {
		window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => {
			if (this.host.index.revision !== this.revision) this.render();
		}, 150);
	}

	/** Build the block from the current index. Never throws: a problem is shown in the block. */
	render(): void {
		try {
			this.build();
		} catch (e) {
			console.error("Study Briefs: timeline block could not render", e);
			this.containerEl.empty();
			this.containerEl.createDiv({
				cls: "sb-embed-problem",
				text: t("The timeline could not be shown: {0}", e instanceof Error ? e.message : String(e)),
			});
		}
	}

	private build(): void {
		this.revision = this.host.index.revision;
		const { options, problems } = parseBlock(this.source);
		const el = this.containerEl;
		el.empty();
		for (const p of problems) el.createDiv({ cls: "sb-embed-problem", text: `study-timeline: ${p}` });
		const events = blockEvents(this.host, options);
		if (!events.length) {
			el.createDiv({ cls: "sb-embed-empty", text: t("No dated events match this timeline's options yet.") });
			return;
		}
		this.body = el.createDiv({ cls: "sb-embed-body" });
		this.body.setCssProps({ "--sb-embed-height": `${options.height}px` });
		if (options.mode === "list") this.renderList(this.body, events);
		else this.renderAxis(this.body, events, options);
	}

	private renderList(parent: HTMLElement, events: EventSeq): void {
		const list = parent.createEl("ul", { cls: "sb-embed-list" });
		for (let i = 0; i < Math.min(LIST_CAP, events.length); i++) {
			const ev = events.at(i)!;
			const li = list.createEl("li", { cls: "sb-embed-row" });
			li.createSpan({ cls: "sb-embed-date", text: ev.date.label });
			const a = li.createEl("a", {
				cls: "sb-embed-text",
				text: ev.label ? `${ev.label}: ${ev.text}` : ev.text,
				attr: { href: "#", "data-path": ev.source.path },
			});
			this.registerDomEvent(a, "click", (e) => {
				e.preventDefault();
				this.open(ev, e);
			});
		}
		if (events.length > LIST_CAP)
			parent.createDiv({
				cls: "sb-embed-more",
				text: t("and {0} more events (open the timeline view to see them all)", events.length - LIST_CAP),
			});
	}

	private renderAxis(parent: HTMLElement, seq: EventSeq, o: BlockOptions): void {
		const events = seq.toArray();
		const index = this.host.index;
		const classes = colorClasses(
			events.map((e) => courseIn(index, e.briefPath)),
			this.host.settings.courseColors ?? {},
		);
		const on = <K extends keyof HTMLElementEventMap>(
			el: HTMLElement,
			type: K,
			fn: (e: HTMLElementEventMap[K]) => void,
			opts?: AddEventListenerOptions,
		) => this.registerDomEvent(el, type, fn, opts);
		const pane = new AxisPane(
			parent,
			{
				colorClass: (p) => classes.get(courseIn(index, p)) ?? "sb-ax-c0",
				lanes: {
					courseOf: (p) => courseIn(index, p),
					titleOf: (p) => titleIn(index, p),
					tagsOf: (p) => index.get(p)?.tags ?? [],
				},
				setLaneMode: (mode) => pane.show(events, mode),
				showList: () => {
					parent.empty();
					this.renderList(parent, seq);
				},
				exportImage: (kind) => void exportAxis(this.host.app, pane, kind),
			},
			on,
		);
		pane.el.removeClass("sb-tl-hidden");
		bindAxis(pane, on, {
			open: (ev, e) => this.open(ev, e),
			menu: () => undefined,
			hover: () => undefined,
		});
		this.pane = pane;
		pane.show(events, o.lanes);
	}

	private open(ev: HistEvent, e: MouseEvent | KeyboardEvent): void {
		this.host.openSource(ev.source, modeOf(e)).catch((err: unknown) => {
			console.error("Study Briefs: could not open", ev.source, err);
			new Notice(t("Could not open {0}.", ev.source.path));
		});
	}
}
