// Package indicator reads the machine-readable layer over the programme:
// data/indicators.toml, which defines every indicator (chỉ số), and
// data/<code>.csv, one file of observations per indicator.
//
// # Definitions
//
// Each [[indicator]] table in data/indicators.toml defines one measurable
// part of a target:
//
//	[[indicator]]
//	code       = "8.6"                 # target 8, part 6; the page is /chi-tieu/8/8-6/
//	target     = 8
//	name       = "Số bác sĩ trên 10.000 dân"
//	quote      = "19 bác sĩ"           # verbatim from the programme; checked at build
//	kind       = "quantitative"        # or "milestone"
//	unit       = "bác sĩ"
//	per        = 10000                 # denominator: "trên 10.000 dân"
//	direction  = "higher"              # or "lower": which way is better
//	comparator = ">="                  # < <= > >= ~ (khoảng) range =
//	value      = 19                    # or min/max for a range
//	tolerance  = 0                     # for ~: how far from value still counts as met
//	vision     = 0                     # optional value for 2045
//	aggregation = "level"              # or "cumulative" (units built so far)
//	agency     = "Sở Y tế"
//	decimals   = 1                     # digits shown after the comma
//
// # Observations
//
// See csv.go for the CSV format and what it accepts from Excel.
package indicator

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/tomlfile"
)

// DefinitionsFile is where indicators are defined, relative to the site root.
const DefinitionsFile = "data/indicators.toml"

// Kinds of indicator.
const (
	Quantitative = "quantitative"
	Milestone    = "milestone"
)

// Definition is one indicator as defined in data/indicators.toml.
type Definition struct {
	Code        string  `toml:"code"`
	Target      int     `toml:"target"`
	Name        string  `toml:"name"`
	Quote       string  `toml:"quote"`
	Kind        string  `toml:"kind"`
	Unit        string  `toml:"unit"`
	Per         float64 `toml:"per"`
	Direction   string  `toml:"direction"`
	Comparator  string  `toml:"comparator"`
	Value       float64 `toml:"value"`
	Min         float64 `toml:"min"`
	Max         float64 `toml:"max"`
	Tolerance   float64 `toml:"tolerance"`
	Vision      float64 `toml:"vision"`
	Aggregation string  `toml:"aggregation"`
	Agency      string  `toml:"agency"`
	Decimals    int     `toml:"decimals"`
	Definition  string  `toml:"definition"`
	// Departs says why comparator, value, unit or denominator deliberately
	// differ from what the quote says; without it they must agree.
	Departs string `toml:"departs"`

	// Line is where the indicator's [[indicator]] header stands; KeyLines
	// where each of its keys does, so errors can point at "quote = …".
	Line     int            `toml:"-"`
	KeyLines map[string]int `toml:"-"`
}

// LineOf returns the line of key in the indicator's table, or its header.
func (d Definition) LineOf(key string) int {
	if n, ok := d.KeyLines[key]; ok {
		return n
	}
	return d.Line
}

// Slug is the code as a URL segment: "8.6" → "8-6".
func (d Definition) Slug() string { return strings.ReplaceAll(d.Code, ".", "-") }

// HigherIsBetter reports the indicator's direction.
func (d Definition) HigherIsBetter() bool { return d.Direction != "lower" }

// Indicator is a definition with its observations.
type Indicator struct {
	Definition
	Series Series
}

// Illustrative reports whether any observation is marked illustrative.
func (in Indicator) Illustrative() bool {
	for _, o := range in.Series.Obs {
		if o.Illustrative() {
			return true
		}
	}
	return false
}

// Target names one of the programme's numbered targets (chỉ tiêu) briefly,
// for cards and menus: [[target]] number = 2, name = "Thất nghiệp".
type Target struct {
	Number int    `toml:"number"`
	Name   string `toml:"name"`
}

// Catalogue is everything data/ defines.
type Catalogue struct {
	Targets    []Target
	Indicators []Indicator
}

type definitionsFile struct {
	Target    []Target     `toml:"target"`
	Indicator []Definition `toml:"indicator"`
}

var reCode = regexp.MustCompile(`^[0-9]{1,3}\.[0-9]{1,3}[a-z]?$`)

var comparators = map[string]bool{"<": true, "<=": true, ">": true, ">=": true, "~": true, "range": true, "=": true}

