/** The axis images of the garden's timeline pages: one SVG beside Timeline.md (880 px), a smaller one per course page. */
import type { Lang } from "../lang/lang";
import { gardenMessages } from "./messages";
import type { Brief } from "../model";
import { axisSvg } from "./axis-svg";
import { generatedSvg } from "./frontmatter";
import type { GardenPage } from "./types";

/** A planned page (pages.ts): only what the images need. */
interface PlannedPage {
	kind: string;
	path: string;
	title: string;
	course?: string;
}

function inCourse(b: Brief, course: string): boolean {
	return b.course === course || b.course.startsWith(`${course}/`);
}

/** Timeline page path -> its SVG page (written beside it, "<page> axis.svg"); none for a page without events. */
export function timelineImages(
	planned: readonly PlannedPage[],
	briefs: readonly Brief[],
	lang?: Lang,
): Map<string, GardenPage> {
	const m = gardenMessages(lang);
	const out = new Map<string, GardenPage>();
	for (const p of planned) {
		if (p.kind !== "timeline" && p.kind !== "course-timeline") continue;
		const mine = p.kind === "timeline" ? briefs : briefs.filter((b) => inCourse(b, p.course ?? ""));
		const byPath = new Map(mine.map((b) => [b.path, b]));
		const events = mine.flatMap((b) => b.events);
		const course = p.kind === "timeline";
		const img = axisSvg(events, {
			title: m.axisTitle(p.title, events.length),
			width: course ? 880 : 720,
			laneOf: (ev) => (course ? (byPath.get(ev.briefPath)?.course ?? "") : ""),
			laneName: (k) => k || m.vaultRoot,
		});
		if (!img) continue;
		const path = p.path.replace(/\.md$/i, " axis.svg");
		out.set(p.path, { path, content: generatedSvg(img.svg), kind: "timeline-svg" });
	}
	return out;
}
