export * from "./years";
export * from "./scale";
export * from "./viewport";
export * from "./ticks";
export * from "./layout";
export * from "./lanes";
