/**
 * xl/theme/theme1.xml: the colour scheme that `theme="n"` colours refer to (`<a:clrScheme>`, each
 * colour an `<a:srgbClr val>` or a system colour `<a:sysClr lastClr>` — the last value Excel saw).
 */
import { THEME_COLOUR_ORDER } from "../colours.js";
import { isDrawing } from "../xml/namespaces.js";
import type { XmlHandler } from "../xml/XmlHandler.js";

/** The scheme's colours in {@link THEME_COLOUR_ORDER}; a missing one is left undefined. */
export function themeHandler(into: Array<string | undefined>): XmlHandler {
  let inScheme = false;
  let slot: string | undefined;
  return {
    open(uri, local, attributes) {
      if (!isDrawing(uri)) return;
      if (local === "clrScheme") inScheme = true;
      else if (inScheme && slot === undefined && (THEME_COLOUR_ORDER as readonly string[]).includes(local)) slot = local;
      else if (slot !== undefined && (local === "srgbClr" || local === "sysClr")) {
        const value = local === "srgbClr" ? attributes.get("val") : (attributes.get("lastClr") ?? (attributes.get("val") === "window" ? "FFFFFF" : attributes.get("val") === "windowText" ? "000000" : undefined));
        if (value !== undefined && /^[0-9A-Fa-f]{6}$/.test(value)) into[THEME_COLOUR_ORDER.indexOf(slot as (typeof THEME_COLOUR_ORDER)[number])] = value.toUpperCase();
      }
    },
    close(uri, local) {
      if (!isDrawing(uri)) return;
      if (local === "clrScheme") inScheme = false;
      else if (local === slot) slot = undefined;
    },
    text() {},
  };
}
