/** Counted things in every language the reader knows: a number right before one is a quantity, not a year. */
export const UNIT_WORDS = new Set(
	(
		"years year men women people soldiers km m kg t ha h min % € $ £ mio mrd millions milliards mille mil mila " +
		"tausend million millionen milliarden millones milhões milioni francs francos franchi marks marcos marchi mark " +
		"pfund libras livres sterline gulden florins fiorini florines écus escudos ducats ducados ducati talers taler"
	).split(" "),
);
