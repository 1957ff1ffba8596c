/**
 * What the timeline's helpers see of the view: narrow interfaces the view implements, so the helpers
 * (interactions.ts, panels.ts) do not depend on the view class and the view does not depend on them twice.
 */
import type { App, Component } from "obsidian";
import type { HistEvent } from "../../core/model";
import type { StudyHost } from "../host";
import type { TimelineBody } from "./body";
import type { TimelineState, Toolbar } from "./toolbar";
import type { VirtualList } from "./virtual-list";

/** Registers a DOM listener for the view's lifetime. */
type RegisterDomEvent = Component["registerDomEvent"];

/** The empty state and the problems footer (panels.ts). */
export interface PanelsTarget {
	readonly host: StudyHost;
	readonly state: TimelineState;
	readonly activePath: string | null;
	readonly toolbar: Toolbar;
	change(patch: Partial<TimelineState>): void;
	registerDomEvent: RegisterDomEvent;
}

/** Clicks, menus, keys and copying on the list (interactions.ts). */
export interface InteractionsTarget {
	readonly host: StudyHost;
	readonly app: App;
	readonly contentEl: HTMLElement;
	readonly toolbar: Toolbar;
	readonly body: TimelineBody;
	/** The events shown, as one flat array (a copy made on demand). */
	readonly events: HistEvent[];
	readonly list: VirtualList;
	readonly scroller: HTMLElement;
	/** The element the rows are drawn in. */
	readonly canvas: HTMLElement;
	readonly selected: number;
	eventAt(pos: number): HistEvent | undefined;
	titleOf(path: string): string;
	select(pos: number, scroll?: boolean): void;
	topPos(): number;
	itemIndexOf(pos: number): number;
	zoom(delta: number | "fit"): void;
	getViewType(): string;
	registerDomEvent: RegisterDomEvent;
}
