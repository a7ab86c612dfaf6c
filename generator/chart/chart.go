// Package chart builds the ECharts option of each indicator's charts with
// go-echarts, at build time.
//
// A chart is an option object, not a page: the theme's template writes the
// element, the accessible table and the script that hands the option to the
// ECharts runtime. Options are built with go-echarts' types and serialised
// through its JSON(); go-echarts' own RenderSnippet is not used, because it
// re-parses its templates for every chart (about ten times slower).
//
// The line chart of an indicator shows, on an axis of the observed years
// followed, compactly, by the target year and the vision year (see
// timeline):
//
//   - the observed values (hollow points for preliminary or estimated ones),
//     one line for the whole province and one per area when the data is
//     broken down;
//   - the trend projected to the target year, dashed, at the pace the
//     assessment measured (growth rate or straight line, as it used);
//   - the target as a dashed line, or a band for a range ("35 - 40%");
//   - the span from the target year to the vision year shaded as the
//     horizon, with the vision value where one is defined.
//
// Every line is named in the legend (observed, by area, and the trend) or
// on the chart itself (the target, the band, the horizon).
//
// IDs derive from the indicator code ("chart-8-6"), never from go-echarts'
// random IDs, so two builds of the same input are byte-identical.
package chart

import (
	"bytes"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

// Colours meet WCAG AA contrast for graphics (≥ 3:1) on white; every series
// also has its own symbol, so none is told apart by colour alone.
const (
	colourTarget = "#a63a00"
	colourBand   = "rgba(166,58,0,0.12)"
	colourVision = "rgba(18,53,91,0.07)"
	colourTrend  = "#1f5f99"
)

var (
	palette = []string{"#1f5f99", "#6a3d9a", "#1e6b34", "#8a5a00", "#b00020", "#00707a", "#555555"}
	symbols = []string{"circle", "rect", "triangle", "diamond", "roundRect", "pin", "arrow"}
)

// Chart is one chart, ready for a template.
type Chart struct {
	// ID is the element ID, stable across builds.
	ID string
	// Option is the ECharts option as JSON, safe to place inside a
	// <script type="application/json"> element (<, > and & are escaped).
	Option []byte
	// Legend is true when the chart has a legend below it and needs room.
	Legend bool
}

// Years are the reference years a chart spans.
type Years struct{ Target, Vision int }

// ID returns the chart element ID for an indicator code.
func ID(code string) string {
	return "chart-" + indicator.Definition{Code: code}.Slug()
}

// Indicator builds the line chart of one quantitative indicator in w.
func (w Words) Indicator(in indicator.Indicator, a progress.Assessment, years Years) (Chart, error) {
	d := in.Definition
	first, last := years.Target, 0
	for _, o := range in.Series.Obs {
		if o.HasValue {
			first, last = min(first, o.Year), max(last, o.Year)
		}
	}
	tl := newTimeline(first, last, years)

	projected := trend(d, a, tl, years.Target)
	trendEnd := math.NaN()
	if i, ok := tl.at(years.Target); ok && projected != nil {
		trendEnd = projected[i].Value.(float64)
	}
	groups := w.byArea(in.Series)
	grid, legend := opts.Grid{Left: "8", Right: "16", Top: "80", Bottom: "8", ContainLabel: opts.Bool(true)}, opts.Legend{Show: opts.Bool(false)}
	switch {
	case len(groups) > 1:
		// Several lines: a legend below names them (each has its own symbol
		// too), and the plot leaves it room.
		grid.Bottom, legend = "104", opts.Legend{Show: opts.Bool(true), Bottom: "0"}
	case projected != nil:
		// The trend is named too: every line drawn is in the legend or
		// labelled on the chart. Two names fit one row at any width.
		grid.Bottom, legend = "36", opts.Legend{Show: opts.Bool(true), Bottom: "0"}
	}
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: ID(d.Code)}),
		charts.WithTitleOpts(w.title(in)),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(legend),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Enabled: opts.Bool(true), Description: a.Summary}}),
		charts.WithGridOpts(grid),
		charts.WithYAxisOpts(w.yAxis(d, in.Series.Obs, trendEnd)),
		charts.WithAnimation(false),
	)
	line.SetXAxis(tl.cats)

	for i, g := range groups {
		colour, symbol := palette[i%len(palette)], symbols[i%len(symbols)]
		so := []charts.SeriesOpts{
			charts.WithLineChartOpts(opts.LineChart{ConnectNulls: opts.Bool(true), ShowSymbol: opts.Bool(true), Symbol: symbol, SymbolSize: 7}),
			charts.WithLineStyleOpts(opts.LineStyle{Color: colour, Width: 2}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: colour}),
		}
		if i == 0 {
			so = append(so, charts.WithSeriesOpts(func(s *charts.SingleSeries) {
				s.MarkLines, s.MarkAreas = w.marks(d, years)
			}))
		}
		line.AddSeries(g.name, points(g.obs, tl), so...)
	}
	if projected != nil {
		line.AddSeries(fill(w.Trend, "{year}", strconv.Itoa(years.Target)), projected,
			// It joins the latest year to the target year across the gap.
			// Symbol "none": else ECharts' legend shows a circle for it.
			charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false), Symbol: "none", ConnectNulls: opts.Bool(true)}),
			charts.WithLineStyleOpts(opts.LineStyle{Color: colourTrend, Width: 2, Type: "dashed", Opacity: opts.Float(0.8)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: colourTrend}),
		)
	}
	line.Validate()
	c, err := w.encode(ID(d.Code), line.JSON())
	c.Legend = len(groups) > 1
	return c, err
}

