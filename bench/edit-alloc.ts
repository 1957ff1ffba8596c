/**
 * What one edit allocates, phase by phase: V8's sampling heap profiler (node:inspector) with the objects
 * later collected kept in the profile, so every allocation counts, not only what survives. Each phase runs
 * in a function of its own name (`editParse`, `editIndex`, `editView`) and a sample belongs to the phase
 * whose function is on its stack. Typed-array contents live outside the JS heap and are not in these bytes:
 * `measureWork.allocated` counts them. Also the counted work of the index and the view (the guard test's
 * figures, tests/unit/index/edit-growth.test.ts).
 */
import { Session } from "node:inspector/promises";
import { listWork } from "../src/core/index/event-list";
import { layoutWork } from "../src/ui/timeline/data";
import { measureWork } from "../src/ui/timeline/measure";

export interface EditPhases {
	/** Parse the edited note (parseBrief + ownStrings). */
	editParse: () => unknown;
	/** upsert + timelineSnapshot(). */
	editIndex: (parsed: unknown) => unknown;
	/** The timeline view's data step: measure + era layout. */
	editView: (snapshot: unknown) => unknown;
}

export interface EditAllocation {
	edits: number;
	/** kB allocated on the JS heap per edit, by phase. */
	parseKB: number;
	indexKB: number;
	viewKB: number;
	/** Counted per edit: pointers the event lists copied or moved, numbers the view allocated. */
	copiedPerEdit: number;
	viewNumbersPerEdit: number;
}

interface ProfileNode {
	callFrame: { functionName: string };
	selfSize: number;
	children: ProfileNode[];
}

const PHASES = ["editParse", "editIndex", "editView"] as const;

function phaseOf(stack: string[]): string | undefined {
	for (const f of stack) for (const p of PHASES) if (f.startsWith(p)) return p;
	return undefined;
}

export async function allocationPerEdit(edits: EditPhases[]): Promise<EditAllocation> {
	const session = new Session();
	session.connect();
	const bytes = new Map<string, number>();
	const copied0 = listWork.copied;
	const numbers0 = measureWork.allocated + layoutWork.allocated;
	try {
		await session.post("HeapProfiler.enable");
		await session.post("HeapProfiler.startSampling", {
			samplingInterval: 64,
			includeObjectsCollectedByMajorGC: true,
			includeObjectsCollectedByMinorGC: true,
		});
		for (const e of edits) e.editView(e.editIndex(e.editParse()));
		const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: ProfileNode } };
		const walk = (node: ProfileNode, stack: string[]): void => {
			const here = [...stack, node.callFrame.functionName];
			const phase = phaseOf(here);
			if (node.selfSize && phase) bytes.set(phase, (bytes.get(phase) ?? 0) + node.selfSize);
			for (const c of node.children) walk(c, here);
		};
		walk(profile.head, []);
	} finally {
		session.disconnect();
	}
	const kb = (p: string) => Math.round(((bytes.get(p) ?? 0) / edits.length / 1024) * 10) / 10;
	return {
		edits: edits.length,
		parseKB: kb("editParse"),
		indexKB: kb("editIndex"),
		viewKB: kb("editView"),
		copiedPerEdit: Math.round((listWork.copied - copied0) / edits.length),
		viewNumbersPerEdit: Math.round((measureWork.allocated + layoutWork.allocated - numbers0) / edits.length),
	};
}
