package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

// The open data published under /du-lieu/, in the shapes of design §6 and §8.
// Keys are English and stable; values that people read (names, summaries)
// are Vietnamese.

type dataFile struct {
	Generated  string          `json:"generated"`
	Programme  dataProgramme   `json:"programme"`
	Indicators []dataIndicator `json:"indicators"`
}

type dataProgramme struct {
	Code  string `json:"code"`
	Title string `json:"title"`
}

type dataIndicator struct {
	Code         string                `json:"code"`
	Target       int                   `json:"target"`
	Name         string                `json:"name"`
	Kind         indicator.Kind        `json:"kind"`
	Unit         string                `json:"unit"`
	Per          *float64              `json:"per"`
	Direction    *indicator.Direction  `json:"direction"`
	Comparator   *indicator.Comparator `json:"comparator"`
	TargetValue  *float64              `json:"target_value,omitempty"`
	TargetMin    *float64              `json:"target_min,omitempty"`
	TargetMax    *float64              `json:"target_max,omitempty"`
	Quote        string                `json:"quote"`
	Illustrative bool                  `json:"illustrative"`
	// DataYear is the newest year with a figure; AsOf the report date up
	// to which figures were gathered: together, how fresh the data is.
	DataYear *int   `json:"data_year"`
	AsOf     string `json:"as_of"`
	// LastUpdated is the latest date of the rows' updated column, null
	// when none has one; UndatedObservations counts the figures without
	// a date, so a reader knows whether LastUpdated covers them all.
	LastUpdated         *string           `json:"last_updated"`
	UndatedObservations int               `json:"undated_observations"`
	Observations        []dataObservation `json:"observations"`
	Assessment          dataAssessment    `json:"assessment"`
}

type dataObservation struct {
	Year   int               `json:"year"`
	Value  *float64          `json:"value"`
	Area   string            `json:"area,omitempty"`
	Dims   map[string]string `json:"dims,omitempty"`
	Source string            `json:"source,omitempty"`
	// SourceURL is where the figure can be checked, as on the page.
	SourceURL string `json:"source_url,omitempty"`
	Status    string `json:"status,omitempty"`
	Note      string `json:"note,omitempty"`
	// Updated is when the figure was last changed, YYYY-MM-DD.
	Updated string `json:"updated,omitempty"`
}

type dataAssessment struct {
	Status progress.Status `json:"status"`
	// ComputedStatus and OverrideReason are there when the status was set
	// by hand: what the method gives, and why it was replaced.
	ComputedStatus progress.Status  `json:"computed_status,omitempty"`
	OverrideReason string           `json:"override_reason,omitempty"`
	Method         *progress.Method `json:"method"`
	Ratio          *float64         `json:"ratio"`
	// Rate is the observed growth rate a year, turned so that a rise is
	// progress, of an indicator scored on its trend.
	Rate        *float64 `json:"rate,omitempty"`
	TargetYear  *int     `json:"target_year,omitempty"`
	BaseYear    *int     `json:"base_year"`
	BaseValue   *float64 `json:"base_value"`
	LatestYear  *int     `json:"latest_year"`
	LatestValue *float64 `json:"latest_value"`
	Summary     string   `json:"summary"`
	// Groups are the assessments of a breakdown's series.
	Groups []dataGroup `json:"groups,omitempty"`
}

type dataGroup struct {
	Name string `json:"name"`
	dataAssessment
}

func (m *model) dataIndicator(a *assessed) dataIndicator {
	d := a.Definition
	di := dataIndicator{
		Code: d.Code, Target: d.Target, Name: d.Name, Kind: d.Kind, Unit: d.Unit,
		Quote: d.Quote, Illustrative: a.Illustrative(), Observations: []dataObservation{},
		AsOf: isoDate(m.Config.Report()),
	}
	if y := dataYear(a.Series); y > 0 {
		di.DataYear = ptr(y)
	}
	f := a.Series.Freshness()
	if !f.Last.IsZero() {
		di.LastUpdated = ptr(isoDate(f.Last))
	}
	di.UndatedObservations = f.Undated
	if d.Per > 0 {
		di.Per = ptr(d.Per)
	}
	if d.Kind != indicator.Milestone {
		di.Direction = ptr(d.Direction)
		switch {
		case d.Comparator == indicator.Range:
			di.Comparator, di.TargetMin, di.TargetMax = ptr(d.Comparator), ptr(d.Min), ptr(d.Max)
		case d.Comparator.HasTarget():
			di.Comparator, di.TargetValue = ptr(d.Comparator), ptr(d.Value)
		}
	}
	for _, o := range a.Series.Obs {
		do := dataObservation{Year: o.Year, Source: o.Source, SourceURL: o.SourceURL, Status: o.Status, Note: o.Note, Updated: isoDate(o.Updated)}
		if o.HasValue {
			do.Value = ptr(o.Value)
		}
		for i, name := range a.Series.Dims {
			if o.Dims[i] == "" {
				continue
			}
			if name == "area" {
				do.Area = o.Dims[i]
				continue
			}
			if do.Dims == nil {
				do.Dims = map[string]string{}
			}
			do.Dims[name] = o.Dims[i]
		}
		di.Observations = append(di.Observations, do)
	}
	di.Assessment = assessmentData(a.Assessment)
	for _, g := range a.Assessment.Groups {
		di.Assessment.Groups = append(di.Assessment.Groups, dataGroup{Name: g.Name, dataAssessment: assessmentData(g.Assessment)})
	}
	return di
}

