package programme

import (
	"regexp"
	"strings"

	"github.com/minhbach/minhbach/generator/vi"
)

// Which numbers of a clause are target values, read from the words around
// each (see also parts.go):
//
//	not values   years and periods ("đến năm 2030", "giai đoạn 2026 - 2030"),
//	             dates ("ngày 22 tháng 7 năm 2022", "27/11/2024"), cited
//	             documents ("163/2024/QH15", "số 35"), labels ("Chỉ tiêu 2:",
//	             "Điều 3"), levels and qualifiers ("cấp độ 3", "nhóm 200 đại
//	             học", "01 Gb/s", "5G"), age groups ("dưới 5 tuổi", "từ 15
//	             tuổi trở lên"), a starting point ("giảm từ 23 … xuống 18"),
//	             what a unit of a share must have to count ("100% xã,
//	             phường, thị trấn mỗi quý có ít nhất 04 tin, bài")
//	in words     after a quantifier, "một" to "mười" and "một nửa" (50%):
//	             "có ít nhất một cơ sở y tế" is >= 1
//	denominators "trên 10.000 dân", "trên 1 vạn dân" (10 000), "/100.000 trẻ
//	             sinh ra còn sống", "ca sinh/1.000 phụ nữ"
//	ranges       "35 - 40%", "1%-1,5%", "từ 4 - 5 bác sĩ", "từ 35% đến 40%"
//	ranks        "thuộc nhóm 4 nước dẫn đầu": at most 4th
//	comparators  the nearest qualifying words before the value (or "trở lên",
//	             "trở xuống" after it): "dưới" <, "trên"/"hơn" >, "tối thiểu",
//	             "ít nhất", "không dưới" >=, "tối đa", "không quá", "còn",
//	             "xuống" <=, "khoảng", "ở mức" ~; none >=
//	units        "%", "%/năm", "% dân số", "điểm %", the unit words of the
//	             dictionary below ("triệu USD", "m2 sàn/người"), else the
//	             next word

var (
	reNum        = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	reRangeTail  = regexp.MustCompile(`^\s*(%?)\s*[-–]\s*(\d+(?:[.,]\d+)*)`)
	reFromToTail = regexp.MustCompile(`^\s*(%?)\s*đến\s+(\d+(?:[.,]\d+)*)\s*%`)
	reGroupTail  = regexp.MustCompile(`^\s*(?:tháng\s+)?tuổi`)
	reOlderTail  = regexp.MustCompile(`^\s*(?:tháng\s+)?tuổi\s+trở\s+(?:lên|xuống)`)
	reFromTo     = regexp.MustCompile(`^\s*đến\s+\d+(?:[.,]\d+)*\s*(?:tháng\s+)?tuổi`)
	rePerTail    = regexp.MustCompile(`^\s*(?:vạn\s+)?(?:người\s+dân|dân|người)\b`)
	rePercent    = regexp.MustCompile(`^\s*%(?:\s*/\s*năm|\s+dân\s+số|\s+GRDP|\s+GDP)?`)
	rePoints     = regexp.MustCompile(`^\s*điểm\s*%`)
	reSlashPer   = regexp.MustCompile(`^/\s*(\d+(?:\.\d{3})*)`)
	reCode       = regexp.MustCompile(`\d[\p{L}\p{N}.\-]*/[\p{L}\p{N}/.\-]*\p{L}[\p{L}\p{N}/.\-]*|\d{1,2}/\d{1,2}(?:/\d{4})?\b|\d{1,2}/\d{4}\b`)
	reRankTail   = regexp.MustCompile(`^\s*(?:\p{L}+\s+){0,3}dẫn\s+đầu`)
	reLaterValue = regexp.MustCompile(`(?:xuống|lên|còn)\s+(?:dưới\s+|trên\s+)?\d`)
	reGlued      = regexp.MustCompile(`^(cm|mm|km|kg|ha|m2|m3|m)\b`)
)