// AreaBars builds the bar chart of the latest year by area, or reports
// false when the indicator is not broken down by area.
func (w Words) AreaBars(in indicator.Indicator, a progress.Assessment) (Chart, bool, error) {
	d := in.Definition
	latest := 0
	for _, o := range in.Series.Obs {
		if o.HasValue && areaOf(in.Series, o) != "" && o.Year > latest {
			latest = o.Year
		}
	}
	if latest == 0 {
		return Chart{}, false, nil
	}
	type bar struct {
		area  string
		value float64
	}
	var bars []bar
	for _, o := range in.Series.Obs {
		if o.Year == latest && o.HasValue && areaOf(in.Series, o) != "" {
			bars = append(bars, bar{areaOf(in.Series, o), o.Value})
		}
	}
	// Best first: the top of the chart is the area closest to the target.
	sort.SliceStable(bars, func(i, j int) bool {
		if d.HigherIsBetter() {
			return bars[i].value > bars[j].value
		}
		return bars[i].value < bars[j].value
	})
	var names []string
	var data []opts.BarData
	for i := len(bars) - 1; i >= 0; i-- { // a category axis draws upwards
		names = append(names, bars[i].area)
		data = append(data, opts.BarData{Value: bars[i].value})
	}
	id := ID(d.Code) + "-khu-vuc"
	bc := charts.NewBar()
	bc.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: id}),
		charts.WithTitleOpts(opts.Title{Title: fill(w.ByArea, "{name}", d.Name, "{year}", strconv.Itoa(latest)), Subtitle: w.subtitle(in), Left: "0", TitleStyle: titleStyle()}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Enabled: opts.Bool(true)}}),
		charts.WithGridOpts(opts.Grid{Left: "8", Right: "24", Top: "64", Bottom: "8", ContainLabel: opts.Bool(true)}),
		// Horizontal bars: area names are long and read best down the side.
		charts.WithXAxisOpts(barAxis(d, data)),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Data: names}),
		charts.WithAnimation(false),
	)
	bc.AddSeries(strconv.Itoa(latest), data,
		charts.WithItemStyleOpts(opts.ItemStyle{Color: palette[0]}),
		charts.WithSeriesOpts(func(s *charts.SingleSeries) {
			if d.Comparator != indicator.Range && d.Comparator.HasTarget() {
				s.MarkLines = &opts.MarkLines{MarkLineStyle: opts.MarkLineStyle{Symbol: []string{"none", "none"}}, Data: []interface{}{
					lineItem{Name: w.Target + ": " + w.targetText(d), XAxis: ptr(d.Value),
						LineStyle: &opts.LineStyle{Color: colourTarget, Type: "dashed", Width: 2},
						Label:     &opts.Label{Show: opts.Bool(true), Position: "end", Formatter: "{b}", Color: colourTarget}},
				}}
			}
		}),
	)
	bc.Validate()
	c, err := w.encode(id, bc.JSON())
	return c, err == nil, err
}

