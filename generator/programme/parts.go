package programme

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/vi"
)

// How a target splits into measurable parts (chỉ số):
//
//  1. Its text splits into clauses at ";".
//  2. In a clause, every number is classed by the words around it:
//     a group ("dưới 5 tuổi", "dưới 36 tháng tuổi", "từ 3 đến 5 tuổi"), a
//     level ("mức độ 2"), a denominator ("trên 10.000 dân") or, otherwise,
//     a target value. "35 - 40%" is one value, a range.
//  3. Each target value makes one quantitative part. Its comparator is the
//     nearest of the words before it: "dưới" <, "trên" >, "tối thiểu" or
//     "ít nhất" >=, "tối đa" or "không quá" <=, "khoảng" ~; "đạt" and no
//     word at all mean >=. Its unit is "%" or the unit words after it
//     ("giường bệnh viện", "căn hộ", "m2 sàn/người"); a denominator in the
//     clause applies to every value of the clause.
//  4. Two values of one clause are parted at the last "," or "và" between
//     them, so "Phấn đấu 60% … bảo hiểm xã hội và 45% … bảo hiểm thất
//     nghiệp" is two parts, and "35 giường bệnh viện, 19 bác sĩ, 4 dược sĩ,
//     33 điều dưỡng viên trên 10.000 dân" is four, each per 10,000 people.
//  5. A clause with no target value is a milestone; so is a lead-in that
//     starts with a verb of completion ("Hoàn thành", "Bảo đảm", …) and is
//     parted from the first value by a comma.

// MarshalJSON writes the part as design §8 has it, with null for what a
// milestone lacks.
func (p Part) MarshalJSON() ([]byte, error) {
	var cmp *string
	if p.Comparator != "" {
		cmp = &p.Comparator
	}
	var year *int
	if p.Year != 0 {
		year = &p.Year
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(struct {
		Code       string   `json:"code"`
		Text       string   `json:"text"`
		Kind       string   `json:"kind"`
		Comparator *string  `json:"comparator"`
		Value      *float64 `json:"value"`
		Min        *float64 `json:"min"`
		Max        *float64 `json:"max"`
		Unit       string   `json:"unit"`
		Per        *float64 `json:"per"`
		Year       *int     `json:"year"`
		Line       int      `json:"line"`
	}{p.Code, p.Text, p.Kind, cmp, p.Value, p.Min, p.Max, p.Unit, p.Per, year, p.Line})
	return bytes.TrimSpace(buf.Bytes()), err
}

// Kinds of part.
const (
	Quantitative = "quantitative"
	Milestone    = "milestone"
)

// Part is one measurable part of a target.
type Part struct {
	Code       string
	Text       string
	Kind       string
	Comparator string
	Value      *float64
	Min        *float64
	Max        *float64
	Unit       string
	Per        *float64
	// Direction is "lower" where a smaller value is better ("dưới 3%"),
	// else "higher".
	Direction string `json:"-"`
	// Value is where, in Text, the words of the value stand ("dưới 3%"),
	// as [start, end) byte offsets; both zero for a milestone.
	ValueAt [2]int
	// Year is the year the value is to be reached, 0 if the text names none.
	Year int
	// Line is the file line the part starts on.
	Line int
	// Start and End are the byte offsets of Text in the target's text.
	Start, End int
}

var (
	reNum       = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	reRangeTail = regexp.MustCompile(`^\s*[-–]\s*(\d+(?:[.,]\d+)*)`)
	// reFromToTail is the rest of "từ 35% đến 40%", a range in words.
	reFromToTail = regexp.MustCompile(`^\s*(%?)\s*đến\s+(\d+(?:[.,]\d+)*)\s*%`)
	reGroupTail  = regexp.MustCompile(`^\s*(?:tháng\s+)?tuổi`)
	reFromTo     = regexp.MustCompile(`^\s*đến\s+\d+(?:[.,]\d+)*\s*(?:tháng\s+)?tuổi`)
	rePerTail    = regexp.MustCompile(`^\s*(?:người\s+dân|dân|người)\b`)
	rePercent    = regexp.MustCompile(`^\s*%`)
)

var milestoneVerbs = []string{"hoan thanh", "bao dam", "dam bao", "xay dung", "xoa", "co ban", "duy tri", "pho cap", "giu vung", "cham dut", "thuc hien"}

// units are the unit words the parser knows, longest first where one
// begins another. A value followed by none of them takes the next word.
var units = []string{
	"giường bệnh viện", "giường bệnh", "điều dưỡng viên", "điều dưỡng", "bác sĩ", "dược sĩ", "nữ hộ sinh",
	"m2 sàn/người", "m² sàn/người", "m2 sàn", "m2", "m²",
	"căn hộ", "căn nhà", "căn", "ngôi nhà", "tuổi", "năm", "tháng", "người", "hộ", "xã", "trường", "lao động",
	"tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "km", "ha", "cơ sở", "trạm",
}

type number struct {
	start, end int // of the value (both numbers of a range)
	from       int // start of the words that qualify it
	value      float64
	max        float64
	isRange    bool
	role       string // target, group, level, per
	comparator string
	unit       string
	unitLen    int // bytes from the end of the number to the end of the unit
}

// splitParts finds the measurable parts of one target's text.
func splitParts(target int, text string) []Part {
	var parts []Part
	for _, c := range clauses(text) {
		parts = append(parts, clauseParts(text, c[0], c[1])...)
	}
	for i := range parts {
		parts[i].Code = strconv.Itoa(target) + "." + strconv.Itoa(i+1)
	}
	return parts
}

// clauses returns the [start, end) of each clause, trimmed.
func clauses(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != ';' {
			continue
		}
		s, e := trim(text, start, i)
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = i + 1
	}
	return out
}

