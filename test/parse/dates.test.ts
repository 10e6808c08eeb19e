import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addDays,
  daysBetween,
  daysInMonth,
  endOfMonth,
  excelSerialFromIso,
  isoDate,
  isoFromDate,
  isoFromExcelSerial,
  isValidDate,
  isValidIso,
} from "../../src/core/parse/dates.js";

describe("Excel serials (1900 date system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [43466, "2019-01-01"],
    [45000, "2023-03-15"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(isoFromExcelSerial(serial)).toBe(iso);
    expect(excelSerialFromIso(iso)).toBe(serial);
  });

  it("has no date for serial 60, Excel's phantom 29 February 1900", () => {
    expect(isoFromExcelSerial(60)).toBeNull();
    expect(excelSerialFromIso("1900-02-29")).toBeNull();
  });

  it("drops the time of day from a serial", () => {
    expect(isoFromExcelSerial(45000.75)).toBe("2023-03-15");
  });

  it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("rejects serial %d", (serial) => {
    expect(isoFromExcelSerial(serial)).toBeNull();
  });

  it("rejects dates before 1900 and invalid ISO text", () => {
    expect(excelSerialFromIso("1899-12-31")).toBeNull();
    expect(excelSerialFromIso("2023-02-30")).toBeNull();
    expect(excelSerialFromIso("not a date")).toBeNull();
  });

  it("round-trips every day from 1900-03-01 to 2099-12-31", () => {
    const first = excelSerialFromIso("1900-03-01") as number;
    const last = excelSerialFromIso("2099-12-31") as number;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (serial) => {
        const iso = isoFromExcelSerial(serial);
        expect(iso).not.toBeNull();
        expect(isValidIso(iso as string)).toBe(true);
        expect(excelSerialFromIso(iso as string)).toBe(serial);
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees with JavaScript's own calendar", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = isoFromDate(date) as string;
        const serial = excelSerialFromIso(iso) as number;
        const expected = Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 86_400_000) + 25569;
        expect(serial).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("calendar helpers", () => {
  it("formats with zero padding", () => {
    expect(isoDate(2024, 3, 5)).toBe("2024-03-05");
    expect(isoDate(987, 12, 31)).toBe("0987-12-31");
  });

  it("knows month ends, including leap years", () => {
    expect(endOfMonth(2024, 2)).toBe("2024-02-29");
    expect(endOfMonth(2023, 2)).toBe("2023-02-28");
    expect(endOfMonth(1900, 2)).toBe("1900-02-28");
    expect(endOfMonth(2000, 2)).toBe("2000-02-29");
    expect(endOfMonth(2024, 12)).toBe("2024-12-31");
    expect(daysInMonth(2024, 4)).toBe(30);
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(() => addDays("2024-13-01", 1)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });

  it("counts days between dates", () => {
    expect(daysBetween("2024-01-01", "2024-12-31")).toBe(365);
    expect(daysBetween("2024-03-01", "2024-02-01")).toBe(-29);
    expect(() => daysBetween("2024-01-01", "soon")).toThrow(RangeError);
  });

  it("addDays and daysBetween are inverse", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 30000 }), fc.integer({ min: -3000, max: 3000 }), (offset, step) => {
        const from = addDays("2000-01-01", offset);
        expect(daysBetween(from, addDays(from, step))).toBe(step);
      }),
      { numRuns: 2000 },
    );
  });

  it("validates ISO strings strictly", () => {
    expect(isValidIso("2024-02-29")).toBe(true);
    expect(isValidIso("2023-02-29")).toBe(false);
    expect(isValidIso("2024-2-29")).toBe(false);
    expect(isValidIso("2024-02-29T00:00")).toBe(false);
    expect(isValidIso("")).toBe(false);
    expect(isValidDate(2024, 0, 1)).toBe(false);
  });

  it("reads a Date's UTC fields and rejects invalid Dates", () => {
    expect(isoFromDate(new Date(Date.UTC(2018, 11, 31, 23, 59)))).toBe("2018-12-31");
    expect(isoFromDate(new Date(Number.NaN))).toBeNull();
  });
});
