package site

import (
	"fmt"
	"github.com/minhbach/minhbach/generator/chartsvg"
	"math"
	"slices"
	"time"

	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/theme"
	"github.com/minhbach/minhbach/generator/urls"
)

// model is the site as the renderer sees it: inputs joined up and assessed.
// It is built once and only read afterwards, so pages render concurrently.
type model struct {
	*Inputs
	targets    []*target
	indicators []*assessed
	byCode     map[string]*assessed
	pages      []*content.Page // published top-level pages but the home page's introduction
	sections   []*section      // by folder name; the news is always one
	news       []*content.Page // the news section's pages, newest first
	index      map[string]*content.Page
	nav        []Link          // the header menu (sections.go)
	method     *Link           // the methodology page, nil without one
	published  []*content.Page // all of the above, in file order
	// translations are the published translations by language, then
	// their original's path (editions.go).
	translations map[string]map[string]*content.Page
	base         urls.Base                            // what every link starts with
	routes       urls.Routes                          // the paths of this edition's pages
	words        theme.Words                          // this edition's interface strings
	write        func(path string, data []byte) error // Options.Write
	charts       *chartsvg.Cache                      // drawings of charts, by their option
	memo         *renderMemo                          // pages of the last build, nil but in the preview
	themeFiles   fingerprint                          // of the theme's files, with memo
	search       *searchMemo                          // search words of the last build, or nil
	refs         *refsMemo                            // what the last build's pages' refs say, or nil
	plans        *planMemo                            // the last build's markdown pages, or nil
	// streamed is set when pages go to write as they are rendered and
	// nothing is kept for a next build: bodies then go with their page.
	streamed bool
	executed int      // pages whose templates ran, with memo
	painter  *painter // paints the views the main edition's plan makes, while it plans
	// frameParts are what this edition's frames share (frames.go).
	frameParts *frameParts
	// dates are the dates this build has written (dates.go); editions
	// share it, keyed by language.
	dates *dateMemo
	navs  *navMemo // the menus this build's frames share (sections.go)

	// feedCharts maps the HTML of each chart embed, as pages carry it, to
	// what the feed carries instead (feedbody.go).
	feedCharts map[string]string
}

type target struct {
	Number     int
	Name       string
	Summary    string // staff's summary in the edition's language, "" for none
	NameLang   string // Name's language where the edition lacks a translation, else ""
	Text       string
	Line       int
	Indicators []*assessed
}

type assessed struct {
	indicator.Indicator
	// NameLang is the name's language where the edition has no
	// translation of it, "" otherwise.
	NameLang   string
	Assessment progress.Assessment
	Target     *target
}

func newModel(in *Inputs, opt Options) *model {
	m := &model{Inputs: in, base: urls.Base(in.Config.BasePath()), index: map[string]*content.Page{}, byCode: map[string]*assessed{}, write: opt.Write, charts: opt.Charts, dates: &dateMemo{}, navs: &navMemo{},
		routes: urls.Routes{VisionYear: in.Config.Years.Vision}, words: in.Theme.Words(in.Config.Languages[0])}
	if m.charts == nil {
		m.charts = &chartsvg.Cache{} // one build: the same chart on several pages is drawn once
	}
	names := map[int]string{}
	for _, t := range in.Catalogue.Targets {
		names[t.Number] = t.Name
	}
	byNumber := map[int]*target{}
	for _, t := range in.Programme.Targets {
		tg := &target{Number: t.Number, Name: names[t.Number], Text: t.Text, Line: t.Line}
		if tg.Name == "" {
			tg.Name = m.words.T("target_n", "n", t.Number)
		}
		m.targets = append(m.targets, tg)
		byNumber[t.Number] = tg
	}
	report := in.Config.Report()
	for _, ind := range in.Catalogue.Indicators {
		a := &assessed{Indicator: ind, Assessment: progress.Assess(ind, in.Config, report), Target: byNumber[ind.Target]}
		m.summarize(a)
		m.indicators = append(m.indicators, a)
		m.byCode[a.Code] = a
		if a.Target != nil {
			a.Target.Indicators = append(a.Target.Indicators, a)
		}
	}
	zone := in.Config.Zone
	for _, p := range in.Pages {
		if !opt.Drafts && p.Draft {
			continue
		}
		if !p.Draft && future(p.Date, opt.Now, zone) {
			// Said even when drafts are built, so check shows it too.
			m.Warnings = append(m.Warnings, heldBack(p, opt.Now, zone))
			if !opt.Drafts {
				continue
			}
		}
		m.published = append(m.published, p)
		if p.Slug == methodologySlug && p.Section == "" {
			m.method = &Link{URL: m.routes.Local(p.URL()), Label: p.Title}
		}
	}
	m.translations = map[string]map[string]*content.Page{}
	for _, p := range in.Translations {
		if p.Draft && !opt.Drafts || !p.Draft && !opt.Drafts && future(p.Date, opt.Now, zone) {
			continue
		}
		if m.translations[p.Lang] == nil {
			m.translations[p.Lang] = map[string]*content.Page{}
		}
		m.translations[p.Lang][p.URL()] = p
	}
	m.group(m.published)
	m.nav = m.menu()
	return m
}

// allStatuses are every status, target-based then trend.
var allStatuses = append(append([]progress.Status{}, progress.Statuses...), progress.TrendStatuses...)

// counts tallies the statuses of list that are among statuses, in their
// order, each with its share of those counted: target-based statuses and
// trend statuses are counted apart, as they answer different questions.
func (m *model) counts(list []*assessed, statuses []progress.Status) []Count {
	n := map[progress.Status]int{}
	total := 0
	for _, a := range list {
		if slices.Contains(statuses, a.Assessment.Status) {
			n[a.Assessment.Status]++
			total++
		}
	}
	var out []Count
	for _, s := range statuses {
		if n[s] > 0 {
			share := math.Round(1000*float64(n[s])/float64(total)) / 10
			out = append(out, Count{Status: s, Label: m.label(s), N: n[s], Share: share})
		}
	}
	return out
}

// label names a status in the edition's language.
func (m *model) label(s progress.Status) string { return m.words.T("status_" + string(s)) }

// lang is the edition's language.
func (m *model) lang() string { return m.words.Lang }

// future reports whether a page's date is after the day of now, both in the
// site's zone: a page dated 1 July is published from midnight in that zone,
// wherever and in whatever zone the build runs.
func future(date, now time.Time, zone *time.Location) bool {
	if now.IsZero() || date.IsZero() {
		return false
	}
	y, m, d := now.In(zone).Date()
	return !date.Before(time.Date(y, m, d+1, 0, 0, 0, 0, zone))
}

// heldBack tells staff why a page they wrote is not on the site yet.
func heldBack(p *content.Page, now time.Time, zone *time.Location) diag.Problem {
	return diag.Problem{File: p.File, Line: p.Line("date"), Col: 1, Severity: diag.Warning,
		Msg: fmt.Sprintf("trang ghi ngày %s, sau hôm nay (%s, giờ %s): bản dựng chưa đăng nó cho đến ngày đó (xem trước bằng go run ./generator build -drafts)",
			viDate(p.Date), viDate(now.In(zone)), zone)}
}
