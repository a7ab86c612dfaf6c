package site

import (
	"strings"

	"github.com/minhbach/minhbach/generator/urls"
)

// frameParts are what every Frame of an edition shares: worked out once
// per edition rather than once per page, since a big site has ten
// thousand frames per edition and the programme's code, the report date
// and the language names are filled from the theme's strings.
type frameParts struct {
	lang, siteTitle, programme, reportDate, chartRuntime string
	canonical                                            string // the base URL without its last slash
	textLang                                             string
	editions                                             []edition
}

// edition is one language of the site as the alternates name it.
type edition struct {
	lang, label string
	routes      urls.Routes
}

// parts returns the frameParts of m's edition, working them out the
// first time. An edition is its own model (m.edition), so they are never
// another language's.
func (m *model) parts() *frameParts {
	if m.frameParts != nil && m.frameParts.lang == m.lang() {
		return m.frameParts
	}
	lang := m.lang()
	fp := &frameParts{
		lang: lang, siteTitle: m.Config.TitleIn(lang), programme: m.words.T("programme_code", "code", m.Programme.Code),
		reportDate: m.date(m.Config.Report()), chartRuntime: m.base.Href(m.ChartRuntime),
		canonical: strings.TrimSuffix(m.Config.BaseURL, "/"), textLang: m.textLang(),
	}
	if langs := m.Config.Languages; len(langs) > 1 {
		for _, l := range langs {
			fp.editions = append(fp.editions, edition{lang: l, label: m.Theme.Words(l).T("language_name"), routes: m.routes.In(l, langs[0])})
		}
	}
	m.frameParts = fp
	return fp
}

func (m *model) frame(url, kind, title, description string, main any) *Frame {
	fp := m.parts()
	f := &Frame{
		Lang: fp.lang, SiteTitle: fp.siteTitle, Title: title, Description: truncate(description, 200),
		URL: url, Canonical: fp.canonical + url, Kind: kind,
		Programme: fp.programme, ReportDate: fp.reportDate, Main: main,
		ChartRuntime: fp.chartRuntime,
	}
	f.Nav, f.Methodology = m.navFor(url), m.method
	f.Routes, f.TargetYear, f.VisionYear = m.routes, m.Config.Years.Target, m.Config.Years.Vision
	f.Alternates, f.XDefault = m.alternates(url)
	f.TextLang = fp.textLang
	return f
}

// alternates are the page at path (of this edition) in every edition, and
// the x-default, the main edition's; none on a site of one language.
func (m *model) alternates(path string) ([]Alternate, string) {
	eds := m.parts().editions
	if len(eds) == 0 {
		return nil, ""
	}
	rel := strings.TrimPrefix(path, m.routes.Prefix())
	base := m.parts().canonical
	out := make([]Alternate, 0, len(eds))
	for _, e := range eds {
		p := e.routes.Local(rel)
		out = append(out, Alternate{Lang: e.lang, Label: e.label, URL: base + p, Path: p, Current: e.lang == m.lang()})
	}
	return out, out[0].URL
}
