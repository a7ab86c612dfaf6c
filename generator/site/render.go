package site

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/minhbach/minhbach/generator/chartsvg"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/urls"
)

// methodologySlug names the content page that explains the assessment.
const methodologySlug = "phuong-phap"

// render plans every page of m, renders them concurrently and adds the data
// files. Views are built in the plan, on one goroutine per edition; template
// execution runs on every core, since it dominates and shares nothing mutable.
func render(m *model) (*Output, error) {
	editions := m.editions()
	data, err := m.linked(editions)
	if err != nil {
		return nil, err
	}
	// The feed carries bodies: made before the pages, whose bodies a
	// streamed build lets go as it writes them.
	feed := m.feed()
	m.streamed = m.write != nil && m.memo == nil
	jobs, results, errs, pictures, err := m.renderEditions(editions, data)
	if err != nil {
		return nil, err
	}

	out := &Output{Files: map[string][]byte{}, Warnings: m.Warnings}
	if m.write != nil || m.memo != nil {
		out.written = make(map[string]bool, len(jobs))
	}
	if err := collectRenderErrors(jobs, errs, results, out); err != nil {
		return nil, err
	}
	if m.memo != nil {
		// The pages stay packed in the memo, which keeps one copy of
		// the site; this build's Output reads them from there.
		out.packed, out.packer = m.memo.keep(jobs, results, m.executed), m.memo.packer
		m.plans.done()
	}
	for _, a := range m.Theme.Assets {
		out.Files[strings.TrimPrefix(a.URL, "/")] = a.Data
	}
	for p, b := range data {
		out.Files[p] = b
	}
	pics, err := pictures()
	if err != nil {
		return nil, err
	}
	for p, b := range pics {
		out.Files[p] = b
	}
	out.Files["sitemap.xml"] = m.sitemap(jobs)
	out.Files["tin-tuc/index.xml"] = feed
	out.Files["robots.txt"] = []byte("User-agent: *\nAllow: /\n\nSitemap: " + m.Config.BaseURL + "sitemap.xml\n")
	out.Files[HeadersFile] = nil // taken: written below, once every file is known
	if err := m.addContentFiles(out); err != nil {
		return nil, err
	}
	err = m.checkRefs(out)
	m.refs.done() // after a failed check too: its pages are worked out
	if err != nil {
		return nil, err
	}
	delete(out.Files, HeadersFile)
	out.Files[HeadersFile] = m.headers(out) // last: it lists every other file
	return out, nil
}

// renderEditions plans and renders the pages of every edition, the main
// one first. A build that writes its pages does it one edition at a time:
// only one edition's frames and views are alive at once, and what is read
// of a page once it is rendered (its address and alternates for the
// sitemap) is kept in the job's address (job.slim). The preview, which keeps its pages
// packed in the memo rather than writing them, plans every edition at
// once on its own core (planning is most of a rebuild, and on one core)
// and then fingerprints and renders them together. The main edition's
// indicator views are painted from the moment its plan makes each, while
// the pages plan and render.
func (m *model) renderEditions(editions []*model, data map[string][]byte) (jobs []job, results [][]byte, errs []error, pictures func() (map[string][]byte, error), err error) {
	batches := [][]*model{editions}
	if m.memo == nil {
		batches = nil
		for _, e := range editions {
			batches = append(batches, []*model{e})
		}
	}
	for i, batch := range batches {
		if i == 0 {
			// The main edition's plan hands each indicator's view to
			// the painter as it makes it; pages and pictures then keep
			// both cores busy until the last picture.
			p := m.startPainting()
			batch[0].painter, pictures = p, p.wait
		}
		planned, err := planEach(batch, data)
		if i == 0 {
			batch[0].painter.done() // after a failed plan too: the workers end
			batch[0].painter = nil
		}
		if err != nil {
			return nil, nil, nil, nil, err
		}
		if i == 0 && m.memo != nil {
			m.choosePacker(planned)
		}
		if m.streamed && i == len(batches)-1 {
			// Every edition's views now hold the bodies they show.
			for _, p := range m.published {
				p.Body = content.Body{} // the views hold it, until their page is written
			}
		}
		res, es, executed, err := m.renderPages(planned)
		if err != nil {
			return nil, nil, nil, nil, err
		}
		for k := range planned {
			planned[k].slim()
		}
		m.plans.keep(planned)
		m.executed += executed
		jobs, results, errs = append(jobs, planned...), append(results, res...), append(errs, es...)
	}
	return jobs, results, errs, pictures, nil
}

