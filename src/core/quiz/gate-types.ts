/** The gate's vocabulary: defects and what a check needs to know. */
import type { Brief, Fact, HistEvent, YMD } from "../model";

export type Criterion = "a" | "b" | "c" | "d" | "e";

export interface Defect {
	criterion: Criterion;
	/** A short rule name ("title-year", "mask", "stem-year" …). */
	rule: string;
}

export interface GateEnv {
	brief: Brief;
	siblings: Brief[];
	today: YMD;
	/** The quiz spans several briefs and its header does not show this brief: which-brief questions may appear. */
	multiBrief?: boolean;
}

export function eventOf(brief: Brief, id: string): HistEvent | undefined {
	return brief.events.find((e) => e.id === id);
}

export function factOf(brief: Brief, id: string): Fact | undefined {
	return brief.facts.find((f) => f.id === id);
}
