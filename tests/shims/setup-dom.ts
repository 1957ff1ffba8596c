// Loaded before every dom and browser test: Obsidian's DOM helpers on the prototypes.
import "./dom-helpers";
