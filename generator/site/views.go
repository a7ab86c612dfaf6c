package site

import (
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/minhbach/minhbach/generator/chart"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/numfmt"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/urls"
)

// The view structs below are what templates receive: every value already
// computed, formatted and worded, so templates only place them.

// Frame is what every page has: its place in the site and its main view.
type Frame struct {
	Lang        string
	SiteTitle   string
	Title       string
	Description string
	URL         string // path, "/chi-tieu/8/"
	Canonical   string // absolute URL
	Kind        string
	Nav         []Link
	Programme   string // "Chương trình số 50-CTr/TU"
	ReportDate  string // "30/6/2026"
	// Illustrative is true when the page shows any illustrative figure.
	Illustrative bool
	HasCharts    bool
	// Methodology links to the page that explains the assessment, when the
	// site has one (content/phuong-phap.md).
	Methodology *Link
	// ChartRuntime is the URL of the ECharts bundle, "" without one.
	ChartRuntime string
	Main         any

	// Routes are the edition's paths, for links templates make
	// themselves ({{url $.Routes.Programme}}).
	Routes                 urls.Routes
	TargetYear, VisionYear int
	// Alternates are the page in every edition, for hreflang links and
	// the language switch, and XDefault the main edition's URL; none on a
	// site of one language.
	Alternates []Alternate
	XDefault   string
	// TextLang is the language of the programme's own words (its text,
	// quotes, task titles) and of staff's (definitions, agencies) where it
	// differs from the page's, "" where it does not: templates mark those
	// parts with it.
	TextLang string

	// Image is the absolute URL of the page's social preview, "" for none;
	// it is ImageWidth×ImageHeight pixels.
	Image                   string
	ImageWidth, ImageHeight int
}

// Link is a labelled internal link.
type Link struct {
	URL, Label string
	Current    bool
}

// Count is how many indicators have one status.
type Count struct {
	Status progress.Status
	Label  string
	N      int
	// Share is N as a percentage of all counted, for a stacked bar.
	Share float64
}

// HomeView is the home page.
type HomeView struct {
	Intro template.HTML
	// IntroLang is the introduction's language when the edition shows it
	// untranslated, "" otherwise; ListView's likewise.
	IntroLang string
	// Counts are the statuses against targets; TrendCounts, apart, those
	// of indicators with no numeric target, scored on their trend.
	Counts, TrendCounts []Count
	Total               int
	Cards               []TargetCard
	News                []NewsItem
	Years               [3]int // base, target, vision
}

// TargetCard summarises one target on the home page.
type TargetCard struct {
	Number   int
	Name     string
	NameLang string
	URL      string
	// State is the target's overall status, the least favourable of its
	// indicators' (see progress.Worst); Good of its indicators are met or
	// on track.
	State  progress.Status
	Good   int
	Badges []Badge
}

// TargetView is a target's page.
type TargetView struct {
	Number       int
	Name         string
	NameLang     string
	Summary      string // staff's, in the edition's language; "" for none
	Text         string
	ProgrammeURL string
	Counts       []Count
	Indicators   []IndicatorView
	News         []NewsItem
	Prev, Next   *Link
}

