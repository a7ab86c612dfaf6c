// Package config reads config.toml, the site's settings.
//
// A minimal config.toml:
//
//	title     = "Chương trình 50-CTr/TU: tiến độ thực hiện"
//	base_url  = "https://example.gov.vn/"
//	language  = "vi"
//	programme = "seeds/chuong-trinh-50-CTr-TU-soc-trang.txt"
//	theme     = "default"
//	languages = ["vi", "en"]   # editions: Vietnamese at /, English at /en/ (default ["vi"])
//	[titles]
//	en = "Tracking Programme 50-CTr/TU"   # the title of the English edition
//	report_date = 2026-06-30     # the date the figures are reported at
//	time_zone = "Asia/Ho_Chi_Minh"  # the default
//
//	[years]
//	base   = 2024   # issuing year; observations nearest to it are the base
//	target = 2030
//	vision = 2045
//
//	[progress]    # cut-offs of the UN SDG progress ratio (design §5)
//	on_track = 0.95
//	accelerate = 0.5
//	limited = -0.1
//	base_rule = "nearest"  # or "first_after": the first observation from the base year on
//
//	[data]
//	license = "CC-BY-4.0"   # the open data's licence, an SPDX id of Licenses
//
//	[output]      # off unless set: see package shrink
//	minify = true                     # HTML and CSS minified
//	precompress = ["gzip", "brotli"]  # file.gz and file.br beside each text file
//
// Unknown keys are errors with their line, so a misspelt setting cannot be
// silently ignored.
//
// time_zone is the site's time zone, an IANA name. Page dates written without
// an offset are read in it, the day that decides whether a page dated
// tomorrow is published is its day, and the news feed is dated in it; the
// machine's own zone is never used, so two machines build the same bytes.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"
	// The zone database is built in, so that a machine or container
	// without /usr/share/zoneinfo reads time_zone the same way.
	_ "time/tzdata"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/shrink"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/tomlfile"
)

// File is the config file's name at the root of a site.
const File = "config.toml"

// Config is the decoded config.toml.
type Config struct {
	Title       string `toml:"title"`
	Description string `toml:"description"`
	BaseURL     string `toml:"base_url"`
	Language    string `toml:"language"`
	// Languages are the site's editions: the first, Vietnamese, at the
	// root, each other under /LANG/ (languages = ["vi", "en"]), worded
	// by the theme's i18n/LANG.toml. The default is Vietnamese alone.
	Languages []string `toml:"languages"`
	// Titles are the site's title in the other editions, by language
	// ([titles] en = "…"); an edition without one shows Title.
	Titles     map[string]string `toml:"titles"`
	Programme  string            `toml:"programme"`
	Theme      string            `toml:"theme"`
	ReportDate time.Time         `toml:"report_date"`
	TimeZone   string            `toml:"time_zone"`
	Publisher  string            `toml:"publisher"`
	Years      Years             `toml:"years"`
	Progress   Progress          `toml:"progress"`
	Markdown   Markdown          `toml:"markdown"`
	Data       Data              `toml:"data"`
	Output     Output            `toml:"output"`

	// Zone is TimeZone, loaded.
	Zone *time.Location `toml:"-"`
	// Warnings are what the config says that stops nothing (a title of an
	// edition that is off).
	Warnings []diag.Problem `toml:"-"`
}

// Years are the programme's reference years.
type Years struct {
	Base   int `toml:"base"`
	Target int `toml:"target"`
	Vision int `toml:"vision"`
}

// Progress is the [progress] table: the site's cut-offs on the ratio R and
// its base rule. An indicator may set its own (see indicator.Rules).
type Progress struct {
	Thresholds
	BaseRule BaseRule `toml:"base_rule"`
}

// BaseRule says which observation is the base y0 of an assessment.
type BaseRule string

// Base rules.
const (
	// Nearest is the observation nearest the base year, the earlier on a
	// tie, among those before the latest.
	Nearest BaseRule = "nearest"
	// FirstAfter is the first observation in or after the base year, as
	// Open SDG's progress measure chooses it.
	FirstAfter BaseRule = "first_after"
)

// Valid reports whether r is a base rule this package knows.
func (r BaseRule) Valid() bool { return r == Nearest || r == FirstAfter }

// Rules are the progress settings that apply to one indicator: the site's,
// with whatever the indicator sets for itself.
type Rules struct {
	BaseYear, TargetYear int
	BaseRule             BaseRule
	Thresholds           Thresholds
}

// Thresholds are the cut-offs on the progress ratio R (design §5).
type Thresholds struct {
	OnTrack    float64 `toml:"on_track"`
	Accelerate float64 `toml:"accelerate"`
	Limited    float64 `toml:"limited"`
}

// Markdown holds the markdown settings staff may change.
type Markdown struct {
	// UnsafeHTML lets raw HTML in markdown through. Off by default: content
	// is written by many hands and raw HTML can carry scripts.
	UnsafeHTML bool `toml:"unsafe_html"`
}