// barAxis runs from zero past the longest bar and the target, on a pinned
// round step.
func barAxis(d indicator.Definition, data []opts.BarData) opts.XAxis {
	hi := 0.0
	for _, b := range data {
		hi = math.Max(hi, b.Value.(float64))
	}
	if d.Comparator.HasTarget() && d.Comparator != indicator.Range {
		hi = math.Max(hi, d.Value)
	}
	if d.Comparator == indicator.Range {
		hi = math.Max(hi, d.Max)
	}
	s := niceStep(hi * 1.05)
	hi = round(math.Ceil(hi*1.05/s)*s, 6)
	if hi == 0 {
		hi = s
	}
	return opts.XAxis{Type: "value", Min: 0, Max: hi, MinInterval: s, MaxInterval: s}
}

// encode writes the option as JSON. A chart for a reader of another
// language than Vietnamese carries it as "lang" (a key ECharts does not
// read), so that charts.js and chartsvg format its axis figures as the page
// does; a Vietnamese option has none, as before editions.
func (w Words) encode(id string, option map[string]interface{}) (Chart, error) {
	if w.lang() != "vi" {
		option["lang"] = w.Lang
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf) // escapes <, > and & for use inside <script>
	if err := enc.Encode(option); err != nil {
		return Chart{}, err
	}
	return Chart{ID: id, Option: bytes.TrimSpace(buf.Bytes())}, nil
}

func (w Words) title(in indicator.Indicator) opts.Title {
	return opts.Title{Title: in.Name, Subtitle: w.subtitle(in), Left: "0", TitleStyle: titleStyle()}
}

// titleStyle sets the title's line height, so that a long title wraps
// (charts.js sets its width to the box's, and package chartsvg wraps it
// likewise) to lines of a known height, and the plot moves down by as many.
func titleStyle() *opts.TextStyle { return &opts.TextStyle{FontSize: 14, LineHeight: 18} }

// subtitle names the unit and says, on the chart itself, when figures are
// illustrative.
func (w Words) subtitle(in indicator.Indicator) string {
	s := fill(w.Unit, "{unit}", w.unitShort(in.Definition))
	if in.Illustrative() {
		s += " · " + w.Illustrative
	}
	return s
}

type group struct {
	name string
	obs  []indicator.Observation
}

// byArea splits the series: the whole province first, then each area in
// the order the file first names it.
func (w Words) byArea(s indicator.Series) []group {
	total := group{name: w.Total}
	var areas []group
	index := map[string]int{}
	for _, o := range s.Obs {
		if !o.HasValue {
			continue
		}
		if o.IsTotal() {
			total.obs = append(total.obs, o)
			continue
		}
		a := areaOf(s, o)
		if a == "" {
			continue // a breakdown other than by area: shown in the table
		}
		i, ok := index[a]
		if !ok {
			i = len(areas)
			index[a] = i
			areas = append(areas, group{name: a})
		}
		areas[i].obs = append(areas[i].obs, o)
	}
	if len(areas) > 0 || len(total.obs) > 0 {
		return append([]group{total}, areas...)
	}
	return []group{total}
}

func areaOf(s indicator.Series, o indicator.Observation) string {
	for i, name := range s.Dims {
		if name == "area" {
			only := true
			for j, v := range o.Dims {
				if j != i && v != "" {
					only = false
				}
			}
			if only {
				return o.Dims[i]
			}
		}
	}
	return ""
}

// points places observations on the timeline; years without one are "-"
// so the line joins across them.
func points(obs []indicator.Observation, tl timeline) []opts.LineData {
	out := tl.empty()
	for _, o := range obs {
		i, ok := tl.at(o.Year)
		switch {
		case !ok:
		case o.Status != "":
			// Preliminary and estimated figures are drawn hollow and larger.
			out[i] = opts.LineData{Value: o.Value, Symbol: "emptyCircle", SymbolSize: 10}
		default:
			out[i] = opts.LineData{Value: o.Value}
		}
	}
	return out
}

// trend projects the latest value to the target year at the pace the
// assessment measured; nil when it measured none. It has a point at each
// year the timeline holds from the latest to the target year, so across
// the gap before the target year it is drawn straight.
func trend(d indicator.Definition, a progress.Assessment, tl timeline, target int) []opts.LineData {
	if !a.HasBase || !a.HasRatio || a.Latest.Year >= target {
		return nil
	}
	if _, ok := tl.at(target); !ok {
		return nil
	}
	at := func(y int) float64 {
		dt := float64(y - a.Latest.Year)
		if a.Method == progress.MethodCAGR {
			return a.Latest.Value * math.Pow(1+a.ObservedPace, dt)
		}
		slope := (a.Latest.Value - a.Base.Value) / float64(a.Latest.Year-a.Base.Year)
		return a.Latest.Value + slope*dt
	}
	out := tl.empty()
	for y := a.Latest.Year; y <= target; y++ {
		i, ok := tl.at(y)
		if !ok {
			continue
		}
		v := at(y)
		if strings.HasPrefix(d.Unit, "%") {
			v = math.Max(0, math.Min(100, v)) // a share cannot pass 100%
		}
		out[i] = opts.LineData{Value: round(v, d.Decimals+1)}
	}
	return out
}

