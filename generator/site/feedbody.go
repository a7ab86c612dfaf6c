package site

import (
	"html"
	"maps"
	"net/url"
	"slices"
	"strings"
)

// A news page's chart embed is a live chart: markup, two SVG drawings that
// the stylesheet chooses between, and a script. A feed reader has neither
// the stylesheet nor scripts, so the feed carries each embed as the chart's
// PNG drawing (the one published beside the indicator page) with a link
// to the page and the status in words.

// noteFeedChart records what the feed carries in place of embed, the HTML
// of v's chart embed.
func (m *model) noteFeedChart(embed string, v IndicatorView) {
	if m.feedCharts == nil {
		m.feedCharts = map[string]string{}
	}
	abs := func(p string) string { return html.EscapeString(strings.TrimSuffix(m.Config.BaseURL, "/") + p) }
	name := html.EscapeString(v.Code + ". " + v.Name)
	var b strings.Builder
	b.WriteString(`<figure>`)
	if v.ChartPNGFile != "" {
		b.WriteString(`<a href="` + abs(v.URL) + `"><img src="` + abs(v.ChartPNGFile) + `" alt="` + name + `"></a>`)
	}
	b.WriteString(`<figcaption><a href="` + abs(v.URL) + `">` + name + `</a>: ` + html.EscapeString(v.StatusLabel) + `. ` + html.EscapeString(v.Summary) + `</figcaption></figure>`)
	m.feedCharts[embed] = b.String()
}

// feedBody is a page body as the feed carries it: charts as pictures, and
// every root-relative link and source absolute, since a feed reader shows
// it away from the site.
func (m *model) feedBody(body string) string {
	for _, embed := range slices.Sorted(maps.Keys(m.feedCharts)) { // sorted: the same feed every build
		body = strings.ReplaceAll(body, embed, m.feedCharts[embed])
	}
	origin := m.Config.BaseURL
	if u, err := url.Parse(m.Config.BaseURL); err == nil && u.Host != "" {
		origin = u.Scheme + "://" + u.Host
	}
	origin = strings.TrimSuffix(origin, "/")
	for _, attr := range []string{`href="/`, `src="/`} {
		body = strings.ReplaceAll(body, attr, attr[:len(attr)-1]+origin+"/")
	}
	// "//host/x" was protocol-relative, not root-relative: put it back.
	for _, attr := range []string{`href="`, `src="`} {
		body = strings.ReplaceAll(body, attr+origin+"//", attr+"//")
	}
	return body
}