func assessmentData(as progress.Assessment) dataAssessment {
	da := dataAssessment{Status: as.Status, Summary: as.Summary}
	if as.Override != nil {
		da.ComputedStatus, da.OverrideReason = as.Computed, as.Override.Reason
	}
	if as.Method != "" {
		da.Method = ptr(as.Method)
	}
	if as.Method != progress.MethodMilestone && as.TargetYear != 0 {
		da.TargetYear = ptr(as.TargetYear)
	}
	if as.HasRatio {
		da.Ratio = ptr(round(as.Ratio, 4))
	}
	if as.Method == progress.MethodTrend && as.Status != progress.InsufficientData {
		da.Rate = ptr(round(as.ObservedPace, 6))
	}
	if as.HasBase {
		da.BaseYear, da.BaseValue = ptr(as.Base.Year), ptr(as.Base.Value)
	}
	if as.HasLatest {
		da.LatestYear, da.LatestValue = ptr(as.Latest.Year), ptr(as.Latest.Value)
	}
	return da
}

// dataDir is the folder of the open data.
const dataDir = "du-lieu/"

// dataFiles makes /du-lieu/: one CSV and one JSON per indicator, every
// indicator in chi-so.json, the parsed programme in chuong-trinh.json, the
// CSVs' description in datapackage.json, and all of these in one zip. It
// returns them by output path.
func (m *model) dataFiles() (map[string][]byte, error) {
	files := map[string][]byte{}
	all := dataFile{
		Generated:  isoDate(m.Config.Report()),
		Programme:  dataProgramme{Code: m.Programme.Code, Title: m.Programme.Title},
		Indicators: []dataIndicator{},
	}
	for _, a := range m.indicators {
		di := m.dataIndicator(a)
		all.Indicators = append(all.Indicators, di)
		b, err := marshal(di)
		if err != nil {
			return nil, err
		}
		files[dataDir+a.Slug()+".json"] = b
		files[dataDir+a.Slug()+".csv"] = m.csv(a)
	}
	b, err := marshal(all)
	if err != nil {
		return nil, err
	}
	files[dataDir+"chi-so.json"] = b
	b, err = m.Programme.JSON()
	if err != nil {
		return nil, err
	}
	files[dataDir+"chuong-trinh.json"] = b
	pkg, err := m.dataPackage()
	if err != nil {
		return nil, err
	}
	if files[dataDir+dataPackageFile], err = marshal(pkg); err != nil {
		return nil, err
	}
	files[dataDir+zipFile], err = m.zip(files)
	return files, err
}

// csvColumns are the columns of every indicator's CSV after its year and
// its breakdowns (datapackage.json describes each).
var csvColumns = []string{"value", "unit", "source", "source_url", "status", "note", "updated"}

// csv writes an indicator's observations in the same long format staff edit,
// with a BOM so that Excel opens the Vietnamese text correctly. Every cell
// goes through spreadsheetSafe: citizens open these files in Excel, and a
// note typed as "=HYPERLINK(…)" must not become a live formula there.
func (m *model) csv(a *assessed) []byte {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	header := append([]string{"year"}, a.Series.Dims...)
	header = append(header, csvColumns...)
	w.Write(header)
	for _, o := range a.Series.Obs {
		row := append([]string{strconv.Itoa(o.Year)}, o.Dims...)
		v := ""
		if o.HasValue {
			v = strconv.FormatFloat(o.Value, 'f', -1, 64)
		}
		row = append(row, v, a.Unit, o.Source, o.SourceURL, o.Status, o.Note, isoDate(o.Updated))
		for i := range row {
			row[i] = spreadsheetSafe(row[i])
		}
		w.Write(row)
	}
	w.Flush()
	return buf.Bytes()
}

// rePlainNumber is a number a spreadsheet reads as a number, not a formula.
var rePlainNumber = regexp.MustCompile(`^[-+]?[0-9]+([.,][0-9]+)?$`)