// planEach plans the pages of editions, each on a goroutine of its own,
// and returns their jobs in the order of editions. Plans only read the
// model and what its memos guard.
func planEach(editions []*model, data map[string][]byte) ([]job, error) {
	plans := make([][]job, len(editions))
	errs := make([]error, len(editions))
	var wg sync.WaitGroup
	for i, e := range editions {
		wg.Go(func() { plans[i], errs[i] = e.plan(data) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first edition's: one edition's mistake is every edition's
		}
	}
	return slices.Concat(plans...), nil
}

// editions makes the model of every edition, the main one first.
func (m *model) editions() []*model {
	var editions []*model
	for _, lang := range m.Config.Languages {
		editions = append(editions, m.edition(lang))
	}
	return editions
}

// collectRenderErrors puts the rendered pages into out, or returns the
// errors. One broken template breaks every page that uses it: each distinct
// problem (a diag.Problem at the template's file, line and column, from
// theme.Render) is reported once, with how many pages it stopped.
func collectRenderErrors(jobs []job, errs []error, results [][]byte, out *Output) error {
	failed := map[diag.Problem][]string{}
	var order []diag.Problem
	for i, j := range jobs {
		if errs[i] == nil {
			if out.written != nil {
				out.written[j.path] = true
			} else {
				out.Files[j.path] = results[i]
			}
			out.Pages++
			continue
		}
		var p diag.Problem
		if !errors.As(errs[i], &p) {
			p = diag.Problem{Msg: errs[i].Error()}
		}
		if failed[p] == nil {
			order = append(order, p)
		}
		failed[p] = append(failed[p], j.addr.url)
	}
	var l diag.List
	for _, p := range order {
		urls := failed[p]
		more := ""
		if len(urls) > 1 {
			more = fmt.Sprintf(" (và %d trang khác)", len(urls)-1)
		}
		l.Add(p.File, p.Line, p.Col, "không dựng được trang %s%s: %s", urls[0], more, p.Msg)
	}
	return l.Err()
}

// adder plans one page: its URL, kind of layout, title, description and view.
type adder func(url, kind, title, description string, main any) *Frame

// planTargets plans the page of every target, and of each of its
// indicators with, where it has a chart, its embed page.
func (m *model) planTargets(add adder, views map[*assessed]IndicatorView) {
	for i, t := range m.targets {
		tv := TargetView{Number: t.Number, Name: t.Name, NameLang: t.NameLang, Summary: t.Summary, Text: t.Text, ProgrammeURL: m.routes.ProgrammeTarget(t.Number), Counts: m.counts(t.Indicators, allStatuses)}
		for _, a := range t.Indicators {
			tv.Indicators = append(tv.Indicators, views[a])
		}
		tv.News = m.newsAbout(t.Indicators)
		if i > 0 {
			tv.Prev = &Link{URL: m.routes.Target(m.targets[i-1].Number), Label: m.words.T("target_n", "n", m.targets[i-1].Number)}
		}
		if i+1 < len(m.targets) {
			tv.Next = &Link{URL: m.routes.Target(m.targets[i+1].Number), Label: m.words.T("target_n", "n", m.targets[i+1].Number)}
		}
		f := add(m.routes.Target(t.Number), "target", m.words.T("target_title", "n", t.Number, "name", t.Name), t.Text, tv)
		f.Illustrative, f.HasCharts = m.anyIllustrative(t.Indicators), len(t.Indicators) > 0
		for _, a := range t.Indicators {
			v := views[a]
			if v.ChartID != "" {
				m.addEmbed(&v)
				f := add(v.EmbedURL, "embed", v.Code+". "+v.Name, v.Summary, m.embedView(v))
				f.Illustrative, f.HasCharts = v.Illustrative, true
			}
			f := add(v.URL, "indicator", v.Name, v.Summary, v)
			f.Illustrative, f.HasCharts = v.Illustrative, v.ChartID != ""
			f.Image = strings.TrimSuffix(m.Config.BaseURL, "/") + v.Card
			f.ImageWidth, f.ImageHeight = chartsvg.CardWidth, chartsvg.CardHeight
		}
	}
}

// linked makes the files pages link to and describe, before any page: the
// search index of each edition, which becomes a theme asset since every
// page's search form links it by its hashed name (each edition's titles
// and links differ), and the open data, whose sizes the data page shows.
// They are made at once, each on a goroutine: they only read the model.
// Every index is an asset before any page renders, since each page's
// fingerprint covers the theme's assets.
func (m *model) linked(editions []*model) (map[string][]byte, error) {
	indexes := make([][]byte, len(editions))
	errs := make([]error, len(editions)+1)
	for _, e := range editions {
		m.search.of(e.lang()) // made now: the goroutines below only read the memo's map
	}
	var data map[string][]byte
	var wg sync.WaitGroup
	for i, e := range editions {
		wg.Go(func() { indexes[i], errs[i] = e.searchIndexJSON() })
	}
	wg.Go(func() { data, errs[len(editions)] = m.dataFiles() })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for i, e := range editions {
		name := searchAsset
		if i > 0 {
			name = searchAssetIn(e.lang())
		}
		m.Theme.AddAsset(name, indexes[i])
	}
	return data, nil
}

// plan builds the frame of every page; data are the open-data files, which
// the data page lists.
func (m *model) plan(data map[string][]byte) ([]job, error) {
	jobs := make([]job, 0, len(m.published)+len(m.published)/perPage+4*len(m.indicators)+64) // the pages, their lists, indicators' pages and embeds, the rest
	add := func(url, kind, title, description string, main any) *Frame {
		f := m.frame(url, kind, title, description, main)
		jobs = append(jobs, job{path: urls.File(url), kind: kind, frame: f})
		return f
	}
	pl := m.planners(&jobs, add)

	views := make(map[*assessed]IndicatorView, len(m.indicators))
	for _, a := range m.indicators {
		v, err := m.indicatorView(a)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Code, err)
		}
		views[a] = v
		if m.painter != nil {
			m.painter.paint(v)
		}
	}

	home := m.homeView()
	f := add(m.routes.Home(), "home", m.Config.TitleIn(m.lang()), m.Programme.Objective.Text, home)
	f.Illustrative = m.anyIllustrative(m.indicators)

	pv := m.programmeView()
	f = add(m.routes.Programme(), "programme", m.words.T("programme_title", "code", pv.Code), pv.Objective, pv)
	f.Illustrative = pv.illustrative()
	add(m.routes.Vision(), "vision", m.words.T("vision", "vision", m.Config.Years.Vision), m.Programme.Vision.Text,
		VisionView{Year: m.Config.Years.Vision, Text: m.Programme.Vision.Text, Objective: m.Programme.Objective.Text})

	m.planTargets(add, views)
	if err := m.planReport(add, views); err != nil {
		return nil, err
	}
	for _, tv := range pv.Tasks {
		add(tv.URL, "task", tv.Ordinal+": "+tv.Title, tv.Title, tv)
	}

	m.planSection(add, pl, m.section(newsSection))
	for _, p := range m.pages {
		if p.Slug == methodologySlug && p.Section == "" {
			v, err := m.methodologyView(p)
			if err != nil {
				return nil, err
			}
			f := add(m.routes.Local(p.URL()), "methodology", p.Title, p.Summary, v)
			f.Illustrative = true // the worked example's figures are invented
			continue
		}
		pl.page(p)
	}
	for _, s := range m.sections {
		if s.Name != newsSection {
			m.planSection(add, pl, s)
		}
	}
	dv, err := m.dataView(views, data)
	if err != nil {
		return nil, err
	}
	f = add(m.routes.DataPage(), "data", m.words.T("data_title"), m.words.T("data_description"), dv)
	f.Illustrative = m.anyIllustrative(m.indicators)
	f = add(m.routes.Search(), "search", m.words.T("search_heading"), m.words.T("search_description"), m.searchView())
	f.Illustrative = m.anyIllustrative(m.indicators) // it lists every status
	add(m.routes.NotFound(), "404", m.words.T("not_found_title"), "", nil)
	return jobs, nil
}

