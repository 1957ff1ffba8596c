export type {
	AddOverride,
	DateOverride,
	HideOverride,
	NotDateOverride,
	Override,
	OverrideBody,
	OverrideEvent,
	OverrideTarget,
	MoveOverride,
	ReportOverride,
	SkipOverride,
	SpeakerOverride,
	TargetedOverride,
	UndoOverride,
} from "./types";
export { parseOverrideLog, serializeOverride } from "./log";
export { replayOverrides, slotOf } from "./replay";
export type { OverrideReplay } from "./replay";
export { readTypedDate } from "./date";
export { briefMoves, briefOf, itemOf, moveEvents, placeInBrief } from "./follow";
export type { Orphan, OrphanReason, Place, Placed } from "./follow";
export { addedEventId, curateBrief } from "./curate";
export { applyOverrides, curate, groupByBrief } from "./apply";
export type { CurationResult } from "./apply";
export { CuratedIndex } from "./curated-index";
export type { CurationState } from "./curated-index";
export { isSkippedQuestion, targetOfItem, targetOfQuestion } from "./targets";
export { curationFolder, CURATION_HEADER, CURATION_MARKER } from "./folder";
