package chart

import (
	"strings"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

// Words are a chart's fixed words, from the theme's strings of the page's
// language (chart_* keys); {year}, {name} and {unit} are filled here.
type Words struct {
	Trend        string // "Xu hướng đến {year}"
	ByArea       string // "{name} theo địa bàn, năm {year}"
	Target       string // "Mục tiêu"
	Unit         string // "Đơn vị: {unit}"
	Illustrative string // "Có số liệu minh họa"
	Total        string // "Toàn tỉnh", the whole province's line
	Vision       string // "Tầm nhìn {year}"
	People       string // "dân", after a denominator: "bác sĩ/10.000 dân"
	// TargetText words a target ("dưới 3%"); nil for progress.FormatTarget.
	TargetText func(indicator.Definition) string
	// Lang is the language figures are written in ("en": "9.3"); ""
	// for Vietnamese ("9,3").
	Lang string
}

func (w Words) lang() string {
	if w.Lang == "" {
		return "vi"
	}
	return w.Lang
}

func (w Words) targetText(d indicator.Definition) string {
	if w.TargetText == nil {
		return progress.FormatTarget(d)
	}
	return w.TargetText(d)
}

// Vietnamese are the words of the Vietnamese edition, those Indicator and
// AreaBars use.
var Vietnamese = Words{
	Trend: "Xu hướng đến {year}", ByArea: "{name} theo địa bàn, năm {year}", Target: "Mục tiêu",
	Unit: "Đơn vị: {unit}", Illustrative: "Có số liệu minh họa", Total: "Toàn tỉnh",
	Vision: "Tầm nhìn {year}", People: "dân", Lang: "vi",
}

func fill(s string, pairs ...string) string { return strings.NewReplacer(pairs...).Replace(s) }

// Indicator builds the line chart of one quantitative indicator, in
// Vietnamese.
func Indicator(in indicator.Indicator, a progress.Assessment, years Years) (Chart, error) {
	return Vietnamese.Indicator(in, a, years)
}

// AreaBars builds the bar chart of the latest year by area, in Vietnamese;
// see Words.AreaBars.
func AreaBars(in indicator.Indicator, a progress.Assessment) (Chart, bool, error) {
	return Vietnamese.AreaBars(in, a)
}