// IndicatorView is one indicator with everything said about it.
type IndicatorView struct {
	Code, Slug, Name, URL string
	Quote, Definition     string
	Unit, Agency          string
	// Departs says why the target tracked differs from the quote's, as
	// staff wrote it in departs; "" when it does not.
	Departs               string
	TargetText            string // "trên 95%"
	TargetYear            int
	TargetNumber          int
	TargetName, TargetURL string
	Milestone             bool
	Status                progress.Status
	StatusLabel           string
	Summary               string
	// NameLang is Name's language where the edition shows it
	// untranslated, "" otherwise (so for TargetView, TargetCard and
	// SearchTarget).
	NameLang string
	// LocalSummary is staff's summary in the edition's language, beside
	// Summary, the computed sentence; "" for none. TextLang is
	// Frame.TextLang, for the partials, which see the view alone.
	LocalSummary, TextLang string
	// ByHand is true when the status was set by hand, for Reason; the
	// working beside it is the method's, which gives Computed.
	ByHand        bool
	Reason        string
	Computed      progress.Status
	ComputedLabel string
	// HeadlineRule says where the headline of a breakdown comes from;
	// Groups are the breakdown's series, each with its status.
	HeadlineRule string
	Groups       []GroupView
	Latest       string // "93,0%", "" without data
	LatestYear   int
	// DataYear is the newest year with a figure, of any breakdown: how
	// fresh the indicator's data is (0 without one). See dataYear.
	DataYear int
	// Updated is when its figures were last changed (freshness.go).
	Updated      Updated
	Illustrative bool
	ChartID      string
	ChartOption  template.JS
	ChartLegend  bool
	// ChartSVG is the chart drawn at build time, shown until the reader
	// touches it and the runtime takes over; AreaChartSVG likewise.
	ChartSVG        template.HTML
	AreaChartID     string // the latest year by area, when broken down
	AreaChartOption template.JS
	AreaChartSVG    template.HTML
	Columns         []string // disaggregation column headings
	Rows            []Row
	SourceLine      string // "Nguồn: …; số liệu minh họa"
	Working         []Fact
	CSV, JSON       string
	// Areas are the series' areas as a JSON list, "" without areas.
	Areas string
	// EmbedURL is the embed page, EmbedCode the <iframe> snippet that
	// shows it; both "" where there is none (milestones, examples).
	EmbedURL, EmbedCode string

	// Card is the site path of the social preview PNG; ChartSVGFile and
	// ChartPNGFile the chart's downloads, "" without a chart (images.go).
	Card, ChartSVGFile, ChartPNGFile string
}

// GroupView is one series of a breakdown with its status and working.
type GroupView struct {
	Name    string
	Status  progress.Status
	Summary string
	Working []Fact
}

// Row is one observation as shown in the data table.
type Row struct {
	Year int
	// Dims are the breakdown cells, a total's named ("Toàn tỉnh"); Total
	// is true for a total row of a breakdown.
	Dims         []string
	Total        bool
	Value        string // "" for a gap
	Status       string
	Source, Note string
	SourceURL    string
	Illustrative bool
}

// Fact is one line of an assessment's working: "Tốc độ cần có: 0,46%/năm".
type Fact struct{ Term, Value string }

// ProgrammeView is the programme's text.
type ProgrammeView struct {
	Title, Code, Issuer, Date string
	Preamble                  []string
	Objective, Vision, Lead   string
	Targets                   []ProgrammeTarget
	Tasks                     []TaskView
	Source                    string
}

// ProgrammeTarget is a target in the programme's text with its indicators.
type ProgrammeTarget struct {
	Number     int
	Text, URL  string
	Segments   []Segment
	Indicators []Badge
}

// Segment is a run of a target's official text: plain, or one measurable
// part with its anchor (#chi-so-8-6) and, where the site tracks it, a link
// to its indicator page.
type Segment struct {
	Text       string
	Anchor     string
	URL, Title string
}

// illustrative reports whether any status on the programme's page is
// computed from illustrative figures.
func (v ProgrammeView) illustrative() bool {
	for _, t := range v.Targets {
		if badgesIllustrative(t.Indicators) {
			return true
		}
	}
	return false
}

// TaskView is one task group.
type TaskView struct {
	Number     int
	Ordinal    string
	Title, URL string
	Paras      []string
	Prev, Next *Link
}

// NewsItem is a news page in a list.
type NewsItem struct {
	Title, URL, Summary string
	// Lang is the page's language when the edition lists it untranslated.
	Lang          string
	Date, DateISO string
	Tags          []string
}

