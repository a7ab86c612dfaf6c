// Package site is the pipeline: it loads a site's inputs, builds one model
// of the programme and its indicators, assesses every indicator, renders
// every page and data file in memory, and publishes the result.
//
//	load     config.toml, seeds/<programme>, data/, content/, themes/<name>/
//	model    targets with their indicators and assessments; published pages
//	render   HTML pages, open data (CSV, JSON), sitemap.xml, robots.txt
//	publish  write to a temporary folder beside public/, then swap it in
//
// Build returns an Output, a map from path to bytes; nothing touches the disk
// until Publish. A build that fails at any stage returns every problem it
// found and no Output, so the published site is never half-written.
//
// # Pages
//
//	/                          home: status counts, a card per target, latest news
//	/chuong-trinh/             the programme's official text, anchors #chi-tieu-N, #nhiem-vu-N
//	/chi-tieu/N/               one page per target, with its indicators
//	/chi-tieu/N/N-M/           one page per indicator: chart, table, working, downloads
//	/nhiem-vu/N/               one page per task group
//	/tam-nhin-2045/            the 2045 vision
//	/tin-tuc/ and /tin-tuc/S/  news
//	/S/                        every other page in content/ (about, methodology, …)
//	/du-lieu/                  open data: chi-so.json, chuong-trinh.json, N-M.csv, N-M.json
//	/404.html, /sitemap.xml, /robots.txt
package site

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/minhbach/minhbach/generator/chartjs"
	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/theme"
)

// Options change how a site is built, without changing its inputs.
type Options struct {
	// Drafts publishes pages marked draft = true.
	Drafts bool
	// BaseURL, when set, replaces config.toml's base_url (for previews).
	BaseURL string
	// Now, when set, holds back pages dated after its day, as drafts are
	// held back. The command passes the clock; tests pass a fixed day or
	// none, so output depends on the date only through what is published.
	Now time.Time
	// Say, if set, hears what long steps are doing, for the command to print.
	Say func(string)
	// CacheDir keeps downloads and bundles between builds (the chart
	// runtime); empty means the user's cache folder.
	CacheDir string
}

// Output is a built site: each file's path (no leading slash, "/" as
// separator) and content.
type Output struct {
	Files map[string][]byte
	// Pages counts the HTML pages among Files.
	Pages int
	// Warnings are things people should know that did not stop the build.
	Warnings []string
}

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
	Theme     *theme.Theme
	// ChartRuntime is the published URL of the ECharts bundle, or "" when
	// the theme has none or it could not be built (see Warnings).
	ChartRuntime string
	Warnings     []string
}

// Load reads and checks every input of the site rooted at fsys. It goes on
// after a problem, so one run reports every problem it can find.
func Load(fsys fs.FS, opt Options) (*Inputs, error) {
	cfg, err := config.Load(fsys)
	if err != nil {
		return nil, err // nothing else can be read without the config
	}
	if opt.BaseURL != "" {
		cfg.BaseURL = opt.BaseURL
	}
	var l diag.List
	in := &Inputs{Config: cfg}

	src, err := textfile.Read(fsys, cfg.Programme)
	switch {
	case errors.Is(err, fs.ErrNotExist) || !fs.ValidPath(cfg.Programme):
		l.Add(config.File, 0, 0, "không đọc được văn bản chương trình %q; hãy kiểm tra khoá programme (đường dẫn tính từ thư mục gốc, ví dụ seeds/ten-tep.txt)", cfg.Programme)
	case err != nil:
		l.Merge(cfg.Programme, err)
	default:
		in.Programme = programme.Parse(cfg.Programme, src)
	}

	in.Catalogue, err = indicator.Load(fsys)
	l.Merge(indicator.DefinitionsFile, err)
	if in.Programme != nil {
		checkAgainstProgramme(&l, in.Programme, in.Catalogue)
	}

	kinds := map[string]string{}
	for _, ind := range in.Catalogue.Indicators {
		kinds[ind.Code] = ind.Kind
	}
	md := content.NewMarkdown(content.Options{
		UnsafeHTML: cfg.Markdown.UnsafeHTML,
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
	in.Pages, err = content.Load(fsys, md)
	l.Merge(content.Dir, err)
	checkPages(&l, in.Pages, in.Catalogue)

	in.Theme, err = theme.Load(fsys, cfg.Theme)
	l.Merge("themes/"+cfg.Theme, err)
	if in.Theme != nil {
		in.loadChartRuntime(fsys, opt.CacheDir, opt.Say)
	}
	return in, l.Err()
}

// loadChartRuntime builds the theme's ECharts bundle. Without it the site
// is still complete, since every chart is also a table, so a failure (no npm
// on a first build offline) is a warning, not an error.
func (in *Inputs) loadChartRuntime(fsys fs.FS, cacheDir string, say func(string)) {
	if cacheDir == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		cacheDir = filepath.Join(dir, "minhbach")
	}
	rt, err := chartjs.Build(fsys, "themes/"+in.Config.Theme, cacheDir, say)
	switch {
	case errors.Is(err, chartjs.ErrNoRuntime):
	case err != nil:
		in.Warnings = append(in.Warnings, "biểu đồ sẽ chỉ hiện dưới dạng bảng: "+err.Error())
	default:
		in.Theme.AddAsset("echarts.js", rt.JS)
		in.ChartRuntime = in.Theme.Assets["echarts.js"].URL
	}
}

// Build loads, models, assesses and renders the site rooted at fsys.
func Build(fsys fs.FS, opt Options) (*Output, error) {
	in, err := Load(fsys, opt)
	if err != nil {
		return nil, err
	}
	m := newModel(fsys, in, opt)
	if err := m.renderBodies(); err != nil {
		return nil, err
	}
	return render(m)
}
