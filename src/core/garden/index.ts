export * from "./types";
export { buildGardenPages, publishedBriefs } from "./pages";
export { classifyLinks, countByStatus, unpublishedTargets } from "./links";
export { gardenUrl, sanitisePermalink, slugify, slugPath } from "./url";
export { isInsideFolder, planWrites } from "./plan";
export { hashText, isGenerated, MARKER_KEY } from "./frontmatter";
export { compareEvents, chooseGrouping, groupLabel, yearLabel } from "./chrono";
export { makeLinker, rewriteLinks, baseName } from "./text";
