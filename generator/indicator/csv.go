package indicator

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/vi"
)

// The CSV format of data/<code>.csv, as staff save it from Excel:
//
//	year,value,source,note,status
//	2023,92.0,"Niên giám thống kê 2023",,
//	2024,,,"chưa công bố",          ← a blank value is a known gap, not zero
//	2025,93.0,minh họa,,sơ bộ       ← "minh họa" as source marks an illustrative figure
//
// Every figure names its source or is marked illustrative: a row with a
// value and an empty source is an error at its line, so a figure cannot pass
// for an official one by omission. The mark is read loosely, since it
// decides what citizens are told: "Minh hoạ", "minh họa.", "MINH HỌA" and
// "số liệu minh họa" all mark the figure (see IsIllustrative).
//
// One header row, then one row per year (and per disaggregation: any column
// other than those below, such as area or sex, splits the series). Headers
// may be in Vietnamese: năm, giá trị, nguồn, ghi chú, trạng thái, ngày cập
// nhật (the optional date each row was last changed: see date.go). The file
// may start with a BOM and use CRLF; the delimiter may be a comma or, as
// Vietnamese Excel writes, a semicolon (or a tab, in Excel's "Unicode
// Text"), in which case the decimal mark may be a comma ("98,5"). A value that reads two ways ("6.400": six thousand
// four hundred, or six point four?) is an error that says how to write it.

// Illustrative is the source that marks an invented, demonstration figure.
const Illustrative = "minh họa"

// IsIllustrative reports whether source marks its figure as illustrative:
// whether it holds the words "minh họa" in any case, with the tone on either
// vowel ("minh hoạ"), with or without diacritics, and among any other words
// or punctuation ("số liệu minh họa", "(minh họa)."). This is the one rule;
// everything that asks whether a figure is illustrative asks it.
func IsIllustrative(source string) bool {
	return strings.Contains("-"+vi.Slug(source)+"-", "-minh-hoa-")
}

// MaxRows is how many rows one indicator's CSV may hold. An indicator by
// commune (about a hundred), sex and year for twenty years is a few
// thousand rows; a file of more has most likely been exported whole from a
// larger sheet, and every row becomes a line of two pages' tables, so past
// this the file is refused at the row and the build's memory stays bounded.
const MaxRows = 50000

// Statuses of a figure besides final.
const (
	StatusPreliminary = "sơ bộ"
	StatusEstimate    = "ước tính"
)

// Series is the observations of one indicator.
type Series struct {
	// Dims names the disaggregation columns in file order, e.g. ["area"].
	Dims []string
	Obs  []Observation
}

// Observation is one row of an indicator's CSV.
type Observation struct {
	Year     int
	Value    float64
	HasValue bool     // false for a known gap
	Dims     []string // values of Series.Dims; all "" for the total
	Source   string
	// SourceURL is where the figure can be checked, for sourced figures.
	SourceURL string
	Note      string
	Status    string
	// Updated is when the figure was last changed, from the optional date
	// column (see date.go); zero when the row gives none.
	Updated time.Time
	// Line is the row's line in the file, ValueCol its value's column,
	// UpdatedCol its date's.
	Line, ValueCol, UpdatedCol int
}

// Illustrative reports whether the figure is invented for demonstration.
func (o Observation) Illustrative() bool { return IsIllustrative(o.Source) }

// IsTotal reports whether the row is the whole population, not a breakdown.
func (o Observation) IsTotal() bool {
	for _, d := range o.Dims {
		if d != "" {
			return false
		}
	}
	return true
}

// Totals returns the rows of the whole population that have a value, by year.
func (s Series) Totals() []Observation {
	var out []Observation
	for _, o := range s.Obs {
		if o.IsTotal() && o.HasValue {
			out = append(out, o)
		}
	}
	return out
}

var headerAliases = map[string]string{
	"year": "year", "nam": "year",
	"value": "value", "gia tri": "value", "so lieu": "value",
	"source": "source", "nguon": "source",
	"source_url": "source_url", "duong dan nguon": "source_url", "lien ket nguon": "source_url",
	"note": "note", "ghi chu": "note",
	"status": "status", "trang thai": "status",
	"updated": "updated", "last_updated": "updated", "ngay cap nhat": "updated", "cap nhat": "updated",
	"area": "area", "dia ban": "area", "khu vuc": "area",
	"sex": "sex", "gioi tinh": "sex",
	"urban_rural": "urban_rural", "thanh thi nong thon": "urban_rural",
}