func (m *model) pageView(p *content.Page) PageView {
	v := PageView{Lang: m.untranslated(p), Title: p.Title, body: p.Body, Date: m.date(p.Date), DateISO: isoDate(p.Date), Tags: p.Tags}
	for _, code := range p.Indicators {
		if a := m.byCode[code]; a != nil {
			v.Indicators = append(v.Indicators, m.badge(a))
		}
	}
	return v
}

// markPage plans a markdown page and sets what it needs: the chart script
// for its embeds, and the illustrative notice when an embedded chart or a
// status it lists comes from invented figures.
func (m *model) markPage(add func(url, kind, title, description string, main any) *Frame, p *content.Page) {
	v := m.pageView(p)
	f := add(m.routes.Local(p.URL()), "page", p.Title, p.Summary, v)
	f.Illustrative = badgesIllustrative(v.Indicators)
	for _, c := range p.Charts {
		f.HasCharts = true
		if a := m.byCode[c.Code]; a != nil && a.Illustrative() {
			f.Illustrative = true
		}
	}
}

// renderBodies renders the markdown of every published page, with the
// chart embeds it holds.
func (m *model) renderBodies() error {
	var l diag.List
	for _, p := range m.published {
		l.Merge(p.File, p.RenderBody(m.embedChart))
	}
	for _, lang := range m.Config.Languages[1:] {
		e := m.edition(lang)
		for _, p := range sortedKeys(m.translations[lang]) {
			t := m.translations[lang][p]
			l.Merge(t.File, t.RenderBody(e.embedChart))
		}
	}
	return l.Err()
}

