/** The timeline pane's menu items while it shows the axis: export as SVG or PNG. */
import type { Menu } from "obsidian";
import type { TimelineView } from "../view";
import { exportAxis } from "./export";
import { t } from "../../../obsidian/i18n";

/** Items of the timeline pane's menu while it shows the axis. */
export function addAxisMenuItems(view: TimelineView, menu: Menu): void {
	if (view.state.mode !== "axis") return;
	for (const kind of ["svg", "png"] as const) {
		menu.addItem((i) =>
			i
				.setTitle(t("Export axis as {0}", kind.toUpperCase()))
				.setIcon(kind === "svg" ? "image-down" : "image")
				.onClick(() => void exportAxis(view.app, view.axis, kind)),
		);
	}
}
