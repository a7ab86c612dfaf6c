package site

import (
	"archive/zip"
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/numfmt"
	"github.com/minhbach/minhbach/generator/vi"
)

// The whole of the open data in one download: tat-ca.zip holds every
// indicator's CSV, chi-so.json, chuong-trinh.json and datapackage.json, a
// Frictionless Tabular Data Package (https://specs.frictionlessdata.io/
// tabular-data-package/) that describes each CSV: its path, its columns
// with their types and what they mean, where its figures come from, and
// the licence of the whole. Frictionless tools (frictionless validate
// datapackage.json), R, Python and spreadsheets read it as it is; the same
// datapackage.json is published beside the CSVs, so it also works online.
//
// The zip is byte-for-byte the same for the same inputs: its entries are
// in name order and each carries the report date as its time, never the
// clock's.

const (
	dataPackageFile = "datapackage.json"
	zipFile         = "tat-ca.zip"
)

type dataPackage struct {
	Profile     string       `json:"profile"`
	Name        string       `json:"name"`
	Title       string       `json:"title"`
	Description string       `json:"description,omitempty"`
	Homepage    string       `json:"homepage"`
	Created     string       `json:"created"`
	Licenses    []dpLicense  `json:"licenses,omitempty"`
	Sources     []dpSource   `json:"sources,omitempty"`
	Resources   []dpResource `json:"resources"`
}

type dpLicense struct {
	Name  string `json:"name"`
	Path  string `json:"path"`
	Title string `json:"title"`
}

type dpSource struct {
	Title string `json:"title"`
	Path  string `json:"path,omitempty"`
}

type dpResource struct {
	Profile   string `json:"profile"`
	Name      string `json:"name"`
	Path      string `json:"path"`
	Title     string `json:"title"`
	Format    string `json:"format"`
	Mediatype string `json:"mediatype"`
	Encoding  string `json:"encoding"`
	Bytes     int    `json:"bytes"`
	// LastModified is when the resource's figures last changed (the
	// latest date of its updated column), omitted when no row is dated.
	// The Data Resource spec has no such property but allows others; the
	// name is CKAN's, which portals that import data packages read.
	LastModified string     `json:"last_modified,omitempty"`
	Sources      []dpSource `json:"sources,omitempty"`
	Schema       dpSchema   `json:"schema"`
}

type dpSchema struct {
	Fields        []dpField `json:"fields"`
	MissingValues []string  `json:"missingValues"`
}

type dpField struct {
	Name        string         `json:"name"`
	Type        string         `json:"type"`
	Format      string         `json:"format,omitempty"`
	Description string         `json:"description"`
	Constraints *dpConstraints `json:"constraints,omitempty"`
}

type dpConstraints struct {
	Required bool     `json:"required,omitempty"`
	Enum     []string `json:"enum,omitempty"`
}

// dataPackage describes the CSVs of m.
func (m *model) dataPackage() (dataPackage, error) {
	p := dataPackage{
		Profile: "tabular-data-package", Name: vi.Slug(m.Programme.Code), Title: m.Config.Title,
		Description: m.Config.Description, Homepage: m.Config.BaseURL,
		Created: isoDate(m.Config.Report()) + "T00:00:00Z", Resources: []dpResource{},
	}
	if l, ok := m.Config.DataLicense(); ok {
		p.Licenses = []dpLicense{{Name: l.ID, Path: l.URL, Title: l.Title}}
	}
	seen := map[dpSource]bool{}
	for _, a := range m.indicators {
		r := dpResource{
			Profile: "tabular-data-resource", Name: a.Slug(), Path: a.Slug() + ".csv",
			Title: a.Code + ". " + a.Name, Format: "csv", Mediatype: "text/csv", Encoding: "utf-8",
			Bytes: len(m.csv(a)), Sources: sources(a.Series),
			LastModified: isoDate(a.Series.Freshness().Last),
		}
		var err error
		if r.Schema, err = m.csvSchema(a.Series); err != nil {
			return p, err
		}
		for _, s := range r.Sources {
			if !seen[s] {
				seen[s] = true
				p.Sources = append(p.Sources, s)
			}
		}
		p.Resources = append(p.Resources, r)
	}
	return p, nil
}

