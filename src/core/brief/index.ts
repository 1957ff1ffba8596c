/** The brief reader: note text -> Brief (read-brief.ts), and the note helpers the plugin and the CLI share. */
export type { BriefOptions, SplitFrontmatter } from "./types";
export { parseBrief } from "./read-brief";
export { isPublished, splitFrontmatter, parseFrontmatter, tagsOf, permalinkOf } from "./frontmatter";
export { slugify, stripInline } from "./strip";
export { splitSentences } from "./sentences";
