// Package site is the pipeline: it loads a site's inputs, builds one model
// of the programme and its indicators, assesses every indicator, renders
// every page and data file in memory; package publish then writes it out.
//
//	load     config.toml, seeds/<programme>, data/, content/, themes/<name>/
//	model    targets with their indicators and assessments; published pages
//	render   HTML pages, open data (CSV, JSON, zip), the search index, sitemap.xml,
//	         robots.txt, _headers
//
// Build returns an Output, a map from path to bytes; nothing touches the
// disk until package publish writes it. A build that fails at any stage
// returns every problem it found and no Output, so the published site is
// never half-written.
//
// # Pages
//
//	/                          home: status counts, a card per target, latest news
//	/chuong-trinh/             the programme's official text, anchors #chi-tieu-N, #nhiem-vu-N
//	/chi-tieu/N/               one page per target, with its indicators
//	/chi-tieu/N/N-M/           one page per indicator: chart, table, working, downloads, embed snippet
//	/chi-tieu/N/N-M/nhung/     the indicator's chart alone, for other sites' iframes (embed.go)
//	/nhiem-vu/N/               one page per task group
//	/tam-nhin-<vision>/        the vision, named by its year ([years] vision)
//	/tin-tuc/ and /tin-tuc/S/  news, listed newest first, with a feed
//	/F/ and /F/S/              every other folder of content/: a section, listed by
//	                           weight; lists go ten a page (/F/trang/2/, sections.go)
//	/S/                        every top-level page in content/ (about, methodology, …)
//	/du-lieu/                  open data: chi-so.json, chuong-trinh.json, N-M.csv, N-M.json,
//	                           datapackage.json and all of them in tat-ca.zip (datapackage.go)
//	/tim-kiem/                 search, and every target and indicator for readers without
//	                           JavaScript; the index is the asset search.json (search.go)
//	/404.html, /sitemap.xml, /robots.txt, /_headers (caching rules for hosts that read them)
//
// Every path comes from one table, urls.Routes. A site with more than one
// language (config languages = ["vi", "en"]) has each other edition under
// /LANG/, every page at the same path after the prefix (editions.go); the
// open data, pictures and feed are the main edition's and shared.
package site

import (
	"errors"
	"io/fs"
	"iter"
	"path"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/minhbach/minhbach/generator/chartsvg"
	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/shrink"
	"github.com/minhbach/minhbach/generator/sitefs"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/theme"
	"github.com/minhbach/minhbach/generator/urls"
)

// Options change how a site is built, without changing its inputs.
type Options struct {
	// Drafts publishes pages marked draft = true.
	Drafts bool
	// BaseURL, when set, replaces config.toml's base_url (for previews).
	BaseURL string
	// Now, when set, holds back pages dated after its day in the site's
	// time zone, as drafts are held back. The command passes the clock;
	// tests pass a fixed instant or none, so output depends on the date
	// only through what is published.
	Now time.Time
	// Charts, when set, keeps chart drawings from one build to the next,
	// so the preview redraws only charts whose option changed. Output is
	// the same with or without it.
	Charts *chartsvg.Cache
	// Write, when set, receives every HTML page as soon as it is
	// rendered, from several goroutines at once, and Output.Files leaves
	// the pages out (Output.Pages still counts them): memory then holds
	// the model and a page per core, not the whole site. A build that
	// fails may already have written pages; the caller discards them
	// (publish.Folder.Abort). An error from Write stops the build.
	Write func(path string, data []byte) error
	// Cache, when set, keeps what one build can give the next (the
	// preview's): pages whose files did not change are not parsed again,
	// pages whose Frame did not change are not rendered again (memo.go),
	// and the search words of unchanged items are not folded again. The
	// site is the same with or without it (TestRebuilderSameAsFullBuild),
	// but its HTML pages are then not in Output.Files: Output.File reads
	// them from the Cache. One Cache serves one build at a time.
	Cache *Cache
}

// A Cache carries work from one build to the next; see Options.Cache.
type Cache struct {
	pages   *content.Cache
	renders *renderMemo
	search  *searchMemo
	refs    *refsMemo
	plans   *planMemo
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{pages: content.NewCache(), renders: &renderMemo{}, search: &searchMemo{}, refs: &refsMemo{}, plans: &planMemo{}}
}

func (c *Cache) content() *content.Cache {
	if c == nil {
		return nil
	}
	return c.pages
}