// trim narrows [s, e) past spaces, separators and a closing full stop.
func trim(text string, s, e int) (int, int) {
	for s < e && strings.ContainsRune(" ,;.", rune(text[s])) {
		s++
	}
	if strings.HasPrefix(text[s:e], "và ") {
		s += len("và ")
	}
	for e > s && strings.ContainsRune(" ,;.", rune(text[e-1])) {
		e--
	}
	return s, e
}

func clauseParts(text string, cs, ce int) []Part {
	clause := text[cs:ce]
	var nums []number
	for _, loc := range reNum.FindAllStringIndex(clause, -1) {
		if len(nums) > 0 && loc[0] < nums[len(nums)-1].end {
			continue // the second number of a range
		}
		if loc[0] > 0 && isLetter(clause[:loc[0]]) {
			continue // part of a word: "m2", "CO2"
		}
		n := classify(clause, loc[0], loc[1])
		nums = append(nums, n)
	}
	var targets []number
	var per *float64
	for _, n := range nums {
		switch n.role {
		case "target":
			targets = append(targets, n)
		case "per":
			v := n.value
			per = &v
		}
	}
	if len(targets) == 0 {
		return []Part{{Text: clause, Kind: Milestone, Start: cs, End: ce}}
	}
	var parts []Part
	begin := 0
	// A lead-in milestone: "Hoàn thành phổ cập …, tỷ lệ … đạt 99,5%".
	if comma := strings.LastIndex(clause[:targets[0].from], ", "); comma > 0 && startsWithVerb(clause) {
		s, e := trim(text, cs, cs+comma)
		parts = append(parts, Part{Text: text[s:e], Kind: Milestone, Start: s, End: e})
		begin = comma + 2
	}
	for i, n := range targets {
		end := len(clause)
		if i+1 < len(targets) {
			end = boundary(clause, n.end, targets[i+1].from)
		}
		s, e := trim(text, cs+begin, cs+end)
		p := Part{Text: text[s:e], Kind: Quantitative, Comparator: n.comparator, Unit: n.unit, Per: per, Start: s, End: e, Direction: "higher"}
		p.ValueAt = [2]int{cs + n.from - s, cs + n.end + n.unitLen - s}
		if n.isRange {
			lo, hi := n.value, n.max
			p.Min, p.Max, p.Comparator = &lo, &hi, "range"
		} else {
			v := n.value
			p.Value = &v
		}
		p.Year = partYear(p.Text, p.ValueAt[0])
		if p.Comparator == "<" || p.Comparator == "<=" {
			p.Direction = "lower"
		}
		parts = append(parts, p)
		begin = end
	}
	return parts
}

// boundary is where the part of one value ends and the next begins: the
// last comma between them ("75% người dân ở vùng sâu, vùng xa, 80% các
// xã"), else the last "và" ("60% … và 45% …"), else where the next one's
// words start. A comma wins over "và", which also joins nouns ("cấp trung
// học phổ thông và tương đương").
func boundary(clause string, after, before int) int {
	gap := clause[after:before]
	i := strings.LastIndex(gap, ", ")
	if i < 0 {
		i = strings.LastIndex(gap, " và ")
	}
	if i < 0 {
		return before
	}
	return after + i
}

func startsWithVerb(clause string) bool {
	f := vi.Fold(clause)
	for _, v := range milestoneVerbs {
		if strings.HasPrefix(f, v+" ") {
			return true
		}
	}
	return false
}

