/**
 * Turns the committee pack model into a Word document with the `docx` package. Every word and figure
 * comes from the model; this file decides only how they look: Arial, real heading styles (so Word's
 * navigation pane and screen readers find them), table header rows marked as such and repeated on
 * every page, RAG cells shaded *and* worded, the chart as SVG with a PNG fallback and alt text, A4 with
 * the appendix landscape, and "Page N of M" in every footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { layoutStackedBars } from "../../core/pack/chartLayout.js";
import { chartSvg } from "../../core/pack/chartSvg.js";
import type { CommitteePack, PackBlock, PackCell, PackSection, PackTable, StackedBarChart } from "../../core/pack/PackDocument.js";
import { ragColours } from "../../core/rag/ragStyles.js";
import { drawChartPng } from "./chartPng.js";

// A4 in twentieths of a point (Word's unit): 210 × 297 mm. Margins 2 cm.
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1134;
const FONT = "Arial";
const HEADER_FILL = "D9D9D9";
const BAND_FILL = "F2F2F2";
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;

function alignmentOf(align: PackCell["align"]): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return align === "right" ? AlignmentType.RIGHT : align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
}

/** Table text keeps the plan's line breaks: several actions or leads in one cell are common. */
function cellParagraphs(text: string, options: { bold?: boolean; color?: string; align?: PackCell["align"]; keepNext?: boolean }): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: alignmentOf(options.align),
        ...(options.keepNext ? { keepNext: true } : {}),
        children: [new TextRun({ text: line, font: FONT, size: 18, ...(options.bold ? { bold: true } : {}), ...(options.color ? { color: options.color } : {}) })],
      }),
  );
}

function tableOf(table: PackTable, contentWidth: number): Table {
  const totalWeight = table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = table.columns.map((column) => Math.floor((column.width / totalWeight) * contentWidth));
  const header = new TableRow({
    tableHeader: true, // repeated at the top of every page the table runs onto
    cantSplit: true,
    children: table.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] as number, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          borders: BORDERS,
          children: cellParagraphs(column.heading, { bold: true, align: column.align }),
        }),
    ),
  });
  const rows = table.rows.map((row, r) => {
    if (row.kind === "band") {
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: table.columns.length,
            shading: { type: ShadingType.CLEAR, color: "auto", fill: BAND_FILL },
            borders: BORDERS,
            // Kept with the next row, so a theme's name never ends a page without its first action.
            children: cellParagraphs(row.text, { bold: true, keepNext: true }),
          }),
        ],
      });
    }
    const isTotal = table.hasTotalRow === true && r === table.rows.length - 1;
    return new TableRow({
      cantSplit: true,
      children: row.cells.map((cell, i) => {
        const colours = cell.rag ? ragColours(cell.rag) : null;
        return new TableCell({
          width: { size: widths[i] as number, type: WidthType.DXA },
          borders: BORDERS,
          ...(colours ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: colours.fill } } : {}),
          children: cellParagraphs(cell.text, {
            bold: cell.bold === true || isTotal || cell.rag !== undefined,
            align: cell.align ?? table.columns[i]?.align,
            ...(colours ? { color: colours.font } : {}),
          }),
        });
      }),
    });
  });
  return new Table({ rows: [header, ...rows], width: { size: contentWidth, type: WidthType.DXA }, columnWidths: widths });
}

function chartParagraph(chart: StackedBarChart, contentWidth: number): Paragraph {
  const layout = layoutStackedBars(chart);
  const svg = new TextEncoder().encode(chartSvg(layout, chart.title));
  const png = drawChartPng(layout);
  // Shown as wide as the text column: twips → pixels at 96 dpi (1440 twips an inch).
  const width = Math.round((contentWidth / 1440) * 96);
  const height = Math.round((layout.height / layout.width) * width);
  const altText = { name: chart.title, title: chart.title, description: chart.altText };
  return new Paragraph({
    children: [
      new ImageRun({
        type: "svg",
        data: svg,
        fallback: { type: "png", data: png },
        transformation: { width, height },
        altText,
      }),
    ],
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function blockChildren(block: PackBlock, contentWidth: number): Array<Paragraph | Table> {
  switch (block.kind) {
    case "heading":
      // A heading is never left alone at the foot of a page, away from the table it introduces.
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, keepLines: true, children: [new TextRun({ text: block.text })] })];
    case "paragraph":
      return [new Paragraph({ children: [new TextRun({ text: block.text })] })];
    case "bullets":
      return block.items.map((item) => new Paragraph({ numbering: { reference: "bullets", level: 0 }, children: [new TextRun({ text: item })] }));
    case "table":
      // The caption sits above the table (committee style) and doubles as its description for screen readers.
      return [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: block.table.caption, italics: true })] }),
        tableOf(block.table, contentWidth),
        new Paragraph({ children: [] }),
      ];
    case "chart":
      return [chartParagraph(block.chart, contentWidth)];
  }
}

function sectionOf(section: PackSection, pack: CommitteePack): ISectionOptions {
  const landscape = section.orientation === "landscape";
  const contentWidth = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape section; give the portrait size.
        size: { width: A4_SHORT, height: A4_LONG, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: `${pack.footer}    Page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: " of ", size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })],
          }),
        ],
      }),
    },
    children: section.blocks.flatMap((block) => blockChildren(block, contentWidth)),
  };
}

/** The .docx file's bytes. */
export async function renderPackDocx(pack: CommitteePack): Promise<Uint8Array> {
  const document = new Document({
    title: pack.title,
    description: `Progress report made by Plan Tracker from the plan workbook, progress up to ${pack.progressUpTo}.`,
    creator: "Plan Tracker",
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 } },
        heading1: { run: { font: FONT, size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    numbering: {
      config: [{ reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }],
    },
    sections: pack.sections.map((section) => sectionOf(section, pack)),
  });
  const buffer = await Packer.toArrayBuffer(document);
  return new Uint8Array(buffer);
}