// Data holds the settings of the open data under /du-lieu/.
type Data struct {
	// License is the SPDX id of the licence the data is published under,
	// one of Licenses; "" says nothing of a licence.
	License string `toml:"license"`
}

// Output holds what the build does to its files on the way to the output
// folder (package shrink does it). Both are off by default: they cost
// build time, and only some hosts serve precompressed copies.
type Output struct {
	// Minify minifies HTML pages and stylesheets.
	Minify bool `toml:"minify"`
	// Precompress names the encodings, each "gzip" or "brotli", whose
	// copy is written beside every text file (index.html.gz …).
	Precompress []shrink.Encoding `toml:"precompress"`
}

// License is an open licence a site's data may be published under.
type License struct{ ID, Title, URL string }

// Licenses are the licences data.license may name, by SPDX id: the
// Creative Commons and Open Data Commons licences that the Open Definition
// counts as open.
var Licenses = []License{
	{"CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"},
	{"CC-BY-SA-4.0", "Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"},
	{"CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"},
	{"ODC-By-1.0", "Open Data Commons Attribution License 1.0", "https://opendatacommons.org/licenses/by/1-0/"},
	{"ODbL-1.0", "Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"},
	{"PDDL-1.0", "Open Data Commons Public Domain Dedication and License 1.0", "https://opendatacommons.org/licenses/pddl/1-0/"},
}

// DataLicense returns the licence data.license names, and false for none.
func (c Config) DataLicense() (License, bool) {
	for _, l := range Licenses {
		if l.ID == c.Data.License {
			return l, true
		}
	}
	return License{}, false
}

// DefaultTimeZone is the zone of a site whose config.toml names none.
const DefaultTimeZone = "Asia/Ho_Chi_Minh"

// Default returns the settings used where config.toml is silent.
func Default() Config {
	return Config{
		Language:  "vi",
		Languages: []string{"vi"},
		Theme:     "default",
		TimeZone:  DefaultTimeZone,
		Years:     Years{Base: 2024, Target: 2030, Vision: 2045},
		Progress:  Progress{Thresholds: Thresholds{OnTrack: 0.95, Accelerate: 0.5, Limited: -0.1}, BaseRule: Nearest},
	}
}

// Load reads and checks config.toml from fsys.
func Load(fsys fs.FS) (Config, error) {
	data, err := textfile.Read(fsys, File)
	if errors.Is(err, fs.ErrNotExist) {
		return Config{}, diag.Problem{File: File, Msg: "không tìm thấy tệp cấu hình; hãy chạy lệnh ở thư mục gốc của trang (nơi có config.toml)"}
	}
	if err != nil {
		return Config{}, err
	}
	return Parse(data)
}

// Parse decodes and checks the text of config.toml.
func Parse(data []byte) (Config, error) {
	c := Default()
	if err := tomlfile.Decode(File, data, 1, &c); err != nil {
		return Config{}, err
	}
	var l diag.List
	need := func(v, key string) {
		if strings.TrimSpace(v) == "" {
			l.Add(File, 0, 0, "thiếu khoá %q; hãy thêm dòng %s = \"…\"", key, key)
		}
	}
	need(c.Title, "title")
	need(c.BaseURL, "base_url")
	need(c.Programme, "programme")
	if u, err := url.Parse(c.BaseURL); c.BaseURL != "" && (err != nil || u.Scheme == "" || u.Host == "") {
		l.Add(File, 0, 0, "base_url %q không phải là địa chỉ đầy đủ; hãy ghi dạng https://ten-mien.gov.vn/", c.BaseURL)
	}
	if !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	if c.ReportDate.IsZero() {
		l.Add(File, 0, 0, "thiếu report_date (ngày báo cáo số liệu); hãy thêm dòng report_date = 2026-06-30")
	}
	y := c.Years
	if !(y.Base < y.Target && y.Target < y.Vision) {
		l.Add(File, 0, 0, "các năm trong [years] phải tăng dần: base < target < vision (đang là %d, %d, %d)", y.Base, y.Target, y.Vision)
	}
	p := c.Progress
	if !(p.Limited < p.Accelerate && p.Accelerate < p.OnTrack) {
		l.Add(File, 0, 0, "ngưỡng trong [progress] phải tăng dần: limited < accelerate < on_track")
	}
	if !p.BaseRule.Valid() {
		l.Add(File, tomlfile.KeyLine(data, "progress", "base_rule"), 1, "base_rule %q trong [progress] không hợp lệ; hãy ghi \"nearest\" (năm có số liệu gần năm gốc nhất) hoặc \"first_after\" (năm có số liệu đầu tiên từ năm gốc trở đi)", p.BaseRule)
	}
	if c.Language != "vi" {
		l.Add(File, 0, 0, "language %q chưa được hỗ trợ; giao diện hiện chỉ có tiếng Việt, hãy ghi language = \"vi\"", c.Language)
	}
	checkLanguages(&l, data, c.Languages)
	for _, lang := range slices.Sorted(maps.Keys(c.Titles)) {
		if !slices.Contains(c.Languages[min(1, len(c.Languages)):], lang) {
			// A warning: an edition is turned off by editing languages
			// alone, and its title waits for it.
			c.Warnings = append(c.Warnings, diag.Problem{File: File, Line: tomlfile.KeyLine(data, "titles", lang), Col: 1, Severity: diag.Warning,
				Msg: fmt.Sprintf("[titles] có tên trang cho ngôn ngữ %q, nhưng languages không có bản này nên tên này không được dùng; thêm %q vào languages để đăng bản đó, hoặc bỏ dòng này", lang, lang)})
		}
	}
	if strings.ContainsAny(c.Theme, `/\.`) || c.Theme == "" {
		l.Add(File, 0, 0, "theme %q phải là tên một thư mục trong themes/", c.Theme)
	}
	if _, ok := c.DataLicense(); !ok && c.Data.License != "" {
		var ids []string
		for _, lic := range Licenses {
			ids = append(ids, lic.ID)
		}
		l.Add(File, tomlfile.KeyLine(data, "data", "license"), 1, "giấy phép dữ liệu %q không có trong danh sách; hãy ghi một mã SPDX: %s", c.Data.License, strings.Join(ids, ", "))
	}
	checkOutput(&l, data, c.Output)
	c.Zone = loadZone(&l, data, c.TimeZone)
	return c, l.Err()
}

