package programme

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/vi"
)

// markKind is the kind of marker that opens a numbered or bulleted item.
// Nghị định 30/2020/NĐ-CP numbers the parts of a document I., 1., a), then
// dashes and plus signs; documents also use 1.1., (1), 1), A. and Điều N.
// Which kind nests under which is read from each document, not fixed: a
// kind already open is a sibling, any other kind is a child.
type markKind int

const (
	markNone     markKind = iota
	markCaps              // an unnumbered heading in capitals ("KẾ HOẠCH", "MỤC TIÊU")
	markKeyword           // an unnumbered heading by its words ("Các chỉ tiêu chủ yếu đến năm 2030")
	markArticle           // "Điều 2."
	markRoman             // "II."
	markUpper             // "A."
	markArabic            // "1."
	markDecimal           // "6.1.", "1.1.2." (depth tells them apart)
	markLetter            // "a)", "đ)"
	markParen             // "(1)"
	markNumParen          // "1)"
	markOrdinal           // "Thứ nhất,"
	markDash              // "-", "–", "•"
	markPlus              // "+"
)

// marker is the marker of one item.
type marker struct {
	kind  markKind
	depth int // components of a decimal number: 2 for "6.1."
	num   int // the item's number where it has one
}

// same reports whether two markers open items of one list.
func (m marker) same(o marker) bool { return m.kind == o.kind && m.depth == o.depth }

var (
	reArticle  = regexp.MustCompile(`^Điều\s+(\d{1,3})\s*[.:]\s*(.*)$`)
	reRoman    = regexp.MustCompile(`^([IVX]{1,5})\s*[.:]\s*(.*)$`)
	reUpper    = regexp.MustCompile(`^([A-ZĐ])\.\s+(\S.*)$`)
	reDecimal  = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2})+)(\.?)(?:\s+(.*))?$`)
	reArabic   = regexp.MustCompile(`^(\d{1,2})\.(?:\s+(.*))?$`)
	reNumParen = regexp.MustCompile(`^(\d{1,2})\)\s+(.*)$`)
	reParen    = regexp.MustCompile(`^\((\d{1,3})\)\s*(.*)$`)
	reLetter   = regexp.MustCompile(`^([a-zđ])\)\s*(.*)$`)
	reOrdinal  = regexp.MustCompile(`^(?:[-–•*]\s*)?Thứ\s+(\p{L}+)\s*[,:.]\s*(.*)$`)
	reDash     = regexp.MustCompile(`^[-–•*]\s+(\S.*)$`)
	rePlus     = regexp.MustCompile(`^\+\s*(\S.*)$`)
)

// ordinals are the words of "Thứ nhất" … "Thứ mười", folded.
var ordinals = map[string]int{
	"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}

var romans = map[string]int{
	"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
	"XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15,
}

// readMarker splits a line into its marker and the text after it; a line
// with no marker gives markNone and the whole line.
func readMarker(s string) (marker, string) {
	if m := reOrdinal.FindStringSubmatch(s); m != nil && ordinals[vi.Fold(m[1])] > 0 {
		return marker{kind: markOrdinal, num: ordinals[vi.Fold(m[1])]}, m[2]
	}
	if m := reArticle.FindStringSubmatch(s); m != nil {
		return marker{kind: markArticle, num: atoi(m[1])}, m[2]
	}
	if m := reRoman.FindStringSubmatch(s); m != nil && romans[m[1]] > 0 && startsText(m[2]) {
		return marker{kind: markRoman, num: romans[m[1]]}, m[2]
	}
	if m := reUpper.FindStringSubmatch(s); m != nil && startsText(m[2]) {
		return marker{kind: markUpper, num: int(m[1][0]-'A') + 1}, m[2]
	}
	if m := reDecimal.FindStringSubmatch(s); m != nil && (m[2] == "." || startsUpper(m[3])) {
		parts := strings.Split(m[1], ".")
		return marker{kind: markDecimal, depth: len(parts), num: atoi(parts[len(parts)-1])}, m[3]
	}
	if m := reArabic.FindStringSubmatch(s); m != nil {
		return marker{kind: markArabic, num: atoi(m[1])}, m[2]
	}
	if m := reParen.FindStringSubmatch(s); m != nil {
		return marker{kind: markParen, num: atoi(m[1])}, m[2]
	}
	if m := reNumParen.FindStringSubmatch(s); m != nil {
		return marker{kind: markNumParen, num: atoi(m[1])}, m[2]
	}
	if m := reLetter.FindStringSubmatch(s); m != nil {
		return marker{kind: markLetter}, m[2]
	}
	if m := reDash.FindStringSubmatch(s); m != nil {
		return marker{kind: markDash}, m[1]
	}
	if m := rePlus.FindStringSubmatch(s); m != nil && !startsDigit(m[1]) {
		return marker{kind: markPlus}, m[1]
	}
	return marker{}, s
}

// startsText reports whether what follows a number marker can be an item's
// text: nothing (the text is on the next line) or not a digit, so "1.200
// công trình" and "2. 5%" wrapped to a line's start are not items.
func startsText(s string) bool { return s == "" || !startsDigit(s) }

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func startsUpper(s string) bool {
	for _, r := range s {
		return r != []rune(strings.ToLower(string(r)))[0]
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
