export * from "./search";
export * from "./citation";
export * from "./daily";
export * from "./entries";
export * from "./group";
export * from "./rows";
export * from "./search-index";
export * from "./speakers";
