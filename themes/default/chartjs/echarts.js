// The ECharts runtime of the site: only the chart types, components and
// renderer the generator's charts use, so the file stays small.
// `go generate ./generator/chartjs` bundles this with esbuild into
// ../assets/echarts.js (committed; published as /assets/echarts.<hash>.js),
// with window.echarts as its global. Add a component here before using it
// in a chart option, then run that command.
import { use, init } from "echarts/core";
import { LineChart, BarChart } from "echarts/charts";
import {
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendPlainComponent,
  MarkLineComponent,
  MarkAreaComponent,
  AriaComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendPlainComponent,
  MarkLineComponent,
  MarkAreaComponent,
  AriaComponent,
  SVGRenderer,
]);

export { init };
