import type { Catalogue } from "./index";

export const PT: Catalogue = {};
