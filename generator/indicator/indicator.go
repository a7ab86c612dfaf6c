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
//	comparator = ">="                  # < <= > >= ~ (khoảng) range =; none: no numeric target
//	value      = 19                    # or min/max for a range
//	tolerance  = 0                     # for ~ (required): met from value − tolerance on
//	vision     = 0                     # optional value for 2045
//	aggregation = "level"              # or "cumulative" (units built so far)
//	headline   = "total"               # with a breakdown: "total" rows, "sum" or "worst"
//	agency     = "Sở Y tế"
//	decimals   = 1                     # digits shown after the comma
//	translations.en = { name = "Doctors per 10,000 people", summary = "…" }  # optional, per edition
//
// An indicator with a direction and no comparator has no numeric target and
// is scored on its trend. It may also set its own progress rules (base and
// target year, base rule, thresholds, a status set by hand): see Rules.
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

// Definition is one indicator as defined in data/indicators.toml.
type Definition struct {
	Code        string      `toml:"code"`
	Target      int         `toml:"target"`
	Name        string      `toml:"name"`
	Quote       string      `toml:"quote"`
	Kind        Kind        `toml:"kind"`
	Unit        string      `toml:"unit"`
	Per         float64     `toml:"per"`
	Direction   Direction   `toml:"direction"`
	Comparator  Comparator  `toml:"comparator"`
	Value       float64     `toml:"value"`
	Min         float64     `toml:"min"`
	Max         float64     `toml:"max"`
	Tolerance   float64     `toml:"tolerance"`
	Vision      float64     `toml:"vision"`
	Aggregation Aggregation `toml:"aggregation"`
	Headline    Headline    `toml:"headline"`
	Agency      string      `toml:"agency"`
	Decimals    int         `toml:"decimals"`
	Definition  string      `toml:"definition"`
	// Translations are staff's own wording for another edition, by
	// language: translations.en = { name = "…", summary = "…" }.
	Translations map[string]Translation `toml:"translations"`
	// Progress rules for this indicator; where unset, the site's
	// ([years] base and target, [progress] in config.toml) apply.
	Rules
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
func (d Definition) HigherIsBetter() bool { return d.Direction.HigherIsBetter() }

// Goal is the numbers of the indicator's target.
func (d Definition) Goal() Goal {
	return Goal{Value: d.Value, Min: d.Min, Max: d.Max, Tolerance: d.Tolerance}
}

// Met reports whether v satisfies the indicator's target.
func (d Definition) Met(v float64) bool { return d.Comparator.Met(v, d.Goal(), d.Direction) }

// PaceTarget is the value progress is measured toward.
func (d Definition) PaceTarget() float64 { return d.Comparator.PaceTarget(d.Goal(), d.Direction) }

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
	// Translations are as a Definition's.
	Translations map[string]Translation `toml:"translations"`
}

// Translation is an indicator's or a target's wording in another
// edition's language: a name, and a summary that the edition shows beside
// the computed sentence, which stays in Vietnamese. The programme's text
// and the quote are never translated: they are the official wording.
type Translation struct {
	Name    string `toml:"name"`
	Summary string `toml:"summary"`
}

// Catalogue is everything data/ defines.
type Catalogue struct {
	Targets    []Target
	Indicators []Indicator
	// Warnings are doubts about the data that stop nothing, such as a
	// cumulative series that falls.
	Warnings []diag.Problem
}

type definitionsFile struct {
	Target    []Target     `toml:"target"`
	Indicator []Definition `toml:"indicator"`
}

var reCode = regexp.MustCompile(`^[0-9]{1,3}\.[0-9]{1,3}[a-z]?$`)

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
		at := func(key, format string, args ...any) { l.Add(DefinitionsFile, d.LineOf(key), 1, format, args...) }
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
		checkKind(d, at)
		checkRules(d, at)
	}
	sort.SliceStable(f.Target, func(i, j int) bool { return f.Target[i].Number < f.Target[j].Number })
	return f.Target, f.Indicator, l.Err()
}

// checkKind checks what a definition says about its target.
func checkKind(d *Definition, at func(string, string, ...any)) {
	switch d.Kind {
	case Milestone:
		return
	case Quantitative:
	default:
		at("kind", "chỉ số %s: kind phải là \"quantitative\" hoặc \"milestone\"", d.Code)
		return
	}
	_, hasValue := d.KeyLines["value"]
	switch c := d.Comparator; {
	case !c.Valid():
		at("comparator", "chỉ số %s: comparator %q không hợp lệ; hãy dùng một trong < <= > >= ~ range =, hoặc bỏ dòng comparator nếu chỉ số không có mục tiêu bằng số", d.Code, c)
	case c == NoTarget && hasValue:
		at("value", "chỉ số %s có value nhưng thiếu comparator; hãy ghi comparator (ví dụ comparator = \">=\"), hoặc xoá value nếu chỉ số không có mục tiêu bằng số", d.Code)
	case c != Range && c != NoTarget && !hasValue && d.KeyLines != nil:
		at("comparator", "chỉ số %s thiếu value (giá trị mục tiêu năm 2030)", d.Code)
	case c == Range && !(d.Min < d.Max):
		at("min", "chỉ số %s: khoảng mục tiêu cần min < max (đang là %v và %v)", d.Code, d.Min, d.Max)
	case c == About && d.Tolerance <= 0:
		at("comparator", "chỉ số %s: mục tiêu “khoảng” (comparator = \"~\") cần sai số cho phép lớn hơn 0; hãy thêm dòng tolerance = 0.5 (hoặc mức cơ quan thống kê chọn): đạt khi số liệu tới %s − tolerance", d.Code, strconv.FormatFloat(d.Value, 'f', -1, 64))
	}
	if !d.Direction.Valid() {
		at("direction", "chỉ số %s: direction phải là \"higher\" (càng cao càng tốt) hoặc \"lower\"", d.Code)
	}
	if d.Aggregation == "" {
		d.Aggregation = Level
	}
	if !d.Aggregation.Valid() {
		at("aggregation", "chỉ số %s: aggregation phải là \"level\" hoặc \"cumulative\"", d.Code)
	}
	if d.Headline == "" {
		d.Headline = FromTotal
	}
	if !d.Headline.Valid() {
		at("headline", "chỉ số %s: headline phải là \"total\" (lấy các dòng tổng), \"sum\" (cộng các nhóm) hoặc \"worst\" (trạng thái kém nhất của các nhóm)", d.Code)
	}
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
	var warn diag.List
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
		if err == nil {
			checkSeries(&l, &warn, file, d, s)
		}
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
	return Catalogue{Targets: targets, Indicators: out, Warnings: warn.Problems()}, l.Err()
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
	if d.Comparator == Range {
		return withUnit(format(d.Min) + " - " + format(d.Max))
	}
	if !d.Comparator.HasTarget() {
		return ""
	}
	return comparatorWords[d.Comparator] + withUnit(format(d.Value))
}

// TargetValue is the target's figures with the unit, without the
// comparator's words: "95%", "35 - 40%"; "" without a numeric target. A
// page in another language words the comparator itself (see Comparator.Key).
func (d Definition) TargetValue(format func(float64) string) string {
	c := d.Comparator
	if c.HasTarget() && c != Range {
		d.Comparator = Equal // no words
	}
	return d.TargetText(format)
}

// String names the indicator for logs.
func (d Definition) String() string { return fmt.Sprintf("%s %s", d.Code, d.Name) }