// Output is a built site: each file's path (no leading slash, "/" as
// separator) and content.
type Output struct {
	Files map[string][]byte
	// Pages counts the HTML pages among Files.
	Pages int
	// Warnings are things people should know that did not stop the build,
	// each a diag.Warning with the file (and line, where known) it is about.
	Warnings []diag.Problem

	written map[string]bool // pages given to Options.Write, or packed
	// packed are the pages of a build with a Cache, which keeps them
	// packed (memo.go); File unpacks them.
	packed map[string]memoPage
	packer *packer // of packed
}

// File returns the content of the site's file at path p: one of Files, or
// a page a build with a Cache keeps packed.
func (o *Output) File(p string) ([]byte, bool) {
	if b, ok := o.Files[p]; ok {
		return b, true
	}
	mp, ok := o.packed[p]
	if !ok {
		return nil, false
	}
	b, err := o.packer.unpack(mp.packed)
	return b, err == nil
}

// Has reports whether the site has a file at path p.
func (o *Output) Has(p string) bool { return o.has(p) || o.packed[p].packed != nil }

// has reports whether the site has a file at path p.
func (o *Output) has(p string) bool {
	_, ok := o.Files[p]
	return ok || o.written[p]
}

// all yields the path of every file of the site, in no order.
func (o *Output) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		for p := range o.Files {
			if !yield(p) {
				return
			}
		}
		for p := range o.written {
			if !yield(p) {
				return
			}
		}
	}
}

// Len is how many files the site has, written ones included.
func (o *Output) Len() int { return len(o.Files) + len(o.written) }