// spreadsheetSafe neutralises a cell that a spreadsheet would execute, by
// OWASP's rule for CSV injection: a cell that begins with =, +, -, @, a tab
// or a carriage return (or their full-width forms, which some versions of
// Excel also read) gets a leading apostrophe, so it is shown as text. Plain
// numbers such as -3.5 are left as they are. The JSON files keep every
// value unchanged; only the CSV, made for spreadsheets, needs this.
func spreadsheetSafe(cell string) string {
	if cell == "" || rePlainNumber.MatchString(cell) {
		return cell
	}
	r, _ := utf8.DecodeRuneInString(cell)
	switch r {
	case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠':
		return "'" + cell
	}
	return cell
}

// writeSitemap writes sitemap.xml: every page but the 404 page and the
// embeds. On a site of several editions each entry also names the page in every
// edition (xhtml:link hreflang), as search engines read translations.
func (m *model) writeSitemap(jobs []job) []byte {
	var b bytes.Buffer
	// An estimate of its size (an entry's address, and one link per
	// edition): a big site's would grow through a dozen copies otherwise.
	b.Grow(len(jobs) * (80 + 120*len(m.Config.Languages)))
	b.WriteString(xml.Header)
	ns := ""
	if len(m.Config.Languages) > 1 {
		ns = ` xmlns:xhtml="http://www.w3.org/1999/xhtml"`
	}
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"` + ns + ">\n")
	for _, j := range jobs {
		if !inSitemap(j.kind) { // sitemapKey reads what this loop does
			continue
		}
		b.WriteString("  <url><loc>")
		escapeXML(&b, j.addr.canonical)
		b.WriteString("</loc>")
		for _, a := range j.addr.alternates {
			b.WriteString(`<xhtml:link rel="alternate" hreflang="`)
			b.WriteString(a.Lang)
			b.WriteString(`" href="`)
			escapeXML(&b, a.URL)
			b.WriteString(`"/>`)
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// escapeXML writes s as xml.EscapeText would; an address of printable
// ASCII without markup, as the sitemap's are, is written as it is, since
// the sitemap of a big site lists sixty thousand of them.
func escapeXML(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c >= 0x7f, c == '<', c == '>', c == '&', c == '\'', c == '"':
			xml.EscapeText(b, []byte(s))
			return
		}
	}
	b.WriteString(s)
}

func marshal(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func ptr[T any](v T) *T { return &v }

func round(v float64, digits int) float64 {
	s := strconv.FormatFloat(v, 'f', digits, 64)
	r, _ := strconv.ParseFloat(strings.TrimRight(s, "0"), 64)
	return r
}

// feed is the RSS 2.0 feed of the news, newest first. Its dates come from
// the pages and are written in the site's zone, never the machine's, so two
// builds of the same input give the same feed anywhere.
func (m *model) feed() []byte {
	type item struct {
		Title       string `xml:"title"`
		Link        string `xml:"link"`
		GUID        string `xml:"guid"`
		PubDate     string `xml:"pubDate,omitempty"`
		Description string `xml:"description,omitempty"`
		// Content is the page's body, with absolute links and each chart
		// as its PNG drawing: feed readers run no script.
		Content string `xml:"content:encoded,omitempty"`
	}
	type channel struct {
		Title       string `xml:"title"`
		Link        string `xml:"link"`
		Description string `xml:"description"`
		Language    string `xml:"language"`
		Items       []item `xml:"item"`
	}
	base := strings.TrimSuffix(m.Config.BaseURL, "/")
	ch := channel{Title: m.words.T("feed_title", "site", m.Config.Title), Link: base + m.routes.List(newsSection, 1),
		Description: m.words.T("feed_description", "code", m.Programme.Code), Language: m.lang()}
	for i, p := range m.news {
		if i == 50 {
			break
		}
		it := item{Title: p.Title, Link: base + m.routes.Local(p.URL()), GUID: base + m.routes.Local(p.URL()), Description: p.Summary, Content: m.feedBody(p.Body.String())}
		if !p.Date.IsZero() {
			it.PubDate = p.Date.In(m.Config.Zone).Format(time.RFC1123Z)
		}
		ch.Items = append(ch.Items, it)
	}
	b, _ := xml.MarshalIndent(struct {
		XMLName xml.Name `xml:"rss"`
		Version string   `xml:"version,attr"`
		Content string   `xml:"xmlns:content,attr"`
		Channel channel  `xml:"channel"`
	}{Version: "2.0", Content: "http://purl.org/rss/1.0/modules/content/", Channel: ch}, "", " ")
	return append([]byte(xml.Header), append(b, '\n')...)
}
