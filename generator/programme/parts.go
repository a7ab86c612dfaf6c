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
//     parted from the first value by a comma. (In a list of goals, such
//     clauses beside values are prose instead; see listkind.go.)
//  6. A condition is no target: a clause that opens on whom it concerns
//     ("Đối với …", "Trường hợp …") and allows ("có thể", "được phép")
//     rather than sets: "Đối với một số ngành … có tỷ lệ nữ … thấp dưới 30%
//     có thể điều chỉnh mục tiêu". "Đối với Hà Nội …, 100% phương tiện …"
//     sets one and is read as any clause.

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
	// ClauseEnd is where, in the target's text, the clause the part was
	// read from ends: a denominator after the part's own words ("19 bác
	// sĩ, 4 dược sĩ, … trên 10.000 dân") stands before it.
	ClauseEnd int
}

var milestoneVerbs = []string{"hoan thanh", "bao dam", "dam bao", "xay dung", "xoa", "co ban", "duy tri", "pho cap", "giu vung", "cham dut", "thuc hien"}

// splitParts finds the measurable parts of one target's text. A sentence
// with no value in a target that has values is its context ("Nâng cao thể
// lực … của Nhân dân. Đến năm 2030, tăng chiều cao …"), not a milestone; a
// clause with no value beside others (parted by ";") is one.
func splitParts(target int, text string) []Part {
	var parts []Part
	var sentences []int
	quantitative := false
	for _, c := range clauses(text) {
		if isCondition(text[c.start:c.end]) {
			continue
		}
		cp := clauseParts(text, c.start, c.end)
		for _, p := range cp {
			if p.Kind == Quantitative {
				quantitative = true
			}
			if c.sentence && len(cp) == 1 && p.Kind == Milestone {
				sentences = append(sentences, len(parts))
			}
			parts = append(parts, p)
		}
	}
	if quantitative && len(sentences) > 0 {
		kept := parts[:0]
		for i, p := range parts {
			if len(sentences) > 0 && sentences[0] == i {
				sentences = sentences[1:]
				continue
			}
			kept = append(kept, p)
		}
		parts = kept
	}
	for i := range parts {
		parts[i].Code = strconv.Itoa(target) + "." + strconv.Itoa(i+1)
	}
	return parts
}

// clause is one clause of a target's text, at [start, end); sentence is
// whether it is a whole sentence.
type clause struct {
	start, end int
	sentence   bool
}

// clauses returns each clause, trimmed: the text parted at ";" and at the
// end of each sentence.
func clauses(text string) []clause {
	var out []clause
	start, opened := 0, true
	for i := 0; i <= len(text); i++ {
		end := i == len(text) || sentenceEnd(text, i)
		if i < len(text) && text[i] != ';' && !end {
			continue
		}
		s, e := trim(text, start, i)
		if e > s {
			out = append(out, clause{s, e, opened && end})
		}
		start, opened = i+1, end
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
	nums := scanNumbers(clause)
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
		return []Part{{Text: clause, Kind: Milestone, Start: cs, End: ce, ClauseEnd: ce}}
	}
	var parts []Part
	begin := 0
	// A lead-in milestone: "Hoàn thành phổ cập …, tỷ lệ … đạt 99,5%".
	if comma := strings.LastIndex(clause[:targets[0].from], ", "); comma > 0 && startsWithVerb(clause) {
		s, e := trim(text, cs, cs+comma)
		parts = append(parts, Part{Text: text[s:e], Kind: Milestone, Start: s, End: e, ClauseEnd: ce})
		begin = comma + 2
	}
	for i, n := range targets {
		end := len(clause)
		if i+1 < len(targets) {
			end = boundary(clause, n.end, targets[i+1].from)
		}
		s, e := trim(text, cs+begin, cs+end)
		p := Part{Text: text[s:e], Kind: Quantitative, Comparator: n.comparator, Unit: n.unit, Per: per, Start: s, End: e, ClauseEnd: ce, Direction: "higher"}
		if n.per > 0 {
			v := n.per
			p.Per = &v
		}
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

// conditionHeads open a clause on whom it concerns; permissions make such
// a clause a condition (folded; see step 6).
var (
	conditionHeads = []string{"doi voi ", "truong hop "}
	permissions    = []string{" co the ", " duoc phep "}
)

// isCondition reports whether a clause qualifies the targets rather than
// setting one.
func isCondition(clause string) bool {
	if !hasPrefix(foldHead(clause), conditionHeads) {
		return false
	}
	f := " " + vi.Fold(clause) + " "
	for _, w := range permissions {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
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

// sentenceEnd reports whether text[i] is a full stop that ends a sentence:
// a space and a capital follow it.
func sentenceEnd(text string, i int) bool {
	return text[i] == '.' && i+2 < len(text) && text[i+1] == ' ' && startsUpper(text[i+2:])
}

// QuoteParts reads the measurable parts of a quote from the programme, as
// the reader reads a target, so definitions can be held to their quote.
func QuoteParts(quote string) []Part {
	return splitParts(0, vi.Normalize(quote))
}
