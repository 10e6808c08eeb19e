/** A calendar date as 'YYYY-MM-DD': compares correctly as a string and survives JSON untouched. */
export type IsoDate = string;