// notBefore are the words after which a number is a label, a date or a
// qualifier, not a value (folded, nearest word last).
var notBefore = []string{
	"nam hoc", "thang", "ngay", "quy", "dieu", "khoan", "diem", "so", "chi tieu", "muc tieu",
	"cap do", "muc do", "cap", "hang", "nhom", "tieu chi", "phu luc", "du an", "tieu du an",
	"lan thu", "khoa", "giai doan", "mau", "bieu", "phuong an", "muc tieu so", "top",
}

// units are the unit words the reader knows, longest first where one
// begins another. A value followed by none of them takes the next word.
var units = []string{
	"giường bệnh viện", "giường bệnh", "điều dưỡng viên", "điều dưỡng", "bác sĩ", "dược sĩ", "nữ hộ sinh",
	"m2 sàn/người", "m² sàn/người", "m2 sàn", "μg/m3", "m2", "m²", "m3",
	"nghìn tỷ đồng", "tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "tỷ USD", "triệu USD", "nghìn USD", "USD",
	"căn hộ", "căn nhà", "căn", "ngôi nhà", "tuổi", "năm", "tháng", "lần", "người", "hộ gia đình", "hộ", "xã", "trường", "lao động",
	"doanh nghiệp", "hợp tác xã", "công trình", "kịch bản", "bộ dữ liệu mở", "tập dữ liệu mở", "cơ sở y tế", "cơ sở", "trạm",
	"ca sinh", "trẻ sơ sinh trai", "sản phẩm", "học sinh", "sinh viên", "tấn", "km", "ha", "cm", "kg",
}

// unitAliases spell a unit the way data tables do.
var unitAliases = map[string]string{"đô la Mỹ": "USD"}

type number struct {
	start, end int // of the value (both numbers of a range)
	from       int // start of the words that qualify it
	value      float64
	max        float64
	isRange    bool
	role       string // target, skip, per
	comparator string
	unit       string
	unitLen    int // bytes from the end of the number to the end of the unit
	per        float64
}

// scanNumbers classes every number of a clause, in digits or in words.
func scanNumbers(clause string) []number {
	masked := maskCodes(clause)
	locs := reNum.FindAllStringIndex(masked, -1)
	words := numberWords(clause)
	var nums []number
	for len(locs) > 0 || len(words) > 0 {
		var loc []int
		word := len(locs) == 0 || len(words) > 0 && words[0].start < locs[0][0]
		if word {
			loc, words = []int{words[0].start, words[0].end}, words[1:]
		} else {
			loc, locs = locs[0], locs[1:]
		}
		if len(nums) > 0 && loc[0] < nums[len(nums)-1].end+nums[len(nums)-1].unitLen {
			continue // the second number of a range, or a denominator in a unit
		}
		if !word && loc[0] > 0 && isLetter(clause[:loc[0]]) {
			continue // part of a word: "m2", "CO2", "PM2.5"
		}
		n := classify(clause, loc[0], loc[1])
		if word {
			w := strings.ToLower(clause[loc[0]:loc[1]])
			n.value = wordValues[w]
			if w == "một nửa" {
				n.unit, n.unitLen = "%", 0 // "ít nhất một nửa số xã": at least 50% of them
			}
		}
		nums = append(nums, n)
	}
	return nums
}