// marks draws the target (a line, or a band for a range) and the horizon
// from the target year to the vision year, with the vision value if any.
func (w Words) marks(d indicator.Definition, years Years) (*opts.MarkLines, *opts.MarkAreas) {
	lines := &opts.MarkLines{MarkLineStyle: opts.MarkLineStyle{Symbol: []string{"none", "none"}}}
	areas := &opts.MarkAreas{}
	targetLabel := w.Target
	if years.Target > 0 {
		targetLabel += " " + strconv.Itoa(years.Target)
	}
	targetLabel += ": " + w.targetText(d)
	switch {
	case d.Comparator == indicator.Range:
		areas.Data = append(areas.Data, []areaItem{
			{Name: targetLabel, YAxis: ptr(d.Min), ItemStyle: &opts.ItemStyle{Color: colourBand},
				Label: &opts.Label{Show: opts.Bool(true), Position: "insideTopLeft", Color: colourTarget}},
			{YAxis: ptr(d.Max)},
		})
	case d.Comparator.HasTarget():
		lines.Data = append(lines.Data, lineItem{Name: targetLabel, YAxis: ptr(d.Value),
			LineStyle: &opts.LineStyle{Color: colourTarget, Type: "dashed", Width: 2},
			Label:     &opts.Label{Show: opts.Bool(true), Position: "insideStartTop", Formatter: "{b}", Color: colourTarget}})
	}
	if years.Vision > years.Target && years.Target > 0 {
		t, v := strconv.Itoa(years.Target), strconv.Itoa(years.Vision)
		areas.Data = append(areas.Data, []areaItem{
			{Name: fill(w.Vision, "{year}", v), XAxis: t, ItemStyle: &opts.ItemStyle{Color: colourVision},
				Label: &opts.Label{Show: opts.Bool(true), Position: "insideBottom", Color: "#12355b"}},
			{XAxis: v},
		})
		if d.Vision != 0 {
			lines.Data = append(lines.Data, []coordItem{
				{Name: fill(w.Vision, "{year}", v) + ": " + w.vision(d), Coord: []interface{}{t, d.Vision},
					LineStyle: &opts.LineStyle{Color: "#12355b", Type: "dotted", Width: 2},
					Label:     &opts.Label{Show: opts.Bool(true), Position: "insideEndTop", Formatter: "{b}", Color: "#12355b"}},
				{Coord: []interface{}{v, d.Vision}},
			})
		}
	}
	if len(lines.Data) == 0 {
		lines = nil
	}
	if len(areas.Data) == 0 {
		areas = nil
	}
	return lines, areas
}

func (w Words) vision(d indicator.Definition) string { return progress.Format(w.lang(), d, d.Vision) }

// go-echarts' mark types spell some keys as ECharts does not read them
// ("YAxis") and cannot style one item apart from the others; these can.
type (
	areaItem struct {
		Name      string          `json:"name,omitempty"`
		XAxis     string          `json:"xAxis,omitempty"`
		YAxis     *float64        `json:"yAxis,omitempty"`
		ItemStyle *opts.ItemStyle `json:"itemStyle,omitempty"`
		Label     *opts.Label     `json:"label,omitempty"`
	}
	lineItem struct {
		Name      string          `json:"name,omitempty"`
		XAxis     *float64        `json:"xAxis,omitempty"`
		YAxis     *float64        `json:"yAxis,omitempty"`
		LineStyle *opts.LineStyle `json:"lineStyle,omitempty"`
		Label     *opts.Label     `json:"label,omitempty"`
	}
	coordItem struct {
		Name      string          `json:"name,omitempty"`
		Coord     []interface{}   `json:"coord"`
		LineStyle *opts.LineStyle `json:"lineStyle,omitempty"`
		Label     *opts.Label     `json:"label,omitempty"`
	}
)

func ptr[T any](v T) *T { return &v }
