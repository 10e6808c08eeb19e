/**
 * Charts in the fake Excel: just what the Office.js adapter uses to draw a stacked bar chart, each
 * member with the requirement set Microsoft's reference gives it (Excel JavaScript API reference,
 * learn.microsoft.com/javascript/api/excel: Excel.ChartCollection, Chart, ChartSeries,
 * ChartSeriesCollection, ChartAxis, ChartDataLabels; the same sets are in @types/office-js):
 *
 * - `worksheet.charts`, `charts.add(type, sourceData, seriesBy)`, `chart.name`, `chart.title.text`,
 *   `chart.legend.position`, `chart.setPosition(start, end)`, `chart.delete()`,
 *   `series.format.fill.setSolidColor`, `dataLabels.showValue`, `dataLabels.format.font.color`: 1.1;
 * - `series.add(name)`, `series.getItemAt`, `series.setValues`, `series.setXAxisValues`,
 *   `series.hasDataLabels`, `series.gapWidth`, `axis.reversePlotOrder`: 1.7;
 * - `series.dataLabels`, `dataLabels.numberFormat`, `series.overlap`, `axis.position`: 1.8.
 *
 * Charts are recorded in the sheet's model (`FakeSheet.charts`) for tests to inspect; ranges are
 * recorded as the areas given (the adapter passes ranges on the chart's own sheet).
 */
import type { CellRange } from "../../../src/core/grid/Address.js";
import { itemNotFound } from "./errors.js";
import type { FakeSheet } from "./model.js";
import { FakeSheetCollection, FakeSheetTargetObject } from "./proxy.js";
import type { FakeRange } from "./range.js";

export interface FakeChartSeriesModel {
  name: string;
  values?: CellRange;
  categories?: CellRange;
  fill?: string;
  gapWidth?: number;
  overlap?: number;
  hasDataLabels: boolean;
  showValue: boolean;
  labelNumberFormat?: string;
  labelColor?: string;
}

export interface FakeChartModel {
  name: string;
  readonly type: string;
  readonly seriesBy: string;
  title: string;
  legendPosition?: string;
  reversePlotOrder: boolean;
  categoryAxisPosition?: string;
  position?: { readonly start: CellRange; readonly end: CellRange };
  readonly series: FakeChartSeriesModel[];
}

interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: FakeChartModel;
}

interface SeriesTarget extends ChartTarget {
  readonly series: FakeChartSeriesModel;
}

export class FakeChartCollection extends FakeSheetCollection<FakeChart> {
  protected itemTargets(sheet: FakeSheet): unknown[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected makeItem(target: unknown, _index: number, props: Record<string, unknown>): FakeChart {
    const t = target as ChartTarget;
    return new FakeChart(this.ctx, `charts.getItem(${JSON.stringify(t.chart.name)})`, () => t).preload(props);
  }

  protected readItem(target: unknown, property: string): unknown {
    return chartProperty((target as ChartTarget).chart, property);
  }

  add(type: string, sourceData: FakeRange, seriesBy: string): FakeChart {
    let created: ChartTarget | undefined;
    this.queueWrite(
      "add",
      [type, sourceData.path, seriesBy],
      (sheet) => {
        const chart: FakeChartModel = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          seriesBy,
          title: "",
          reversePlotOrder: false,
          series: [{ name: "Series1", values: sourceData.target().area, hasDataLabels: false, showValue: false }],
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
      },
      "call",
    );
    return new FakeChart(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw itemNotFound("chart (not added yet)");
      return created;
    });
  }
}

function chartProperty(chart: FakeChartModel, property: string): unknown {
  if (property === "name") return chart.name;
  throw new Error(`fake Excel: Chart.${property} is not modelled`);
}

export class FakeChart extends FakeSheetTargetObject<ChartTarget> {
  protected read(t: ChartTarget, property: string): unknown {
    return chartProperty(t.chart, property);
  }

  get name(): string {
    return this.value("name");
  }

  set name(value: string) {
    this.queueWrite("name", value, (t) => void (t.chart.name = value));
  }

  get title(): { text: string } {
    const write = (value: string) => this.queueWrite("title.text", value, (t) => void (t.chart.title = value));
    return {
      get text(): string {
        throw new Error("fake Excel: read the title after loading it");
      },
      set text(value: string) {
        write(value);
      },
    };
  }

  get legend(): { position: string } {
    const write = (value: string) => this.queueWrite("legend.position", value, (t) => void (t.chart.legendPosition = value));
    return {
      get position(): string {
        throw new Error("fake Excel: read the legend after loading it");
      },
      set position(value: string) {
        write(value);
      },
    };
  }

