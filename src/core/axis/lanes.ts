import type { HistEvent } from "../model";

/** How the axis splits events into swimlanes. */
export type LaneMode = "none" | "course" | "brief" | "tag";

export const LANE_MODES: readonly LaneMode[] = ["none", "course", "brief", "tag"];

export interface LaneSource {
	courseOf(path: string): string;
	titleOf(path: string): string;
	/** The brief's tags; the first one names the lane ("" when none). */
	tagsOf(path: string): readonly string[];
}

/** The lane key of an event: its course, brief title, first tag, or "" for one lane. */
export function laneKey(mode: LaneMode, ev: HistEvent, src: LaneSource): string {
	switch (mode) {
		case "course":
			return src.courseOf(ev.briefPath);
		case "brief":
			return src.titleOf(ev.briefPath);
		case "tag":
			return src.tagsOf(ev.briefPath)[0] ?? "";
		default:
			return "";
	}
}

/** How a lane is named on the axis. */
export function laneName(mode: LaneMode, key: string): string {
	if (mode === "none") return "";
	if (key === "") return mode === "course" ? "Vault root" : mode === "tag" ? "No tag" : "Untitled";
	return mode === "tag" ? `#${key}` : key;
}