// ParseDefinitions decodes and checks the text of data/indicators.toml.
func ParseDefinitions(data []byte) ([]Target, []Definition, error) {
	var f definitionsFile
	if err := tomlfile.Decode(DefinitionsFile, data, 1, &f); err != nil {
		return nil, nil, err
	}
	headers, keys := headerLines(string(data))
	var l diag.List
	seen := map[string]int{}
	for i := range f.Indicator {
		d := &f.Indicator[i]
		if i < len(headers) {
			d.Line, d.KeyLines = headers[i], keys[i]
		}
		bad := func(format string, args ...any) { l.Add(DefinitionsFile, d.Line, 1, format, args...) }
		if d.Code == "" {
			bad("chỉ số thứ %d thiếu code; hãy thêm dòng code = \"8.6\"", i+1)
			continue
		}
		if prev, ok := seen[d.Code]; ok {
			bad("mã chỉ số %q đã dùng ở dòng %d; mỗi chỉ số cần một mã riêng", d.Code, prev)
		}
		seen[d.Code] = d.Line
		if t, _, _ := strings.Cut(d.Code, "."); !reCode.MatchString(d.Code) || t != strconv.Itoa(d.Target) {
			bad("mã %q phải có dạng <số chỉ tiêu>.<số thứ tự>, bắt đầu bằng target = %d", d.Code, d.Target)
		}
		if d.Name == "" {
			bad("chỉ số %s thiếu name (tên ngắn)", d.Code)
		}
		if d.Quote == "" {
			bad("chỉ số %s thiếu quote (trích nguyên văn từ chương trình)", d.Code)
		}
		if d.Decimals < 0 || d.Decimals > 3 {
			bad("chỉ số %s: decimals phải từ 0 đến 3", d.Code)
		}
		switch d.Kind {
		case Milestone:
		case Quantitative:
			if !comparators[d.Comparator] {
				bad("chỉ số %s: comparator %q không hợp lệ; hãy dùng một trong < <= > >= ~ range =", d.Code, d.Comparator)
			}
			if _, ok := d.KeyLines["value"]; d.Comparator != "range" && !ok && d.KeyLines != nil {
				bad("chỉ số %s thiếu value (giá trị mục tiêu năm 2030)", d.Code)
			}
			if d.Comparator == "range" && !(d.Min < d.Max) {
				bad("chỉ số %s: khoảng mục tiêu cần min < max (đang là %v và %v)", d.Code, d.Min, d.Max)
			}
			if d.Direction != "higher" && d.Direction != "lower" {
				bad("chỉ số %s: direction phải là \"higher\" (càng cao càng tốt) hoặc \"lower\"", d.Code)
			}
			if d.Aggregation == "" {
				d.Aggregation = "level"
			}
			if d.Aggregation != "level" && d.Aggregation != "cumulative" {
				bad("chỉ số %s: aggregation phải là \"level\" hoặc \"cumulative\"", d.Code)
			}
		default:
			bad("chỉ số %s: kind phải là \"quantitative\" hoặc \"milestone\"", d.Code)
		}
	}
	sort.SliceStable(f.Target, func(i, j int) bool { return f.Target[i].Number < f.Target[j].Number })
	return f.Target, f.Indicator, l.Err()
}

// headerLines returns the line of each [[indicator]] header, in order, and
// the line of each key under it.
func headerLines(src string) ([]int, []map[string]int) {
	var heads []int
	var keys []map[string]int
	in := false
	for i, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "[[indicator]]"):
			heads = append(heads, i+1)
			keys = append(keys, map[string]int{})
			in = true
		case strings.HasPrefix(t, "["):
			in = false
		case in:
			if k, _, ok := strings.Cut(t, "="); ok {
				keys[len(keys)-1][strings.TrimSpace(k)] = i + 1
			}
		}
	}
	return heads, keys
}

// Load reads every definition and its CSV from fsys (the site root). It
// reports every problem it finds, across all files, in one error.
func Load(fsys fs.FS) (Catalogue, error) {
	data, err := textfile.Read(fsys, DefinitionsFile)
	if errors.Is(err, fs.ErrNotExist) {
		return Catalogue{}, diag.Problem{File: DefinitionsFile, Msg: "không tìm thấy tệp định nghĩa chỉ số; hãy tạo data/indicators.toml"}
	}
	if err != nil {
		return Catalogue{}, err
	}
	targets, defs, err := ParseDefinitions(data)
	var l diag.List
	l.Merge(DefinitionsFile, err)

	files := map[string]bool{}
	entries, _ := fs.ReadDir(fsys, "data")
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".csv") {
			files[e.Name()] = true
		}
	}
	out := make([]Indicator, 0, len(defs))
	known := map[string]bool{}
	for _, d := range defs {
		name := d.Code + ".csv"
		known[name] = true
		file := path.Join("data", name)
		if !files[name] {
			l.Add(file, 0, 0, "chỉ số %s chưa có tệp số liệu; hãy tạo %s với dòng đầu year,value,source (có thể để trống giá trị)", d.Code, file)
			continue
		}
		src, err := textfile.Read(fsys, file)
		if err != nil {
			l.Unreadable(file, err)
			continue
		}
		s, err := ParseCSV(file, src)
		l.Merge(file, err)
		out = append(out, Indicator{Definition: d, Series: s})
	}
	var extra []string
	for name := range files {
		if !known[name] {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	for _, name := range extra {
		l.Add(path.Join("data", name), 0, 0, "không có chỉ số %q trong %s; hãy thêm định nghĩa hoặc đổi tên tệp cho đúng mã", strings.TrimSuffix(name, ".csv"), DefinitionsFile)
	}
	sort.SliceStable(out, func(i, j int) bool { return CompareCodes(out[i].Code, out[j].Code) < 0 })
	return Catalogue{Targets: targets, Indicators: out}, l.Err()
}

// CompareCodes orders codes numerically part by part: "8.2" < "8.10".
func CompareCodes(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		if errx != nil || erry != nil {
			if c := strings.Compare(as[i], bs[i]); c != 0 {
				return c
			}
			continue
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return len(as) - len(bs)
}

// TargetText describes the 2030 target for people: "trên 95%", "35 - 40%".
func (d Definition) TargetText(format func(float64) string) string {
	unit := d.Unit
	sep := " "
	if strings.HasPrefix(unit, "%") {
		sep = ""
	}
	withUnit := func(s string) string {
		if unit == "" {
			return s
		}
		return s + sep + unit
	}
	switch d.Comparator {
	case "range":
		return withUnit(format(d.Min) + " - " + format(d.Max))
	case "<":
		return "dưới " + withUnit(format(d.Value))
	case "<=":
		return "tối đa " + withUnit(format(d.Value))
	case ">":
		return "trên " + withUnit(format(d.Value))
	case ">=":
		return "tối thiểu " + withUnit(format(d.Value))
	case "~":
		return "khoảng " + withUnit(format(d.Value))
	case "=":
		return withUnit(format(d.Value))
	}
	return ""
}

// String names the indicator for logs.
func (d Definition) String() string { return fmt.Sprintf("%s %s", d.Code, d.Name) }