// checkOutput reports every encoding of [output] precompress that is not
// one shrink writes, or named twice.
func checkOutput(l *diag.List, data []byte, o Output) {
	seen := map[shrink.Encoding]bool{}
	for _, e := range o.Precompress {
		switch {
		case !e.Valid():
			l.Add(File, tomlfile.KeyLine(data, "output", "precompress"), 1, "precompress trong [output] không có kiểu nén %q; hãy ghi \"gzip\", \"brotli\" hoặc cả hai: precompress = [\"gzip\", \"brotli\"]", e)
		case seen[e]:
			l.Add(File, tomlfile.KeyLine(data, "output", "precompress"), 1, "precompress trong [output] ghi %q hai lần; hãy bỏ bớt một", e)
		}
		seen[e] = true
	}
}

// checkLanguages checks the languages key: Vietnamese first, then other
// languages by their two-letter code, each once.
func checkLanguages(l *diag.List, data []byte, langs []string) {
	line := tomlfile.KeyLine(data, "languages")
	if len(langs) == 0 || langs[0] != "vi" {
		l.Add(File, line, 1, "languages phải bắt đầu bằng \"vi\" (bản tiếng Việt ở gốc trang), ví dụ languages = [\"vi\", \"en\"]")
	}
	seen := map[string]bool{}
	for _, lang := range langs {
		ok := len(lang) == 2 && strings.Trim(lang, "abcdefghijklmnopqrstuvwxyz") == ""
		switch {
		case !ok:
			l.Add(File, line, 1, "ngôn ngữ %q trong languages không phải mã hai chữ thường (ISO 639-1), ví dụ \"en\"", lang)
		case seen[lang]:
			l.Add(File, line, 1, "ngôn ngữ %q ghi hai lần trong languages", lang)
		}
		seen[lang] = true
	}
}

// TitleIn is the site's title in the edition of lang.
func (c Config) TitleIn(lang string) string {
	if t := c.Titles[lang]; t != "" {
		return t
	}
	return c.Title
}

// BasePath is the path of the base URL, with slashes at both ends: "/" for
// a site at a domain's root, "/minhbach/" for a GitHub Pages project site
// at https://org.github.io/minhbach/. Every link inside the site starts
// with it, so the site works wherever it is served.
func (c Config) BasePath() string {
	u, err := url.Parse(c.BaseURL)
	if err != nil || strings.Trim(u.Path, "/") == "" {
		return "/"
	}
	return "/" + strings.Trim(u.Path, "/") + "/"
}

// loadZone loads the IANA zone name. "Local" is refused, and so is "": Go
// reads them as the machine's zone and UTC, and either would make the site
// depend on where or how it is built.
func loadZone(l *diag.List, data []byte, name string) *time.Location {
	zone, err := time.LoadLocation(name)
	if err != nil || name == "" || name == "Local" {
		l.Add(File, tomlfile.KeyLine(data, "time_zone"), 1, "time_zone %q không phải là tên múi giờ; hãy ghi tên IANA, ví dụ time_zone = %q (giờ Việt Nam)", name, DefaultTimeZone)
		return time.UTC
	}
	return zone
}

// Report returns the report date as a time in UTC.
func (c Config) Report() time.Time {
	d := c.ReportDate
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// String describes the config for logs.
func (c Config) String() string { return fmt.Sprintf("%s (%s)", c.Title, c.BaseURL) }
