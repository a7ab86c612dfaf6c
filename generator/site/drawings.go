package site

import (
	"html/template"

	"github.com/minhbach/minhbach/generator/chart"
	"github.com/minhbach/minhbach/generator/chartsvg"
)

// Each chart is drawn at build time from its option, twice: narrow for
// phones and wide for larger screens, and the stylesheet shows the one
// that fits (at 48em, where .chart changes height). One drawing scaled to
// every width would make its 12 px labels 5 px on a phone or 25 px on a
// desktop, and the interactive chart that replaces it would visibly jump.
var (
	narrow       = chartsvg.Size{Width: 340, Height: 288}
	wide         = chartsvg.Size{Width: 880, Height: 352}
	legendHeight = 416 // .chart.with-legend, at any width
)

// drawing is a chart's static SVG, both sizes, ready for the template.
func (m *model) drawing(c chart.Chart) (template.HTML, error) {
	n, w := narrow, wide
	if c.Legend {
		n.Height, w.Height = legendHeight, legendHeight
	}
	var html []byte
	for i, size := range []chartsvg.Size{n, w} {
		svg, err := m.charts.Draw(c.Option, size)
		if err != nil {
			return "", err
		}
		// The class says which screens show it; each drawing's own markup
		// is the same at any size but for its numbers.
		cls := [...]string{"narrow", "wide"}[i]
		html = append(html, `<div class="chart-static-`+cls+`">`...)
		html = append(html, svg...)
		html = append(html, `</div>`...)
	}
	// chartsvg escapes every text and attribute it writes.
	return template.HTML(html), nil
}
