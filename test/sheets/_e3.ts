import { committeeSpec } from "./sheetFixtures.js";
const s = committeeSpec();
console.log(s.rows.slice(0, 12).map((r, i) => `${i + 1}:${r?.height}`).join(" "));
