/**
 * Shared setup of the timeline browser tests: open a TimelineView in a test pane (unmounted after
 * each test) and read its rendered rows.
 */
import { afterEach } from "vitest";
import { TimelineView } from "../../../src/ui/timeline/view";
import { frames, mountView, type Mounted, type TestHost } from "./test-host";

export interface TimelineHarness {
	/** Mount a timeline for `host` and wait two frames for its first layout. */
	open(host: TestHost, opts?: { theme?: "light" | "dark"; width?: number; height?: number }): Promise<TimelineView>;
	/** The timeline mounted by the current test (null before `open`). */
	mounted(): Mounted<TimelineView> | null;
}

/** Call once at the top of a test file: registers the afterEach that unmounts the view. */
export function useTimeline(): TimelineHarness {
	let mounted: Mounted<TimelineView> | null = null;
	afterEach(async () => {
		await mounted?.unmount();
		mounted = null;
	});
	return {
		async open(host, opts = {}) {
			mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), opts);
			await frames(2);
			return mounted.view;
		},
		mounted: () => mounted,
	};
}

/** The row elements the virtualized list has in the DOM right now. */
export const rows = (view: TimelineView): HTMLElement[] => [
	...view.contentEl.querySelectorAll<HTMLElement>(".sb-tl-row"),
];
