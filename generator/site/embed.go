package site

import (
	"encoding/json"
	"html"
	"strings"

	"github.com/minhbach/minhbach/generator/indicator"
)

// Embeds. Every indicator with a chart has a page of its own made to sit
// in an <iframe> on another site (a provincial portal, a newspaper):
// /chi-tieu/8/8-6/nhung/ holds the chart, its table, the status line, the
// source and a link back, and nothing of the site's frame. The indicator
// page shows the <iframe> snippet to copy. Embed pages are not in the
// sitemap and ask search engines not to index them: the indicator page is
// the one to find.
//
// The view travels in the URL's fragment, on the indicator page and in the
// embed alike: #xem=bang opens the table instead of folding it away once
// the chart is drawn, and dia-ban=NAME (repeated for several) shows only
// those areas' lines. charts.js reads the fragment and writes it back as
// the reader changes the view, so a copied address reopens the same view.

// embedPath is the last segment of an indicator's embed page.
const embedPath = "nhung/"

// embedHeight is the height of the snippet's frame, in CSS pixels: the
// chart with its status line, source and link back, without scrolling.
const embedHeight = "640"

// EmbedView is an indicator's embed page.
type EmbedView struct {
	IndicatorView
	// PageURL is the indicator page's absolute URL, for the link back.
	PageURL string
}

// addEmbed sets what the indicator page needs to offer its embed.
func (m *model) addEmbed(v *IndicatorView) {
	v.EmbedURL = v.URL + embedPath
	src := strings.TrimSuffix(m.Config.BaseURL, "/") + v.EmbedURL
	v.EmbedCode = `<iframe src="` + html.EscapeString(src) + `" title="` + html.EscapeString(v.Code+". "+v.Name) +
		`" width="100%" height="` + embedHeight + `" style="border:0;max-width:100%" loading="lazy"></iframe>`
}

func (m *model) embedView(v IndicatorView) EmbedView {
	return EmbedView{IndicatorView: v, PageURL: strings.TrimSuffix(m.Config.BaseURL, "/") + v.URL}
}

// areasJSON lists the areas of a series in file order, as JSON, for
// charts.js to tell area lines from the others; "" without areas.
func areasJSON(s indicator.Series) string {
	var areas []string
	seen := map[string]bool{}
	for i, d := range s.Dims {
		if d != "area" {
			continue
		}
		for _, o := range s.Obs {
			if a := o.Dims[i]; a != "" && !seen[a] {
				seen[a] = true
				areas = append(areas, a)
			}
		}
	}
	if len(areas) == 0 {
		return ""
	}
	b, _ := json.Marshal(areas)
	return string(b)
}