var (
	reGrouped = regexp.MustCompile(`^-?\d{1,3}([.,]\d{3})+$`)
	reNumber  = regexp.MustCompile(`^-?\d+([.,]\d+)?$`)
	// reGroupedComma is "1.234,5": dots group thousands, the comma is decimal.
	reGroupedComma = regexp.MustCompile(`^-?\d{1,3}(\.\d{3})+,\d+$`)
)

// ParseCSV reads one indicator's observations. It reports every bad cell.
func ParseCSV(file string, src []byte) (Series, error) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	sh := newSheet(file, src)
	s, ok := sh.readHeader()
	if !ok {
		return s, sh.l.Err()
	}
	unsourced := false // a value was read, and the file has no source column
	for rows := 0; ; {
		rec, err := sh.r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				sh.l.Add(file, pe.Line, sh.cc.col(pe.Line, pe.Column), "%s", quoteProblem(pe.Err))
				continue
			}
			sh.l.Add(file, 0, 0, "không đọc được tệp: %v", err)
			break
		}
		if isBlank(rec) {
			continue
		}
		if rows++; rows > MaxRows {
			line, _ := sh.r.FieldPos(0)
			sh.l.Add(file, line, 1, "tệp có hơn %s dòng số liệu, quá giới hạn cho một chỉ số; hãy kiểm tra xem có xuất nhầm cả bảng tính không, hoặc chỉ giữ các dòng của chỉ số này", vi.Number(MaxRows, 0))
			break
		}
		if o, ok := sh.row(rec); ok {
			unsourced = unsourced || o.HasValue
			s.Obs = append(s.Obs, o)
		}
	}
	if _, ok := sh.cols["source"]; !ok && unsourced {
		sh.l.Add(file, 1, 1, "thiếu cột source (nguồn): mỗi số liệu phải ghi nguồn, hoặc ghi “minh họa” nếu là số liệu minh họa; hãy thêm cột source vào dòng đầu")
	}
	sort.SliceStable(s.Obs, func(i, j int) bool { return s.Obs[i].Year < s.Obs[j].Year })
	return s, sh.l.Err()
}

// sheet is one CSV being read: its reader, what its header says, the
// groups seen so far and the problems found.
type sheet struct {
	file    string
	r       *csv.Reader
	cc      chars
	header  []string
	cols    map[string]int // column of each known key and dimension
	dimCols []int
	decimal bool // a comma may be the decimal mark
	seen    map[string]int
	l       diag.List
}

func newSheet(file string, src []byte) *sheet {
	firstLine, _, _ := bytes.Cut(src, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(src))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	r.Comma = delimiter(firstLine)
	return &sheet{file: file, r: r, cc: newChars(src), cols: map[string]int{}, decimal: r.Comma != ',', seen: map[string]int{}}
}

// readHeader reads the column names; ok is false when rows cannot be read.
func (sh *sheet) readHeader() (s Series, ok bool) {
	header, err := sh.r.Read()
	if err != nil {
		sh.l.Add(sh.file, 1, 1, "tệp trống hoặc không đọc được dòng tiêu đề; dòng đầu phải là year,value,source")
		return s, false
	}
	sh.header = header
	col := func(i int) int { _, c := sh.r.FieldPos(i); return sh.cc.col(1, c) }
	for i, h := range header {
		key, ok := headerAliases[vi.Fold(vi.Normalize(h))]
		if !ok {
			key = vi.Slug(h)
		}
		if key == "" {
			sh.l.Add(sh.file, 1, col(i), "cột %d không có tên; hãy đặt tên cột hoặc xoá cột", i+1)
			continue
		}
		if _, dup := sh.cols[key]; dup {
			sh.l.Add(sh.file, 1, col(i), "cột %q xuất hiện hai lần", h)
			continue
		}
		sh.cols[key] = i
		switch key {
		case "year", "value", "source", "source_url", "note", "status", "updated":
		default:
			s.Dims = append(s.Dims, key)
			sh.dimCols = append(sh.dimCols, i)
		}
	}
	for _, need := range []string{"year", "value"} {
		if _, ok := sh.cols[need]; !ok {
			sh.l.Add(sh.file, 1, 1, "thiếu cột %q (hoặc %q); dòng đầu phải là year,value,…", need, map[string]string{"year": "năm", "value": "giá trị"}[need])
		}
	}
	return s, sh.l.Len() == 0
}

