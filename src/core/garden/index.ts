export * from "./types";
export { buildGardenPages, publishedBriefs } from "./pages";
export {
	classifyLinks,
	countByStatus,
	embedLeakMessage,
	embedLeaks,
	embedTargets,
	unpublishedTargets,
	type EmbedLeak,
} from "./links";
export { gardenUrl, sanitisePermalink, gardenSlug, slugPath } from "./url";
export { isInsideFolder, LINK_IN_WAY, NOT_OURS, planGarden, planWrites } from "./plan";
export { isEditedPage, isGenerated, isGeneratedFrontmatter, MARKER_KEY } from "./frontmatter";
export { compareEvents, chooseGrouping, groupLabel, yearLabel } from "./chrono";
export { makeLinker, rewriteLinks } from "./page-text";
export { makeResolver } from "./resolve";
export { gardenQuizFor } from "./quiz-source";
export { gardenPublishKeys, type PublisherSettings } from "./publisher";