// PageView is a markdown page.
type PageView struct {
	// Lang is the page's language when the edition shows it
	// untranslated, under a notice; "" otherwise.
	Lang          string
	Title         string
	body          content.Body
	Date, DateISO string
	Tags          []string
	Indicators    []Badge
}

// Body is the page's HTML. It is unpacked when the layout reads it, so
// the views of an edition planned at once do not hold every body
// unpacked.
func (v PageView) Body() template.HTML { return template.HTML(v.body.String()) }

// MethodologyView is the methodology page: staff's prose, then the parts
// generated from the code and config that it must not contradict.
type MethodologyView struct {
	PageView
	// Rules state each rule of the method, with the site's settings.
	Rules []Fact
	// Thresholds are the bands of R; TrendThresholds those of the growth
	// rate of an indicator without a numeric target.
	Thresholds, TrendThresholds []Threshold
	Example                     IndicatorView
	Base                        int
	Target                      int
}

// Threshold is one band of the ratio R and its status.
type Threshold struct {
	Range, Label string
	Status       progress.Status
}

// ListView is one page of the list of a section's pages.
type ListView struct {
	Title string
	// News is true for the news, which has a feed.
	News       bool
	Intro      template.HTML
	IntroLang  string
	Items      []NewsItem
	Page, Of   int // this page's number and how many there are
	Prev, Next *Link
}

// DataView is the open-data page.
type DataView struct {
	Files      []DataFile // the whole-site files: the zip first
	Indicators []DataRow
	License    *Link  // the data's licence, nil when config names none
	AsOf       string // the report date: "30/6/2026"
}

// DataRow is one indicator's files on the open-data page.
type DataRow struct {
	IndicatorView
	CSVFile, JSONFile DataFile
}

// DataFile is one downloadable file.
type DataFile struct {
	Name, URL string
	Size      string // "12,4 KB"
	// Key names the file's kind for the theme's strings (data_file_KEY).
	Key string
	// Updated is when the figures it holds last changed.
	Updated Updated
}

// SearchView is the search page: the search box, and for readers without
// JavaScript every target with its indicators, and every task group and
// page, as plain links.
type SearchView struct {
	Targets []SearchTarget
	Tasks   []Link
	Pages   []Link
}

// SearchTarget is a target and its indicators on the search page.
type SearchTarget struct {
	Number     int
	Name, URL  string
	NameLang   string
	Indicators []Badge
}

// VisionView is the 2045 vision.
type VisionView struct {
	Year      int
	Text      string
	Objective string
}

