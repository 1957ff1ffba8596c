import { Keymap, Menu, Notice } from "obsidian";
import type { HistEvent } from "../../core/model";
import { copyText } from "../../obsidian/clipboard";
import type { OpenMode } from "../../obsidian/open-source";
import { addEventCurationItems } from "../curation/menus";
import { eventMarkdown, timelineMarkdown } from "./markdown";
import { dateLabeler } from "../shared/date-labels";
import type { InteractionsTarget } from "./targets";
import { t } from "../../obsidian/i18n";

/** Open an event's source line; failures become a Notice, never an exception. */
export function openEvent(view: InteractionsTarget, ev: HistEvent, mode: OpenMode): void {
	view.host.openSource(ev.source, mode).catch((e: unknown) => {
		console.error("Study Briefs: could not open", ev.source, e);
		new Notice(t("Could not open {0}.", ev.source.path));
	});
}

/** Cmd/Ctrl-click (or middle click) opens in a new tab, a plain click in the same one. */
export function modeOf(evt: MouseEvent | KeyboardEvent): OpenMode {
	const m = Keymap.isModEvent(evt);
	return m === "split" ? "split" : m ? "tab" : "same";
}

export async function copyAll(view: InteractionsTarget): Promise<void> {
	const events = view.events;
	const labels = dateLabeler(view.host.settings, view.host.index, [events[0], events[events.length - 1]]);
	const md = timelineMarkdown(events, (path) => ({ path, title: view.titleOf(path) }), labels);
	const ok = md ? await copyText(md) : false;
	new Notice(
		ok
			? t("Copied {0} events as Markdown.", view.events.length)
			: md
				? t("Could not copy to the clipboard.")
				: t("Nothing to copy."),
	);
}

/** The context menu of an event: open, open in new tab, copy as Markdown, quiz me on it. */
export function showEventMenu(
	view: InteractionsTarget,
	ev: HistEvent,
	at: MouseEvent | { x: number; y: number },
): Menu {
	const menu = new Menu();
	menu.addItem((i) =>
		i
			.setTitle(t("Open"))
			.setIcon("file-text")
			.onClick(() => openEvent(view, ev, "same")),
	);
	menu.addItem((i) =>
		i
			.setTitle(t("Open in new tab"))
			.setIcon("file-plus")
			.onClick(() => openEvent(view, ev, "tab")),
	);
	menu.addSeparator();
	menu.addItem((i) =>
		i
			.setTitle(t("Copy as Markdown"))
			.setIcon("clipboard-copy")
			.onClick(async () => {
				const ok = await copyText(
					eventMarkdown(
						ev,
						{ path: ev.briefPath, title: view.titleOf(ev.briefPath) },
						dateLabeler(view.host.settings, view.host.index, [ev]),
					) + "\n",
				);
				new Notice(ok ? t("Copied as Markdown.") : t("Could not copy to the clipboard."));
			}),
	);
	menu.addItem((i) =>
		i
			.setTitle(t("Quiz me on this event"))
			.setIcon("graduation-cap")
			.onClick(() => {
				view.host.startQuiz({ kind: "item", path: ev.briefPath, itemId: ev.id }).catch((e: unknown) => {
					console.error("Study Briefs: could not start the quiz", e);
					new Notice(t("Could not start the quiz."));
				});
			}),
	);
	addEventCurationItems(menu, view.host, ev);
	if ("preventDefault" in at) menu.showAtMouseEvent(at);
	else menu.showAtPosition(at);
	return menu;
}

/** The element an event hit, also in pop-out windows (where `instanceof Element` is false). */
export function elementOf(target: EventTarget | null): Element | null {
	const node = target as Node | null;
	return node && typeof node.instanceOf === "function" && node.instanceOf(Element) ? node : null;
}

function rowOf(target: EventTarget | null): HTMLElement | null {
	return elementOf(target)?.closest<HTMLElement>(".sb-tl-row") ?? null;
}

function eventOf(view: InteractionsTarget, row: HTMLElement | null): { ev: HistEvent; pos: number } | null {
	const pos = Number(row?.getAttribute("data-pos") ?? NaN);
	const ev = view.eventAt(pos);
	return ev ? { ev, pos } : null;
}

