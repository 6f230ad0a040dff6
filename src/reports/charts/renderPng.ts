import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Resvg from '@resvg/resvg-js';
import type * as Echarts from 'echarts';
import { opaquePng } from './opaquePng';

/**
 * ECharts (about 60 MB once loaded) and resvg are loaded on the first chart, not at start: a bot
 * that posts no report never holds them (issue 16 item 11; the listener and the inbox thread each
 * loaded them before). Loaded synchronously so that rendering stays a plain function.
 */
const load = createRequire(import.meta.url);
let libraries: { echarts: typeof Echarts; Resvg: typeof Resvg.Resvg } | undefined;
const charting = () => (libraries ??= { echarts: load('echarts') as typeof Echarts, Resvg: (load('@resvg/resvg-js') as typeof Resvg).Resvg });

/** The font shipped in the repository (assets/fonts, license beside it): the same pixels on every machine. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';
export const CHART_FONT_FILE = fileURLToPath(new URL('../../../assets/fonts/DejaVuSans.ttf', import.meta.url));

export interface Png {
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface ChartSize {
  width: number;
  height: number;
}

/** Renders an SVG to PNG with only the shipped font (no system fonts), so the bytes depend on the input alone. */
export function svgToPng(svg: string, size: ChartSize): Png {
  const resvg = new (charting().Resvg)(svg, {
    fitTo: { mode: 'width', value: size.width },
    background: '#ffffff',
    font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  const image = resvg.render();
  return { bytes: opaquePng(image.pixels, image.width, image.height), width: image.width, height: image.height };
}

/** An ECharts option rendered on the server: SVG without a DOM, then PNG. */
export function renderChart(option: Echarts.EChartsCoreOption, size: ChartSize): Png {
  const chart = charting().echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option });
    return svgToPng(chart.renderToSVGString(), size);
  } finally {
    chart.dispose();
  }
}