// classify reads the number at clause[s:e] and the words around it.
func classify(clause string, s, e int) number {
	n := number{start: s, end: e, from: s, role: "target", value: parseNumber(clause[s:e])}
	tail := clause[e:]
	before := precedingWords(clause[:s], 3)
	last := ""
	if len(before) > 0 {
		last = before[len(before)-1]
	}
	if m := reRangeTail.FindStringSubmatchIndex(tail); m != nil {
		n.isRange, n.max = true, parseNumber(tail[m[2]:m[3]])
		n.end = e + m[1]
		tail = clause[n.end:]
	} else if m := reFromToTail.FindStringSubmatchIndex(tail); m != nil && last == "từ" {
		n.isRange, n.max = true, parseNumber(tail[m[4]:m[5]])
		n.end = e + m[5]
		n.unit, n.unitLen = "%", m[1]-m[5]
		n.from = strings.LastIndex(clause[:s], "từ")
		return n
	}
	switch {
	case (last == "dưới" || last == "trên" || last == "từ" || last == "đến") && reGroupTail.MatchString(tail),
		last == "từ" && reFromTo.MatchString(tail):
		n.role = "group" // "dưới 5 tuổi", "từ 3 đến 5 tuổi": who, not how many
	case len(before) >= 2 && vi.Fold(before[len(before)-2]+" "+last) == "muc do", vi.Fold(last) == "muc", vi.Fold(last) == "hang":
		n.role = "level" // "mức độ 2"
	case last == "trên" && !rePercent.MatchString(tail) && rePerTail.MatchString(tail):
		n.role = "per" // "trên 10.000 dân" is per, not above
	}
	if n.role != "target" {
		return n
	}
	n.comparator, n.from = comparator(clause[:s], before, s)
	if m := rePercent.FindStringIndex(tail); m != nil {
		n.unit, n.unitLen = "%", m[1]
	} else {
		n.unit = unitAfter(tail)
		if i := strings.Index(tail, n.unit); n.unit != "" && i >= 0 {
			n.unitLen = i + len(n.unit)
		}
	}
	return n
}

// comparator reads the qualifying words before a value, nearest first, and
// returns where they begin.
func comparator(head string, before []string, s int) (string, int) {
	from := s
	for i := len(before) - 1; i >= 0; i-- {
		w := vi.Fold(before[i])
		pair := ""
		if i > 0 {
			pair = vi.Fold(before[i-1]) + " " + w
		}
		cmp := ""
		switch {
		case pair == "toi thieu" || pair == "it nhat":
			cmp = ">="
		case pair == "toi da" || pair == "khong qua":
			cmp = "<="
		case w == "duoi":
			cmp = "<"
		case w == "tren":
			cmp = ">"
		case w == "khoang":
			cmp = "~"
		case w == "dat" || w == "la":
			continue
		}
		if cmp != "" {
			word := before[i]
			if strings.Contains(pair, " ") && (cmp == ">=" || cmp == "<=") {
				word = before[i-1]
			}
			if j := strings.LastIndex(head, word); j >= 0 {
				from = j
			}
			return cmp, from
		}
		break
	}
	return ">=", from
}

// precedingWords returns up to n words before the end of head, stopping at
// a comma.
func precedingWords(head string, n int) []string {
	if i := strings.LastIndexAny(head, ",;:"); i >= 0 {
		head = head[i+1:]
	}
	f := strings.Fields(head)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return f
}

func unitAfter(tail string) string {
	t := strings.TrimSpace(tail)
	for _, u := range units {
		if strings.HasPrefix(t, u) && (len(t) == len(u) || strings.ContainsRune(" ,;.", rune(t[len(u)]))) {
			return u
		}
	}
	if f := strings.Fields(t); len(f) > 0 {
		return strings.TrimRight(f[0], ",;.")
	}
	return ""
}

var reThousands = regexp.MustCompile(`^\d{1,3}(\.\d{3})+(,\d+)?$`)

// isLetter reports whether head ends in a letter.
func isLetter(head string) bool {
	r, _ := utf8.DecodeLastRuneInString(head)
	return unicode.IsLetter(r)
}

// parseNumber reads a Vietnamese number: "6.400" is 6400, "98,5" is 98.5;
// a dot not followed by three digits is taken as a decimal point.
func parseNumber(s string) float64 {
	if reThousands.MatchString(s) {
		s = strings.ReplaceAll(s, ".", "")
	}
	s = strings.Replace(s, ",", ".", 1)
	v, _ := strconv.ParseFloat(s, 64)
	return v
}
