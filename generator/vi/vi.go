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
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/minhbach/minhbach/generator/numfmt"
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

// Fold lowercases s and removes its diacritics, leaving ASCII letters for
// Vietnamese text: "Tỷ lệ thất nghiệp" → "ty le that nghiep". It is called
// for every line and word the parsers read, and for every heading and
// search item of a site, so the letters of Vietnamese (Latin, with
// precomposed or combining marks) are folded by table; any other text
// takes foldSlow, which Fold equals on every input (FuzzFold).
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case marks.lo <= r && r < marks.hi:
			// a combining mark: dropped
		case latin.lo <= r && r < latin.hi:
			b.WriteString(latin.folded[r-latin.lo])
		case latinExtra.lo <= r && r < latinExtra.hi:
			b.WriteString(latinExtra.folded[r-latinExtra.lo])
		case punctuation.lo <= r && r < punctuation.hi:
			b.WriteString(punctuation.folded[r-punctuation.lo])
		default: // another script, or a byte that is not UTF-8
			return foldSlow(s)
		}
	}
	return b.String()
}

// foldSlow is what Fold means: the canonical decomposition, without its
// nonspacing marks, in lower case, with đ as d.
func foldSlow(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.Mn, r):
			return -1
		case r == 'đ' || r == 'Đ':
			return 'd'
		}
		return unicode.ToLower(r)
	}, norm.NFD.String(s))
}

// A foldBlock is a range of code points whose characters decompose into
// characters of combining class 0 and the combining marks of
// U+0300–U+036F, and so fold one at a time: their marks are dropped
// wherever canonical ordering would put them (TestFoldBlocks).
type foldBlock struct {
	lo, hi rune
	folded []string // foldSlow of each
}

var (
	marks       = newFoldBlock(0x0300, 0x0370) // Combining Diacritical Marks, all nonspacing
	latin       = newFoldBlock(0x0080, 0x0250) // Latin-1 Supplement, Extended-A and -B
	latinExtra  = newFoldBlock(0x1E00, 0x1F00) // Latin Extended Additional: ạ, ả, ấ, … ỹ
	punctuation = newFoldBlock(0x2000, 0x2070) // General Punctuation: – — “ ” …
)

func newFoldBlock(lo, hi rune) foldBlock {
	b := foldBlock{lo: lo, hi: hi, folded: make([]string, hi-lo)}
	for r := lo; r < hi; r++ {
		b.folded[r-lo] = foldSlow(string(r))
	}
	return b
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

// Number writes v with Vietnamese separators and exactly decimals digits
// after the comma: Number(6400, 0) = "6.400", Number(98.5, 1) = "98,5".
// Messages to staff use it; pages format in their reader's language
// through numfmt.
func Number(v float64, decimals int) string { return numfmt.Fixed("vi", v, decimals) }

// Auto writes v with as many decimals as it needs, up to two:
// Auto(6400) = "6.400", Auto(98.5) = "98,5", Auto(28.53) = "28,53".
func Auto(v float64) string { return numfmt.Auto("vi", v) }

// Canonical returns s normalised, in lower case, and with Vietnamese
// spelling variants made one, for comparing texts that may be spelt either way: the tone of "oa",
// "oe" and "uy" at the end of a syllable goes on the second vowel ("hòa" →
// "hoà", "khỏe" → "khoẻ", "thủy" → "thuỷ"), and "i" after t, k, l, m and qu
// becomes "y" where both spellings are in use ("tỉ lệ" → "tỷ lệ", "qui
// định" → "quy định"). It is for matching only: pages show the text as
// published.
func Canonical(s string) string {
	words := strings.Split(strings.ToLower(Normalize(s)), " ")
	for i, w := range words {
		words[i] = canonicalWord(w)
	}
	return strings.Join(words, " ")
}

// Combining tone marks, as NFD writes them.
const tones = "\u0300\u0301\u0303\u0309\u0323"

func canonicalWord(w string) string {
	d := []rune(norm.NFD.String(w))
	// Move a tone from the first to the second vowel of a final oa, oe, uy.
	lower := func(r rune) rune { return unicode.ToLower(r) }
	end := len(d)
	for end > 0 && !unicode.IsLetter(d[end-1]) && !strings.ContainsRune(tones, d[end-1]) {
		end-- // trailing punctuation
	}
	if end >= 3 && strings.ContainsRune(tones, d[end-2]) {
		first, second := lower(d[end-3]), lower(d[end-1])
		if first == 'o' && (second == 'a' || second == 'e') || first == 'u' && second == 'y' {
			d[end-2], d[end-1] = d[end-1], d[end-2]
		}
	}
	w = norm.NFC.String(string(d))
	if alt, ok := iy[w]; ok {
		return alt
	}
	return w
}

// iy maps the "i" spelling of syllables also written with "y" to the "y" one.
var iy = map[string]string{
	"ti": "ty", "tí": "tý", "tì": "tỳ", "tỉ": "tỷ", "tĩ": "tỹ", "tị": "tỵ",
	"ki": "ky", "kí": "ký", "kì": "kỳ", "kỉ": "kỷ", "kĩ": "kỹ", "kị": "kỵ",
	"li": "ly", "lí": "lý", "lì": "lỳ", "lỉ": "lỷ", "lĩ": "lỹ", "lị": "lỵ",
	"mi": "my", "mí": "mý", "mì": "mỳ", "mỉ": "mỷ", "mĩ": "mỹ", "mị": "mỵ",
	"qui": "quy", "quí": "quý", "quì": "quỳ", "quỉ": "quỷ", "quĩ": "quỹ", "quị": "quỵ",
}

// Decimals counts the digits v needs after the decimal point, up to three:
// Decimals(6400) = 0, Decimals(98.5) = 1, Decimals(28.65) = 2.
func Decimals(v float64) int {
	for n := 0; n < 3; n++ {
		p := math.Pow(10, float64(n))
		if math.Abs(v*p-math.Round(v*p)) < 1e-9*p {
			return n
		}
	}
	return 3
}

// Capitalise upper-cases the first letter of s: titles published after
// "Thứ nhất," begin in lower case.
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