// Paths returns the paths of Files, sorted.
func (o *Output) Paths() []string {
	out := make([]string, 0, len(o.Files))
	for p := range o.Files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Inputs are the loaded, checked inputs of a site.
type Inputs struct {
	Config    config.Config
	Programme *programme.Programme
	Catalogue indicator.Catalogue
	Pages     []*content.Page
	// Translations are the pages of content/ in another edition's
	// language (gioi-thieu.en.md), apart from Pages (editions.go).
	Translations []*content.Page
	// Files are content/'s other files (images, PDFs) by published path.
	Files map[string][]byte
	Theme *theme.Theme
	// ChartRuntime is the published URL of the theme's ECharts bundle, or
	// "" when the site has no chart to draw and the theme no bundle.
	ChartRuntime string
	Warnings     []diag.Problem
}

// Load reads and checks every input of the site rooted at fsys. It goes on
// after a problem, so one run reports every problem it can find.
//
// The programme, the data (with the pages, whose chart embeds it checks)
// and the theme do not depend on each other: they are read at once, each
// on a goroutine, and their problems are put together in that order, as
// if read one after the other.
func Load(fsys fs.FS, opt Options) (*Inputs, error) {
	fsys = sitefs.New(fsys) // hidden and backup files are never inputs
	cfg, err := config.Load(fsys)
	if err != nil {
		return nil, err // nothing else can be read without the config
	}
	if opt.BaseURL != "" {
		cfg.BaseURL = opt.BaseURL
	}
	in := &Inputs{Config: cfg}
	var prog, data, pages, look diag.List
	var progWarn, dataWarn []diag.Problem
	var th *theme.Theme
	var wg sync.WaitGroup
	wg.Go(func() { in.Programme, progWarn = loadProgramme(&prog, fsys, cfg) })
	wg.Go(func() {
		in.Catalogue, dataWarn = loadCatalogue(&data, fsys, cfg)
		loadPages(&pages, &dataWarn, fsys, cfg, opt, in)
	})
	wg.Go(func() {
		var err error
		th, err = theme.Load(fsys, cfg.Theme, urls.Base(cfg.BasePath()))
		look.Merge("themes/"+cfg.Theme, err)
	})
	wg.Wait()

	var l diag.List
	l.Merge("", prog.Err())
	l.Merge("", data.Err())
	if in.Programme != nil {
		checkAgainstProgramme(&l, in.Programme, in.Catalogue)
		checkAgreement(&l, in.Catalogue)
		takeTargetYears(in.Programme, &in.Catalogue)
	}
	l.Merge("", pages.Err())
	l.Merge("", look.Err())
	in.Warnings = slices.Concat(cfg.Warnings, progWarn, dataWarn)
	in.Theme, in.ChartRuntime = finishTheme(&l, th, cfg, in.Catalogue)
	if l.Len() > 0 {
		l.Append(in.Warnings...) // the reader's doubts may explain the errors
	}
	return in, l.Err()
}

// loadProgramme reads and parses the programme's text; its doubts are
// warnings. A broken text is one clear error, not one per indicator it
// lacks.
func loadProgramme(l *diag.List, fsys fs.FS, cfg config.Config) (*programme.Programme, []diag.Problem) {
	src, err := textfile.Read(fsys, cfg.Programme)
	switch {
	case errors.Is(err, fs.ErrNotExist) || !fs.ValidPath(cfg.Programme):
		l.Add(config.File, 0, 0, "không đọc được văn bản chương trình %q; hãy kiểm tra khoá programme (đường dẫn tính từ thư mục gốc, ví dụ seeds/ten-tep.txt)", cfg.Programme)
	case err != nil:
		l.Merge(cfg.Programme, err) // not UTF-8, or a link out of the site
	default:
		p := programme.Parse(cfg.Programme, src)
		if !p.Broken() {
			return p, p.Problems()
		}
		for _, pr := range p.Problems() {
			if pr.Severity == diag.Error {
				l.Append(pr)
			}
		}
	}
	return nil, nil
}

// loadCatalogue reads the indicators and their data, and checks what can
// be checked of them alone.
func loadCatalogue(l *diag.List, fsys fs.FS, cfg config.Config) (indicator.Catalogue, []diag.Problem) {
	cat, err := indicator.Load(fsys)
	l.Merge(indicator.DefinitionsFile, err)
	warnings := slices.Clone(cat.Warnings)
	checkOverrides(l, cat)
	checkUpdated(l, cfg.Report(), cat)
	return cat, append(warnings, checkTranslations(cat, cfg.Languages)...)
}

// loadPages reads content/ into in: its pages, their translations and its
// other files. Chart embeds are checked against in.Catalogue.
func loadPages(l *diag.List, warn *[]diag.Problem, fsys fs.FS, cfg config.Config, opt Options, in *Inputs) {
	kinds := map[string]indicator.Kind{}
	for _, ind := range in.Catalogue.Indicators {
		kinds[ind.Code] = ind.Kind
	}
	md := content.NewMarkdown(content.Options{
		UnsafeHTML: cfg.Markdown.UnsafeHTML,
		Base:       urls.Base(cfg.BasePath()),
		Zone:       cfg.Zone,
		Cache:      opt.Cache.content(),
		CheckChart: func(code string) string {
			switch kinds[code] {
			case indicator.Quantitative:
				return ""
			case indicator.Milestone:
				return "chỉ số " + code + " là mốc định tính, không có biểu đồ; hãy dẫn liên kết đến trang của nó thay vì nhúng"
			}
			return "không có chỉ số \"" + code + "\" để nhúng biểu đồ; hãy dùng một mã trong data/indicators.toml, ví dụ {{< chart \"8.6\" >}}"
		},
	})
	pages, err := content.Load(fsys, md)
	l.Merge(content.Dir, err)
	in.Pages, in.Translations = splitTranslations(l, warn, pages, cfg.Languages)
	in.Files, err = content.Files(fsys)
	l.Merge(content.Dir, err)
	checkPages(l, in.Pages, in.Catalogue, urls.Routes{VisionYear: cfg.Years.Vision}.Reserved(cfg.Languages))
}

// finishTheme checks the loaded theme against the site and finds its
// chart runtime; th is nil when the theme did not load.
func finishTheme(l *diag.List, th *theme.Theme, cfg config.Config, cat indicator.Catalogue) (*theme.Theme, string) {
	if th == nil {
		return nil, ""
	}
	checkThemeLanguages(l, th, cfg.Languages)
	if cfg.Output.Minify {
		l.Merge("themes/"+cfg.Theme, minifyStyles(th))
	}
	runtime, err := chartRuntime(th, cat)
	l.Merge("themes/"+cfg.Theme, err)
	return th, runtime
}

// minifyStyles minifies the theme's style sheets ([output] minify) before
// their names are fingerprinted, so that a name always stands for the bytes
// published under it: they are cached for a year (see headers.go).
func minifyStyles(th *theme.Theme) error {
	for _, name := range sortedKeys(th.Assets) {
		if path.Ext(name) != ".css" {
			continue
		}
		data, err := shrink.Minify(name, th.Assets[name].Data)
		if err != nil {
			return err
		}
		th.AddAsset(name, data)
	}
	return nil
}

// checkThemeLanguages makes sure the theme words every edition.
func checkThemeLanguages(l *diag.List, th *theme.Theme, langs []string) {
	for _, lang := range langs {
		if th.Words(lang).Lang != lang {
			l.Add(config.File, 0, 0, "giao diện %s không có chuỗi giao diện cho ngôn ngữ %q (themes/%s/i18n/%s.toml); hãy viết tệp đó, chép từ themes/default/i18n/, hoặc bỏ %q khỏi languages", th.Name, lang, th.Name, lang, lang)
		}
	}
}

// chartRuntime returns the URL of the theme's ECharts bundle, a committed
// asset that package theme has already checked against its record. Every
// quantitative indicator has a chart on its page, and only those can be
// embedded in a page, so a site with one cannot do without the bundle: its
// charts would silently never draw. A site of milestones only needs none.
func chartRuntime(th *theme.Theme, cat indicator.Catalogue) (string, error) {
	dir := "themes/" + th.Name + "/assets/"
	file := dir + theme.ChartRuntime
	fix := "hãy chép echarts.js và echarts.js.toml từ themes/default/assets/ vào " + dir
	if th.Name == "default" {
		fix = "hãy lấy lại hai tệp từ kho: git checkout -- " + file + " " + file + theme.RecordExt
	}
	fix += ", hoặc dựng lại bằng go generate ./generator/chartjs (cần npm)"
	if a, ok := th.Assets[theme.ChartRuntime]; ok {
		if a.Record == nil {
			return "", diag.Problem{File: file, Msg: "thư viện biểu đồ không có bản ghi " + theme.ChartRuntime + theme.RecordExt + " (phiên bản và sha256) nên không kiểm tra được; " + fix}
		}
		return a.URL, nil
	}
	for _, ind := range cat.Indicators {
		if ind.Kind == indicator.Quantitative {
			return "", diag.Problem{File: file, Msg: "giao diện thiếu thư viện biểu đồ, mà chỉ số " + ind.Code + " (và mọi chỉ số định lượng khác) có biểu đồ; " + fix}
		}
	}
	return "", nil
}

// Build loads, models, assesses and renders the site rooted at fsys.
func Build(fsys fs.FS, opt Options) (*Output, error) {
	fsys = sitefs.New(fsys)
	in, err := Load(fsys, opt)
	if err != nil {
		return nil, err
	}
	m := newModel(in, opt)
	if opt.Cache != nil {
		m.memo, m.search, m.refs, m.plans = opt.Cache.renders, opt.Cache.search, opt.Cache.refs, opt.Cache.plans
		if m.themeFiles, err = themeFiles(fsys, in.Theme, string(m.base)); err != nil {
			return nil, err
		}
	}
	if err := m.renderBodies(); err != nil {
		return nil, err
	}
	return render(m)
}

// Rebuilder builds one site again and again, as the preview does: each
// build parses only the pages whose files changed, renders only the pages
// whose Frame changed and draws only the charts whose option changed, and
// gives the bytes a full build would (TestRebuilderSameAsFullBuild).
type Rebuilder struct {
	fsys   fs.FS
	snap   *snapshot // with KeepFiles
	charts *chartsvg.Cache
	cache  *Cache
}

// NewRebuilder returns a Rebuilder of the site rooted at fsys.
func NewRebuilder(fsys fs.FS) *Rebuilder {
	return &Rebuilder{fsys: fsys, charts: &chartsvg.Cache{}, cache: NewCache()}
}

// KeepFiles makes the Rebuilder keep the files it reads from one build to
// the next, as the preview does, instead of reading every file again:
// from then on the caller says before each build what changed (Changed),
// since the Rebuilder no longer looks.
func (r *Rebuilder) KeepFiles() {
	if r.snap == nil {
		r.snap = newSnapshot(r.fsys)
		// A page kept from before could be of bytes the snapshot
		// never read.
		r.cache = NewCache()
		r.cache.pages.Unchanged(r.snap.kept)
	}
}

// Changed tells a Rebuilder that keeps files that the files or folders
// names (slash-separated, from the site's root) changed, were made or
// were removed; nil names means anything may have (the watcher lost
// count). Without KeepFiles it does nothing: every build reads all.
func (r *Rebuilder) Changed(names []string) {
	if r.snap != nil {
		r.snap.forget(names)
	}
}

// Build builds the site with opt, whose Charts and Cache are the
// rebuilder's own.
func (r *Rebuilder) Build(opt Options) (*Output, error) {
	opt.Charts, opt.Cache = r.charts, r.cache
	fsys := r.fsys
	if r.snap != nil {
		fsys = r.snap
	}
	out, err := Build(fsys, opt)
	if err == nil {
		// Drawings the site no longer shows go; after a failed build
		// all stay, since the fix usually brings the same charts back.
		r.charts.Prune()
	}
	return out, err
}
