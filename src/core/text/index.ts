export { baseName, withoutExtension } from "./path";
export { blankFrontmatter, frontmatterBlock, frontmatterClose, leadingLines, noteLines } from "./frontmatter-block";
export { fnv1a32, fnv1a32Step, FNV1A32_START, hexHash, mixedHash, shortHash, wideHash } from "./hash";
export { memoByKey, memoByObject } from "./memo";
export { searchText, searchWords } from "./search-text";
