import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { opaquePng } from './opaquePng';

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
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    background: '#ffffff',
    font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  const image = resvg.render();
  return { bytes: opaquePng(image.pixels, image.width, image.height), width: image.width, height: image.height };
}

/** An ECharts option rendered on the server: SVG without a DOM, then PNG. */
export function renderChart(option: echarts.EChartsCoreOption, size: ChartSize): Png {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option });
    return svgToPng(chart.renderToSVGString(), size);
  } finally {
    chart.dispose();
  }
}
