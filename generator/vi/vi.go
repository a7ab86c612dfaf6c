// Package vi holds what the generator knows about written Vietnamese.
//
// Text from staff and from published documents arrives in either Unicode
// form (NFC or NFD), with non-breaking spaces and byte-order marks; Normalize
// makes one canonical form so that two spellings of the same words compare
// equal. Fold strips diacritics for URLs and search ("Mục tiêu" → "muc tieu",
// "Đảng" → "dang"), and Slug makes a URL segment from it. Number and Percent
// write figures the Vietnamese way: "6.400", "98,5%".
package vi

import (
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFC with the byte-order mark removed, every run of
// white space (including U+00A0 NO-BREAK SPACE) made one ASCII space, and no
// space at either end.
func Normalize(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = norm.NFC.String(s)
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00A0' || r == '\uFEFF' }

// stripMarks removes combining marks after decomposition; đ and Đ are not
// decomposable and are mapped by Fold itself.
var stripMarks = runes.Remove(runes.In(unicode.Mn))

// Fold lowercases s and removes its diacritics, leaving ASCII letters for
// Vietnamese text: "Tỷ lệ thất nghiệp" → "ty le that nghiep".
func Fold(s string) string {
	s, _, _ = transform.String(transform.Chain(norm.NFD, stripMarks), s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case 'đ', 'Đ':
			return 'd'
		}
		return unicode.ToLower(r)
	}, s)
	return norm.NFC.String(s)
}

// Slug folds s and joins its ASCII letters and digits with hyphens, for URLs
// and heading anchors: "Mục tiêu tổng quát" → "muc-tieu-tong-quat",
// "8.6" → "8-6". It returns "" when s has no letter or digit.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range Fold(s) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	return b.String()
}

var printer = message.NewPrinter(language.Vietnamese)

// Number writes v with Vietnamese separators and exactly decimals digits
// after the comma: Number(6400, 0) = "6.400", Number(98.5, 1) = "98,5".
func Number(v float64, decimals int) string {
	return printer.Sprint(number.Decimal(v, number.MinFractionDigits(decimals), number.MaxFractionDigits(decimals)))
}

// Auto writes v with as many decimals as it needs, up to two:
// Auto(6400) = "6.400", Auto(98.5) = "98,5", Auto(28.53) = "28,53".
func Auto(v float64) string {
	return printer.Sprint(number.Decimal(v, number.MaxFractionDigits(2)))
}