// row reads one record; ok is false when it is refused.
func (sh *sheet) row(rec []string) (o Observation, ok bool) {
	line, _ := sh.r.FieldPos(0)
	cell := func(key string) (string, int) {
		i, ok := sh.cols[key]
		if !ok || i >= len(rec) {
			return "", 0
		}
		_, col := sh.r.FieldPos(i)
		return strings.TrimSpace(rec[i]), sh.cc.col(line, col)
	}
	bad := func(col int, format string, args ...any) { sh.l.Add(sh.file, line, col, format, args...) }
	if other := otherDelimiter(sh.r.Comma); len(rec) < len(sh.header) && strings.ContainsRune(strings.Join(rec, ""), other) {
		// A row pasted from a file saved the other way.
		bad(1, "dòng này ngăn cột bằng %q nhưng dòng tiêu đề dùng %q; hãy dùng cùng một dấu cho cả tệp (lưu lại tệp từ Excel là được)", other, sh.r.Comma)
		return o, false
	}
	for i := len(sh.header); i < len(rec); i++ {
		// Excel may leave empty cells past the last column; a filled one
		// means a value with no column, often a row shifted by a cell.
		if strings.TrimSpace(rec[i]) != "" {
			_, col := sh.r.FieldPos(i)
			bad(sh.cc.col(line, col), "ô %q ở cột thứ %d nằm ngoài bảng: dòng tiêu đề chỉ có %d cột; hãy thêm tên cột vào dòng đầu, hoặc xoá ô này (các ô của dòng có thể đã bị lệch cột)", strings.TrimSpace(rec[i]), i+1, len(sh.header))
			return o, false
		}
	}
	o.Line = line
	ytext, ycol := cell("year")
	y, err := strconv.Atoi(ytext)
	switch {
	case err != nil:
		bad(ycol, "năm %q không phải là số; hãy ghi năm bằng bốn chữ số, ví dụ 2025", ytext)
		return o, false
	case y < 1990 || y > 2100:
		bad(ycol, "năm %d nằm ngoài khoảng 1990–2100; hãy kiểm tra lại", y)
		return o, false
	}
	o.Year = y
	for _, i := range sh.dimCols {
		v := ""
		if i < len(rec) {
			v = vi.Normalize(rec[i])
		}
		o.Dims = append(o.Dims, v)
	}
	key := strconv.Itoa(y) + "\x00" + strings.Join(o.Dims, "\x00")
	if prev, dup := sh.seen[key]; dup {
		bad(ycol, "năm %d đã có ở dòng %d cho cùng nhóm; hãy xoá một trong hai dòng", y, prev)
		return o, false
	}
	sh.seen[key] = line
	if vtext, vcol := cell("value"); vtext != "" {
		v, msg := parseValue(vtext, sh.decimal)
		if msg != "" {
			bad(vcol, "%s", msg)
			return o, false
		}
		o.Value, o.HasValue, o.ValueCol = v, true, vcol
	}
	sh.describe(&o, cell, bad)
	return o, true
}

// describe reads where a figure comes from and what it is: its source (a
// figure needs one, or the illustrative mark), link, note and status.
func (sh *sheet) describe(o *Observation, cell func(string) (string, int), bad func(int, string, ...any)) {
	source, scol := cell("source")
	if _, ok := sh.cols["source"]; ok && o.HasValue && vi.Slug(source) == "" {
		bad(max(scol, 1), "số liệu năm %d không ghi nguồn; hãy ghi nguồn vào cột source (ví dụ “Niên giám thống kê 2024”), hoặc ghi “minh họa” nếu đây là số liệu minh họa", o.Year)
	}
	url, ucol := cell("source_url")
	if url != "" && !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
		bad(ucol, "đường dẫn nguồn %q phải bắt đầu bằng https:// hoặc http://", url)
	}
	note, _ := cell("note")
	status, stcol := cell("status")
	o.Source, o.SourceURL, o.Note, o.Status = vi.Normalize(source), url, vi.Normalize(note), vi.Normalize(status)
	if st := o.Status; st != "" && st != StatusPreliminary && st != StatusEstimate {
		bad(stcol, "trạng thái %q không hợp lệ; hãy để trống (số chính thức), hoặc ghi %q hay %q", st, StatusPreliminary, StatusEstimate)
	}
	if date, dcol := cell("updated"); date != "" {
		t, msg := ParseDate(date)
		if msg != "" {
			bad(dcol, "%s", msg)
		}
		o.Updated, o.UpdatedCol = t, dcol
	}
}

