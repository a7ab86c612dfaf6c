// Package chart builds the ECharts option of each indicator's chart with
// go-echarts, at build time.
//
// A chart is an option object, not a page: the theme's template writes the
// element, the accessible table and the script that hands the option to the
// ECharts runtime. Options are built with go-echarts' types and serialised
// through its JSON(); go-echarts' own RenderSnippet is not used, because it
// re-parses its templates for every chart (about ten times slower).
//
// IDs derive from the indicator code ("chart-8-6"), never from go-echarts'
// random IDs, so two builds of the same input are byte-identical.
package chart

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

// Colours that meet WCAG AA contrast (≥ 3:1 for graphics) on white.
const (
	colourObserved = "#1f5f99"
	colourTarget   = "#a63a00"
	colourBand     = "rgba(166,58,0,0.12)"
)

// Chart is one chart, ready for a template.
type Chart struct {
	// ID is the element ID, stable across builds.
	ID string
	// Option is the ECharts option as JSON, safe to place inside a
	// <script type="application/json"> element (<, > and & are escaped).
	Option []byte
}

// ID returns the chart element ID for an indicator code.
func ID(code string) string {
	return "chart-" + indicator.Definition{Code: code}.Slug()
}

// Indicator builds the line chart of one quantitative indicator: its
// observed values from the first year to the target year, with the 2030
// target as a line (a band for a range).
func Indicator(in indicator.Indicator, a progress.Assessment, targetYear int) (Chart, error) {
	d := in.Definition
	obs := in.Series.Totals()
	first := targetYear
	if len(obs) > 0 {
		first = obs[0].Year
	}
	byYear := map[int]indicator.Observation{}
	for _, o := range obs {
		byYear[o.Year] = o
	}
	var years []string
	var values []opts.LineData
	for y := first; y <= targetYear; y++ {
		years = append(years, strconv.Itoa(y))
		o, ok := byYear[y]
		switch {
		case !ok:
			values = append(values, opts.LineData{Value: "-"})
		case o.Status != "":
			// Preliminary and estimated figures are drawn hollow.
			values = append(values, opts.LineData{Value: o.Value, Symbol: "emptyCircle", SymbolSize: 9})
		default:
			values = append(values, opts.LineData{Value: o.Value})
		}
	}

	subtitle := "Đơn vị: " + unitText(d)
	if in.Illustrative() {
		subtitle += " · Số liệu minh họa"
	}
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: ID(d.Code)}),
		charts.WithTitleOpts(opts.Title{Title: d.Name, Subtitle: subtitle, Left: "0", TitleStyle: &opts.TextStyle{FontSize: 14}}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Enabled: opts.Bool(true), Description: a.Summary}}),
		charts.WithGridOpts(opts.Grid{Left: "48", Right: "16", Top: "64", Bottom: "32"}),
		charts.WithYAxisOpts(yAxis(d, obs)),
		charts.WithAnimation(false),
	)
	seriesOpts := []charts.SeriesOpts{
		charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true), ShowSymbol: opts.Bool(true)}),
		charts.WithLineStyleOpts(opts.LineStyle{Color: colourObserved, Width: 2}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: colourObserved}),
	}
	seriesOpts = append(seriesOpts, targetMarks(d, targetYear)...)
	line.SetXAxis(years).AddSeries("Thực tế", values, seriesOpts...)
	line.Validate()

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // escapes <, > and & for use inside <script>
	if err := enc.Encode(line.JSON()); err != nil {
		return Chart{}, err
	}
	return Chart{ID: ID(d.Code), Option: bytes.TrimSpace(buf.Bytes())}, nil
}

// targetMarks draws the 2030 target: a dashed line at the value, or a band
// between the bounds of a range.
func targetMarks(d indicator.Definition, targetYear int) []charts.SeriesOpts {
	label := "Mục tiêu " + strconv.Itoa(targetYear) + ": " + progress.FormatTarget(d)
	if d.Comparator == "range" {
		// A band across the whole width, between the bounds of the range.
		// go-echarts' MarkAreaData spells the key "YAxis", which ECharts
		// ignores; areaBound spells it as ECharts reads it.
		band := []areaBound{{Name: label, YAxis: d.Min}, {YAxis: d.Max}}
		return []charts.SeriesOpts{
			charts.WithSeriesOpts(func(s *charts.SingleSeries) {
				s.MarkAreas = &opts.MarkAreas{Data: []interface{}{band}}
			}),
			charts.WithMarkAreaStyleOpts(opts.MarkAreaStyle{
				ItemStyle: &opts.ItemStyle{Color: colourBand},
				Label:     &opts.Label{Show: opts.Bool(true), Position: "insideTopLeft", Color: colourTarget},
			}),
		}
	}
	return []charts.SeriesOpts{
		charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: label, YAxis: d.Value}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{
			Symbol:    []string{"none", "none"},
			LineStyle: &opts.LineStyle{Color: colourTarget, Type: "dashed", Width: 2},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "insideStartTop", Formatter: "{b}", Color: colourTarget},
		}),
	}
}

// yAxis fits the axis to the observations and the target together, so the
// target line or band is always in view.
func yAxis(d indicator.Definition, obs []indicator.Observation) opts.YAxis {
	lo, hi := d.Value, d.Value
	if d.Comparator == "range" {
		lo, hi = d.Min, d.Max
	}
	for _, o := range obs {
		lo, hi = math.Min(lo, o.Value), math.Max(hi, o.Value)
	}
	pad := (hi - lo) * 0.1
	if pad == 0 {
		pad = math.Max(math.Abs(hi)*0.1, 1)
	}
	lo, hi = niceFloor(lo-pad), niceCeil(hi+pad)
	if lo < 0 && d.Value >= 0 && (len(obs) == 0 || obs[0].Value >= 0) {
		lo = 0
	}
	return opts.YAxis{Type: "value", Min: lo, Max: hi}
}

// niceFloor and niceCeil round to one significant step of the magnitude.
func niceFloor(v float64) float64 { s := step(v); return math.Floor(v/s) * s }
func niceCeil(v float64) float64  { s := step(v); return math.Ceil(v/s) * s }

func step(v float64) float64 {
	if v == 0 {
		return 1
	}
	return math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-1)
}

type areaBound struct {
	Name  string  `json:"name,omitempty"`
	YAxis float64 `json:"yAxis"`
}

func unitText(d indicator.Definition) string {
	if d.Per > 0 {
		return d.Unit + " / " + formatPer(d.Per) + " dân"
	}
	return d.Unit
}

func formatPer(v float64) string {
	return progress.Format(indicator.Definition{}, v)
}
