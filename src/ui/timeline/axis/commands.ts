/** The axis export commands ("Export timeline axis as SVG / PNG"), for the open timeline in axis mode. */
import type { Plugin } from "obsidian";
import { TimelineView, VIEW_TYPE_TIMELINE } from "../view";
import { exportAxis } from "./export";
import { t } from "../../../obsidian/i18n";

/** The open timeline in axis mode, if any. */
function axisView(plugin: Plugin): TimelineView | null {
	for (const leaf of plugin.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)) {
		const v = leaf.view;
		if (v instanceof TimelineView && v.state.mode === "axis" && v.axis.last) return v;
	}
	return null;
}

export function registerAxisCommands(plugin: Plugin): void {
	for (const kind of ["svg", "png"] as const) {
		plugin.addCommand({
			id: `export-timeline-axis-${kind}`,
			name: t("Export timeline axis as {0}", kind.toUpperCase()),
			checkCallback: (checking) => {
				const v = axisView(plugin);
				if (!v) return false;
				if (!checking) void exportAxis(plugin.app, v.axis, kind);
				return true;
			},
		});
	}
}