// parseValue reads a number written by staff. With a semicolon delimiter a
// comma is the decimal mark and a dot groups thousands; with a comma
// delimiter the dot is the decimal mark. A dot followed by exactly three
// digits is refused where the dot is the decimal mark, because Vietnamese
// staff write 6.400 for six thousand four hundred.
func parseValue(s string, decimalComma bool) (float64, string) {
	t := strings.ReplaceAll(s, " ", "")
	t = strings.TrimSuffix(t, "%")
	if decimalComma && reGroupedComma.MatchString(t) {
		t = strings.Replace(strings.ReplaceAll(t, ".", ""), ",", ".", 1)
	}
	if !reNumber.MatchString(t) && !reGrouped.MatchString(t) {
		return 0, "giá trị \"" + s + "\" không phải là số; hãy chỉ ghi số (ví dụ 98,5 hoặc 6400) và đưa chữ sang cột ghi chú"
	}
	switch {
	case decimalComma && reGrouped.MatchString(t) && strings.Contains(t, "."):
		t = strings.ReplaceAll(t, ".", "")
	case decimalComma:
		t = strings.Replace(t, ",", ".", 1)
	case reGrouped.MatchString(t):
		return 0, "giá trị \"" + s + "\" đọc được hai cách (hàng nghìn hay số thập phân?); hãy ghi không có dấu phân cách hàng nghìn, ví dụ 6400, hoặc ghi số thập phân với một hay hai chữ số sau dấu chấm, ví dụ 6.4"
	case strings.Contains(t, ","):
		return 0, "giá trị \"" + s + "\" dùng dấu phẩy trong tệp phân cách bằng dấu phẩy; hãy ghi dấu chấm thập phân (98.5) hoặc lưu tệp với dấu chấm phẩy"
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, "giá trị \"" + s + "\" không phải là số"
	}
	return v, ""
}

// chars turns encoding/csv's columns, counted in bytes, into the columns
// in characters that editors show: "Xã Phú Mỹ,12" has its 12 at column 11,
// not 14.
type chars struct {
	src    []byte
	starts []int // byte offset of each line
}

func newChars(src []byte) chars {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return chars{src, starts}
}

func (c chars) col(line, byteCol int) int {
	if line < 1 || line > len(c.starts) || byteCol < 1 {
		return byteCol
	}
	start := c.starts[line-1]
	return utf8.RuneCount(c.src[start:min(start+byteCol-1, len(c.src))]) + 1
}

// quoteProblem words encoding/csv's complaints about quotes.
func quoteProblem(err error) string {
	switch {
	case errors.Is(err, csv.ErrBareQuote):
		return "ô này có dấu ngoặc kép \" ở giữa; hãy bao cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong hai lần, ví dụ \"Báo cáo \"\"số 5\"\"\""
	case errors.Is(err, csv.ErrQuote):
		return "ô mở bằng dấu ngoặc kép \" nhưng không đóng đúng chỗ; hãy thêm dấu ngoặc kép đóng ngay trước dấu phân cách cột"
	}
	return "dòng không đọc được (" + err.Error() + "); hãy kiểm tra dấu ngoặc kép"
}

// delimiter is the character that separates the header's cells: a comma,
// or the semicolon or tab that Excel writes where the comma is the decimal
// mark (a Vietnamese "CSV", or "Unicode Text").
func delimiter(header []byte) rune {
	d, most := ',', bytes.Count(header, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if n := bytes.Count(header, []byte(string(c))); n > most {
			d, most = c, n
		}
	}
	return d
}

func otherDelimiter(d rune) rune {
	if d == ',' {
		return ';'
	}
	return ','
}

func isBlank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