// sources lists the named sources of a series, once each, in file order;
// illustrative figures have none.
func sources(s indicator.Series) []dpSource {
	var out []dpSource
	seen := map[dpSource]bool{}
	for _, o := range s.Obs {
		src := dpSource{Title: o.Source, Path: o.SourceURL}
		if o.Illustrative() || o.Source == "" || seen[src] {
			continue
		}
		seen[src] = true
		out = append(out, src)
	}
	return out
}

// csvSchema is the Table Schema of an indicator's CSV, in the order m.csv
// writes its columns; the descriptions are the theme's strings data_field_*.
func (m *model) csvSchema(s indicator.Series) (dpSchema, error) {
	sc := dpSchema{MissingValues: []string{""}}
	var missing []string
	field := func(name, typ, key string) *dpField {
		desc, ok := m.words.Lookup("data_field_" + key)
		if !ok {
			missing = append(missing, "data_field_"+key)
		}
		sc.Fields = append(sc.Fields, dpField{Name: name, Type: typ, Description: desc})
		return &sc.Fields[len(sc.Fields)-1]
	}
	field("year", "year", "year").Constraints = &dpConstraints{Required: true}
	for _, d := range s.Dims {
		key := d
		if _, ok := m.words.Lookup("data_field_" + d); !ok {
			key = "dimension" // a breakdown the theme has no words for
		}
		field(d, "string", key)
	}
	field("value", "number", "value")
	field("unit", "string", "unit")
	field("source", "string", "source")
	field("source_url", "string", "source_url").Format = "uri"
	field("status", "string", "status").Constraints = &dpConstraints{Enum: []string{indicator.StatusPreliminary, indicator.StatusEstimate}}
	field("note", "string", "note")
	field("updated", "date", "updated")
	if len(missing) > 0 {
		return sc, fmt.Errorf("giao diện %s thiếu chuỗi %s trong i18n/vi.toml (mô tả cột của datapackage.json)", m.Theme.Name, strings.Join(missing, ", "))
	}
	return sc, nil
}

// zip packs the CSVs and JSON of /du-lieu/ (all but the per-indicator
// JSON, which chi-so.json holds together) in name order, each dated the
// report date at midnight UTC.
func (m *model) zip(files map[string][]byte) ([]byte, error) {
	var names []string
	for p := range files {
		name := strings.TrimPrefix(p, dataDir)
		if strings.HasSuffix(name, ".csv") || name == "chi-so.json" || name == "chuong-trinh.json" || name == dataPackageFile {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, name := range names {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: m.Config.Report()}
		h.SetMode(0o644)
		f, err := w.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(files[dataDir+name]); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// dataView is the open-data page: every file of data with its size.
func (m *model) dataView(views map[*assessed]IndicatorView, data map[string][]byte) (DataView, error) {
	v := DataView{AsOf: m.date(m.Config.Report())}
	if l, ok := m.Config.DataLicense(); ok {
		v.License = &Link{URL: l.URL, Label: l.Title + " (" + l.ID + ")"}
	}
	file := func(name, key string, f indicator.Freshness) DataFile {
		return DataFile{Name: name, URL: "/" + dataDir + name, Size: fileSize(m.lang(), len(data[dataDir+name])), Key: key, Updated: m.updatedView(f)}
	}
	all, programme := m.freshness(), indicator.Freshness{Last: m.programmeDate()}
	v.Files = []DataFile{
		file(zipFile, "zip", all), file("chi-so.json", "indicators", all),
		file("chuong-trinh.json", "programme", programme), file(dataPackageFile, "datapackage", all),
	}
	for _, a := range m.indicators {
		iv, f := views[a], a.Series.Freshness()
		v.Indicators = append(v.Indicators, DataRow{IndicatorView: iv,
			CSVFile: file(a.Slug()+".csv", "csv", f), JSONFile: file(a.Slug()+".json", "json", f)})
	}
	return v, nil
}

// fileSize writes a size the way a page in lang shows it: "820 byte",
// "12,4 KB" ("12.4 KB" in English).
func fileSize(lang string, n int) string {
	switch {
	case n < 1000:
		return itoa(n) + " byte"
	case n < 1000*1024:
		return numfmt.Fixed(lang, float64(n)/1024, 1) + " KB"
	}
	return numfmt.Fixed(lang, float64(n)/(1024*1024), 1) + " MB"
}