/** Click, context menu, hover preview and keyboard, all registered on the view. */
export function bindInteractions(view: InteractionsTarget): void {
	const { canvas, scroller } = view;
	view.registerDomEvent(canvas, "click", (e: MouseEvent) => {
		const row = rowOf(e.target);
		const hit = eventOf(view, row);
		if (!hit) return;
		view.select(hit.pos, false);
		const more = elementOf(e.target)?.closest(".sb-tl-more");
		if (more) {
			const r = more.getBoundingClientRect();
			showEventMenu(view, hit.ev, { x: r.left, y: r.bottom });
			return;
		}
		openEvent(view, hit.ev, modeOf(e));
	});
	view.registerDomEvent(canvas, "auxclick", (e: MouseEvent) => {
		const hit = eventOf(view, rowOf(e.target));
		if (hit && e.button === 1) openEvent(view, hit.ev, "tab");
	});
	view.registerDomEvent(canvas, "contextmenu", (e: MouseEvent) => {
		const hit = eventOf(view, rowOf(e.target));
		if (!hit) return;
		e.preventDefault();
		view.select(hit.pos, false);
		showEventMenu(view, hit.ev, e);
	});
	let hovered: HTMLElement | null = null;
	view.registerDomEvent(canvas, "mouseover", (e: MouseEvent) => {
		const row = rowOf(e.target);
		if (row === hovered) return;
		hovered = row;
		const hit = eventOf(view, row);
		const ws = (view.app as { workspace?: { trigger(name: string, ...data: unknown[]): void } } | undefined)
			?.workspace;
		if (!hit || !row || !ws) return;
		ws.trigger("hover-link", {
			event: e,
			source: view.getViewType(),
			hoverParent: view,
			targetEl: row,
			linktext: hit.ev.source.path,
			sourcePath: "",
			state: { scroll: hit.ev.source.line },
		});
	});
	view.registerDomEvent(scroller, "focus", () => {
		if (view.selected < 0 && view.body.events.length) view.select(Math.max(0, view.topPos()), false);
	});
	view.registerDomEvent(scroller, "keydown", (e: KeyboardEvent) => onListKey(view, e));
	view.registerDomEvent(view.contentEl, "keydown", (e: KeyboardEvent) => {
		const t = elementOf(e.target);
		if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
		if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey) {
			e.preventDefault();
			view.toolbar.filter.focus();
			view.toolbar.filter.select();
		} else if (e.key === "+" || e.key === "=") view.zoom(1);
		else if (e.key === "-" || e.key === "_") view.zoom(-1);
		else if (e.key === "0") view.zoom("fit");
	});
}

function onListKey(view: InteractionsTarget, e: KeyboardEvent): void {
	const n = view.body.events.length;
	if (!n) return;
	// a row's menu button has the focus (it is in the tab order): Enter and Space press it
	if ((e.key === "Enter" || e.key === " ") && elementOf(e.target)?.closest(".sb-tl-more")) return;
	const page = Math.max(1, Math.floor(view.scroller.clientHeight / 64) - 1);
	const cur = view.selected < 0 ? -1 : view.selected;
	let next: number | null = null;
	switch (e.key) {
		case "ArrowDown":
			next = cur + 1;
			break;
		case "ArrowUp":
			next = cur <= 0 ? 0 : cur - 1;
			break;
		case "Home":
			next = 0;
			break;
		case "End":
			next = n - 1;
			break;
		case "PageDown":
			next = cur + page;
			break;
		case "PageUp":
			next = cur - page;
			break;
		case "Enter":
		case " ":
			if (cur >= 0) openEvent(view, view.eventAt(cur)!, modeOf(e));
			e.preventDefault();
			return;
		case "ContextMenu":
		case "F10":
			if (e.key === "F10" && !e.shiftKey) return;
			if (cur >= 0) {
				const r = view.list.rowOf(view.itemIndexOf(cur))?.getBoundingClientRect();
				showEventMenu(view, view.eventAt(cur)!, { x: r?.left ?? 0, y: r?.bottom ?? 0 });
			}
			e.preventDefault();
			return;
		default:
			return;
	}
	e.preventDefault();
	view.select(Math.max(0, Math.min(n - 1, next)));
}