  get axes(): { categoryAxis: { reversePlotOrder: boolean; position: string } } {
    const host = this.host;
    const reverse = (value: boolean) => {
      host.requires("1.7", "ChartAxis.reversePlotOrder");
      this.queueWrite("axes.categoryAxis.reversePlotOrder", value, (t) => void (t.chart.reversePlotOrder = value));
    };
    const position = (value: string) => {
      host.requires("1.8", "ChartAxis.position");
      this.queueWrite("axes.categoryAxis.position", value, (t) => void (t.chart.categoryAxisPosition = value));
    };
    return {
      categoryAxis: {
        get reversePlotOrder(): boolean {
          throw new Error("fake Excel: not loaded");
        },
        set reversePlotOrder(value: boolean) {
          reverse(value);
        },
        get position(): string {
          throw new Error("fake Excel: not loaded");
        },
        set position(value: string) {
          position(value);
        },
      },
    };
  }

  get series(): { getItemAt(index: number): FakeChartSeries; add(name?: string): FakeChartSeries } {
    const resolve = (): ChartTarget => {
      const t = this.resolve();
      if (!t) throw itemNotFound(this.path);
      return t;
    };
    const ctx = this.ctx;
    const path = `${this.path}.series`;
    return {
      getItemAt: (index: number) => {
        this.host.requires("1.7", "ChartSeriesCollection.getItemAt");
        return new FakeChartSeries(ctx, `${path}.getItemAt(${index})`, () => {
          const t = resolve();
          const series = t.chart.series[index];
          if (!series) throw itemNotFound(`series ${index}`);
          return { ...t, series };
        });
      },
      add: (name?: string) => {
        this.host.requires("1.7", "ChartSeriesCollection.add");
        let added: FakeChartSeriesModel | undefined;
        this.queueWrite("series.add", [name], (t) => {
          added = { name: name ?? `Series${t.chart.series.length + 1}`, hasDataLabels: false, showValue: false };
          t.chart.series.push(added);
        }, "call");
        return new FakeChartSeries(ctx, `${path}.add(${JSON.stringify(name)})`, () => {
          if (!added) throw itemNotFound("series (not added yet)");
          return { ...resolve(), series: added };
        });
      },
    };
  }

  setPosition(startCell: FakeRange, endCell: FakeRange): void {
    this.queueWrite("setPosition", [startCell.path, endCell.path], (t) => void (t.chart.position = { start: startCell.target().area, end: endCell.target().area }), "call");
  }

  delete(): void {
    this.queueWrite("delete", [], (t) => {
      const at = t.sheet.charts.indexOf(t.chart);
      if (at < 0) throw itemNotFound(this.path);
      t.sheet.charts.splice(at, 1);
    }, "call");
  }
}

export class FakeChartSeries extends FakeSheetTargetObject<SeriesTarget> {
  protected read(t: SeriesTarget, property: string): unknown {
    if (property === "name") return t.series.name;
    throw new Error(`fake Excel: ChartSeries.${property} is not modelled`);
  }

  private set(name: string, value: unknown, apply: (series: FakeChartSeriesModel) => void, version = "1.1"): void {
    this.host.requires(version, `ChartSeries.${name}`);
    this.queueWrite(name, value, (t) => apply(t.series));
  }

  set name(value: string) {
    this.set("name", value, (s) => void (s.name = value));
  }
  set gapWidth(value: number) {
    this.set("gapWidth", value, (s) => void (s.gapWidth = value), "1.7");
  }
  set overlap(value: number) {
    this.set("overlap", value, (s) => void (s.overlap = value), "1.8");
  }
  set hasDataLabels(value: boolean) {
    this.set("hasDataLabels", value, (s) => void (s.hasDataLabels = value), "1.7");
  }

  setValues(range: FakeRange): void {
    this.set("setValues", range.path, (s) => void (s.values = range.target().area), "1.7");
  }

  setXAxisValues(range: FakeRange): void {
    this.set("setXAxisValues", range.path, (s) => void (s.categories = range.target().area), "1.7");
  }

  get format(): { fill: { setSolidColor(color: string): void } } {
    return { fill: { setSolidColor: (color: string) => this.set("format.fill.setSolidColor", color, (s) => void (s.fill = color)) } };
  }

  get dataLabels(): { showValue: boolean; numberFormat: string; format: { font: { color: string } } } {
    this.host.requires("1.8", "ChartSeries.dataLabels");
    const set = (name: string, value: unknown, apply: (s: FakeChartSeriesModel) => void) => this.set(`dataLabels.${name}`, value, apply);
    return {
      get showValue(): boolean {
        throw new Error("fake Excel: not loaded");
      },
      set showValue(value: boolean) {
        set("showValue", value, (s) => void (s.showValue = value));
      },
      get numberFormat(): string {
        throw new Error("fake Excel: not loaded");
      },
      set numberFormat(value: string) {
        set("numberFormat", value, (s) => void (s.labelNumberFormat = value));
      },
      format: {
        font: {
          get color(): string {
            throw new Error("fake Excel: not loaded");
          },
          set color(value: string) {
            set("format.font.color", value, (s) => void (s.labelColor = value));
          },
        },
      },
    };
  }
}