func (m *model) indicatorView(a *assessed) (IndicatorView, error) {
	d := a.Definition
	as := a.Assessment
	v := IndicatorView{
		Code: d.Code, Slug: d.Slug(), Name: d.Name, NameLang: a.NameLang, URL: m.indicatorURL(a),
		Quote: d.Quote, Definition: d.Definition, Unit: d.Unit, Agency: d.Agency, Departs: d.Departs,
		TargetText: m.targetText(d), TargetYear: as.TargetYear, TargetNumber: d.Target,
		Milestone: d.Kind == indicator.Milestone, Status: as.Status, StatusLabel: m.label(as.Status),
		Summary: as.Summary, LocalSummary: d.Translations[m.lang()].Summary, TextLang: m.textLang(), Illustrative: a.Illustrative(),
		CSV: m.routes.Data(d.Slug() + ".csv"), JSON: m.routes.Data(d.Slug() + ".json"),
		Columns: m.dimHeadings(a.Series), Areas: areasJSON(a.Series),
	}
	if a.Target != nil {
		v.TargetName, v.TargetURL = a.Target.Name, m.routes.Target(a.Target.Number)
	}
	if as.HasLatest {
		v.Latest, v.LatestYear = progress.Format(m.lang(), d, as.Latest.Value), as.Latest.Year
	}
	for _, o := range a.Series.Obs {
		r := Row{Year: o.Year, Dims: m.dimCells(a.Series, o), Total: o.IsTotal() && len(o.Dims) > 0, Status: o.Status, Source: o.Source, SourceURL: o.SourceURL, Note: o.Note, Illustrative: o.Illustrative()}
		if o.HasValue {
			r.Value = progress.Format(m.lang(), d, o.Value)
		}
		v.Rows = append(v.Rows, r)
	}
	v.DataYear, v.Updated = dataYear(a.Series), m.updatedView(a.Series.Freshness())
	v.SourceLine = m.sourceLine(a.Series)
	v.Working = m.working(d, as.Computed, as)
	if as.Override != nil {
		v.ByHand, v.Reason = true, as.Override.Reason
		v.Computed, v.ComputedLabel = as.Computed, m.label(as.Computed)
	}
	v.HeadlineRule = m.headlineRule(as)
	for _, g := range as.Groups {
		v.Groups = append(v.Groups, GroupView{Name: g.Name, Status: g.Status, Summary: g.Summary, Working: m.working(d, g.Status, g.Assessment)})
	}
	if !v.Milestone {
		years := chart.Years{Target: as.TargetYear, Vision: m.Config.Years.Vision}
		words := m.chartWords()
		c, err := words.Indicator(a.Indicator, as, years)
		if err != nil {
			return v, err
		}
		v.ChartID, v.ChartOption, v.ChartLegend = c.ID, template.JS(c.Option), c.Legend
		if v.ChartSVG, err = m.drawing(c); err != nil {
			return v, err
		}
		bars, ok, err := words.AreaBars(a.Indicator, as)
		if err != nil {
			return v, err
		}
		if ok {
			v.AreaChartID, v.AreaChartOption = bars.ID, template.JS(bars.Option)
			if v.AreaChartSVG, err = m.drawing(bars); err != nil {
				return v, err
			}
		}
	}
	m.addPictures(&v)
	return v, nil
}

// dataYear is the newest year of s with a figure, 0 for none: with the
// report date and the rows' own dates (freshness.go), what the site says
// of how fresh an indicator's figures are.
func dataYear(s indicator.Series) int {
	y := 0
	for _, o := range s.Obs {
		if o.HasValue && o.Year > y {
			y = o.Year
		}
	}
	return y
}

// pct writes a share (0.035) as a percentage in the edition's language.
func (m *model) pct(v float64) string { return numfmt.Fixed(m.lang(), v*100, 2) + "%" }

func (m *model) newsItem(p *content.Page) NewsItem {
	return NewsItem{Title: p.Title, URL: m.routes.Local(p.URL()), Summary: p.Summary, Lang: m.untranslated(p), Date: m.date(p.Date), DateISO: isoDate(p.Date), Tags: p.Tags}
}

// date writes t for a reader of the edition, as its date_format and
// month_names say: "30/6/2026" in Vietnamese (whose month names are
// numbers), "30 June 2026" in English; "" for no date.
func (m *model) date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if m.dates != nil {
		return m.dates.date(m.words.Lang, t, m.writeDate)
	}
	return m.writeDate(t)
}

// writeDate is date, worked out.
func (m *model) writeDate(t time.Time) string {
	month := strconv.Itoa(int(t.Month())) // a theme listing fewer names
	if names := strings.Split(m.words.T("month_names"), "|"); int(t.Month()) <= len(names) {
		month = names[t.Month()-1]
	}
	return m.words.T("date_format", "day", t.Day(), "month", month, "year", t.Year())
}

// viDate writes t the Vietnamese way, "30/6/2026", for messages to staff.
func viDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.Itoa(t.Day()) + "/" + strconv.Itoa(int(t.Month())) + "/" + strconv.Itoa(t.Year())
}

func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	// As Format writes it, without parsing the layout for every page.
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
	return string(b)
}

func (m *model) indicatorURL(a *assessed) string {
	return m.routes.Indicator(a.Definition.Target, a.Definition.Slug())
}

func itoa(n int) string { return strconv.Itoa(n) }
