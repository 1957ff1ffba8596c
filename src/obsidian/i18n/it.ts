import type { Catalogue } from "./index";

export const IT: Catalogue = {};
