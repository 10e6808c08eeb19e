/**
 * The chart as SVG, the picture Word 2016 and later draw (with the PNG as fallback for readers
 * without SVG). Text is real text, so it stays sharp in print and can be selected.
 */
import type { ChartLayout } from "./chartLayout.js";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function chartSvg(layout: ChartLayout, title: string): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#FFFFFF"/>`,
  ];
  for (const r of layout.rects) parts.push(`<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="#${r.fill}"/>`);
  for (const t of layout.texts) {
    // The bitmap font's cap height is 7 pixels a scale step; Arial at 9.5 px a step matches its width closely.
    const size = (t.scale * 9.5).toFixed(1);
    const baseline = t.y + t.scale * 7;
    parts.push(
      `<text x="${t.x}" y="${baseline}" font-family="Arial, Helvetica, sans-serif" font-size="${size}" fill="#${t.color}" text-anchor="${t.anchor}">${escapeXml(t.text)}</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}