// embedChart renders the n-th embed of an indicator's chart in a page.
func (m *model) embedChart(code string, n int) ([]byte, error) {
	if a := m.byCode[code]; a != nil {
		v, err := m.indicatorView(a)
		if err != nil {
			return nil, err
		}
		if n > 1 {
			suffix := "-" + itoa(n)
			v.ChartID += suffix
			if v.AreaChartID != "" {
				v.AreaChartID += suffix
			}
		}
		html, err := m.Theme.RenderPartial(m.lang(), "chart-embed", v)
		if err == nil {
			m.noteFeedChart(string(html), v)
		}
		return html, err
	}
	return nil, fmt.Errorf("không có chỉ số %s", code)
}

// newsAbout lists published news that names any of the indicators.
func (m *model) newsAbout(list []*assessed) []NewsItem {
	codes := map[string]bool{}
	for _, a := range list {
		codes[a.Code] = true
	}
	var out []NewsItem
	for _, p := range m.news {
		for _, c := range p.Indicators {
			if codes[c] {
				out = append(out, m.newsItem(p))
				break
			}
		}
	}
	return out
}

func (m *model) anyIllustrative(list []*assessed) bool {
	for _, a := range list {
		if a.Illustrative() {
			return true
		}
	}
	return false
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s // no more runes than bytes: most descriptions, without counting
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
