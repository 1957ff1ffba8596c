import { Keymap } from "obsidian";
import type { SourceRef } from "../../core/model";
import type { OpenMode } from "../../obsidian/open-source";
import type { StudyHost } from "../host";
import type { ActionSink } from "./actions";
import { t } from "../../obsidian/i18n";

/**
 * Where a source opens from the quiz: a new tab, so the quiz keeps its place (the same tab would
 * replace it); Cmd/Ctrl-click or a split request opens it beside the quiz.
 */
export function openModeFor(evt: MouseEvent | KeyboardEvent | null): OpenMode {
	const mod = evt ? Keymap.isModEvent(evt) : false;
	return mod ? "split" : "tab";
}

/** An "Open source" link that opens the note at the item's line. */
export function sourceLink(
	parent: HTMLElement,
	host: StudyHost,
	actions: ActionSink,
	ref: SourceRef,
	label = t("Open source"),
): HTMLAnchorElement {
	const name = ref.path.split("/").pop()?.replace(/\.md$/i, "") ?? ref.path;
	const a = parent.createEl("a", {
		cls: "sb-quiz-source-link",
		text: label,
		attr: {
			href: "#",
			title: t("{0}, line {1}", name, ref.line + 1),
			"data-path": ref.path,
			"data-line": String(ref.line),
		},
	});
	actions.on(a, (evt: MouseEvent) => {
		evt.preventDefault();
		void host.openSource(ref, openModeFor(evt));
	});
	return a;
}