// wordValues are the numbers written in words that a target may use after
// a quantifier: "có ít nhất một cơ sở y tế" is at least 1.
var wordValues = map[string]float64{"một nửa": 50, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// reWordNumber finds a number in words after a quantifier, followed by the
// word it counts. "năm 2025" is a year, "một số" means "some", not one,
// and "ít nhất một trong các dịch vụ" says which units a share counts.
var reWordNumber = regexp.MustCompile(`(?i)(?:ít nhất|tối thiểu|không dưới|tối đa|không quá)\s+(một nửa|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(\p{L}+)`)

// span is where some words stand in a text, [start, end).
type span struct{ start, end int }

// numberWords lists where numbers in words stand in clause.
func numberWords(clause string) []span {
	var out []span
	for _, m := range reWordNumber.FindAllStringSubmatchIndex(clause, -1) {
		next := strings.ToLower(clause[m[4]:m[5]])
		if next == "trong" || strings.EqualFold(clause[m[2]:m[3]], "một") && (next == "số" || next == "phần") {
			continue
		}
		out = append(out, span{m[2], m[3]})
	}
	return out
}

// maskCodes hides cited documents and dates ("163/2024/QH15", "27/11/2024")
// behind spaces of the same length, so their numbers are not read.
func maskCodes(clause string) string {
	return reCode.ReplaceAllStringFunc(clause, func(m string) string {
		if strings.Contains(m, "%/") {
			return m // "13%/năm" is a rate
		}
		return strings.Repeat(" ", len(m))
	})
}

// classify reads the number at clause[s:e] and the words around it.
func classify(clause string, s, e int) number {
	n := number{start: s, end: e, from: s, role: "target", value: parseNumber(clause[s:e])}
	tail := clause[e:]
	before := precedingWords(clause[:s], 4)
	last := ""
	if len(before) > 0 {
		last = before[len(before)-1]
	}
	if isNotValue(clause, s, e, before, tail) {
		n.role = "skip"
		return n
	}
	if m := reRangeTail.FindStringSubmatchIndex(tail); m != nil {
		n.isRange, n.max = true, parseNumber(tail[m[4]:m[5]])
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
		last == "từ" && reFromTo.MatchString(tail), reOlderTail.MatchString(tail):
		n.role = "skip" // "dưới 5 tuổi", "từ 3 đến 5 tuổi": who, not how many
		return n
	case last == "trên" && !rePercent.MatchString(tail) && rePerTail.MatchString(tail):
		n.role = "per" // "trên 10.000 dân" is per, not above
		if strings.HasPrefix(strings.TrimSpace(tail), "vạn") {
			n.value *= 10000
		}
		return n
	case last == "từ" && reLaterValue.MatchString(tail):
		n.role = "skip" // "giảm từ 23 ca sinh … xuống 18": where it starts
		return n
	}
	if countsShare(clause[:s]) {
		n.role = "skip" // "100% xã … mỗi quý có ít nhất 04 tin": what each must have to count
		return n
	}
	n.comparator, n.from = comparator(clause[:s], before, s)
	if rank := reRankTail.FindStringIndex(tail); rank != nil && vi.Fold(last) == "nhom" {
		n.comparator, n.unit = "<=", "hạng" // "thuộc nhóm 4 nước dẫn đầu"
		return n
	}
	n.unit, n.unitLen = unitAfter(tail)
	if m := reSlashPer.FindStringSubmatch(tail[n.unitLen:]); m != nil {
		n.per = parseNumber(m[1])
		n.unitLen += len(m[0])
	}
	if after := strings.TrimSpace(tail[n.unitLen:]); strings.HasPrefix(after, "trở lên") {
		n.comparator = ">="
	} else if strings.HasPrefix(after, "trở xuống") {
		n.comparator = "<="
	}
	return n
}

// isNotValue reports whether the number is a year, label, level or
// qualifier.
func isNotValue(clause string, s, e int, before []string, tail string) bool {
	lit := clause[s:e]
	if len(lit) == 4 && !strings.ContainsAny(lit, ".,") {
		if y := atoi(lit); y >= 1945 && y <= 2100 && !rePercent.MatchString(tail) {
			return true // a year
		}
	}
	if len(before) > 0 {
		last := vi.Fold(strings.Trim(before[len(before)-1], "(“\""))
		pair := last
		if len(before) > 1 {
			pair = vi.Fold(before[len(before)-2]) + " " + last
		}
		for _, w := range notBefore {
			if last == w || pair == w {
				return !(w == "nhom" && reRankTail.MatchString(tail))
			}
		}
	}
	if tail != "" && isLetterStart(tail) && !reGlued.MatchString(tail) {
		return true // "5G", "3D"
	}
	if strings.HasPrefix(strings.TrimSpace(tail), "Gb/s") || strings.HasPrefix(strings.TrimSpace(tail), "Mb/s") {
		return true // a speed that qualifies a thing
	}
	if s > 0 && clause[s-1] == '/' {
		return true // the denominator of "18 ca sinh/1.000 phụ nữ", read with its value
	}
	return s > 0 && clause[s-1] == '(' && strings.HasPrefix(tail, ")") // an item number "(1)"
}

func isLetterStart(s string) bool {
	for _, r := range s {
		return r != '%' && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && isLetter(string(r)))
	}
	return false
}

