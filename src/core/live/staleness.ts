/**
 * How a generated sheet says, live, that the plan has changed in a way it cannot follow. Every plan
 * sheet we generate carries one banner cell whose formula is "" while the sheet is right and starts
 * with {@link OUT_OF_DATE_PREFIX} once it is not; tests and officers look for that word.
 */
export const OUT_OF_DATE_PREFIX = "Out of date";