// comparator reads the qualifying words before a value, nearest first, and
// returns where they begin.
func comparator(head string, before []string, s int) (string, int) {
	for i := len(before) - 1; i >= 0; i-- {
		w := vi.Fold(before[i])
		pair := ""
		if i > 0 {
			pair = vi.Fold(before[i-1]) + " " + w
		}
		cmp, word := "", before[i]
		switch {
		case pair == "toi thieu" || pair == "it nhat" || pair == "khong duoi":
			cmp, word = ">=", before[i-1]
		case pair == "toi da" || pair == "khong qua":
			cmp, word = "<=", before[i-1]
		case pair == "o muc":
			cmp, word = "~", before[i-1]
		case w == "duoi":
			cmp = "<"
		case w == "tren" || w == "hon":
			cmp = ">"
		case w == "khoang" || w == "xap xi":
			cmp = "~"
		case w == "con" || w == "xuong":
			cmp = "<="
		case w == "dat" || w == "la" || w == "muc" || w == "tu" || w == "thieu" || w == "nhat" || w == "them" || w == "len" || w == "co" || w == "it" || w == "toi":
			continue
		}
		if cmp != "" {
			from := s
			if j := strings.LastIndex(head, word); j >= 0 {
				from = j
			}
			return cmp, from
		}
		break
	}
	return ">=", s
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

// unitAfter reads the unit after a value and how many bytes of tail it
// takes.
func unitAfter(tail string) (string, int) {
	if m := rePercent.FindString(tail); m != "" {
		return strings.Join(strings.Fields(strings.ReplaceAll(m, " /", "/")), " "), len(m)
	}
	if m := rePoints.FindString(tail); m != "" {
		return "điểm %", len(m)
	}
	t := strings.TrimLeft(tail, " ")
	skip := len(tail) - len(t)
	for alias, u := range unitAliases {
		if strings.HasPrefix(t, alias) {
			return u, skip + len(alias)
		}
	}
	for _, u := range units {
		if strings.HasPrefix(t, u) && (len(t) == len(u) || strings.ContainsRune(" ,;.)/", rune(t[len(u)]))) {
			return u, skip + len(u)
		}
	}
	if f := strings.Fields(t); len(f) > 0 {
		w := strings.TrimRight(f[0], ",;.)")
		if i := strings.Index(w, "/"); i >= 0 {
			w = w[:i]
		}
		return w, skip + len(w)
	}
	return "", 0
}

// shareReach is how far before a number, in bytes, countsShare looks for
// the share it may qualify: more than a share's counted units and the
// words "mỗi quý có ít nhất" take.
const shareReach = 200

// countsShare reports whether a number whose clause begins with head says
// what a unit of an earlier share must have to count: after the share
// ("100%"), the units it counts, listed with commas if need be ("xã,
// phường, thị trấn": bare nouns, so the commas list them and end no
// clause), then "mỗi …" or "có" and at most a quantifier just before the
// number: "100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài".
func countsShare(head string) bool {
	// The share's words are few; looking no further back keeps a clause of
	// many values linear.
	head = head[max(0, len(head)-shareReach):]
	pct := strings.LastIndexByte(head, '%')
	if pct < 0 {
		return false
	}
	segs := strings.Split(head[pct+1:], ",")
	for _, seg := range segs[:len(segs)-1] {
		if k := len(strings.Fields(seg)); k == 0 || k > 2 || strings.ContainsAny(seg, "0123456789") {
			return false // a comma that ends a clause: "… vùng sâu, vùng xa, 80% các xã"
		}
	}
	words := strings.Fields(segs[len(segs)-1])
	if hasWord(words, "và") {
		return false // "… đạt 50% và có 20 doanh nghiệp": a second part
	}
	if hasWord(words, "mỗi") {
		return true
	}
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		switch vi.Fold(words[i]) {
		case "co":
			return true
		case "it", "nhat", "toi", "thieu", "tu":
			continue
		}
		break
	}
	return false
}

func hasWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}
