package programme

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/vi"
)

// A block is one paragraph of the published text: an item with its marker,
// a heading or a paragraph of prose, with its lines joined.
//
// Published text arrives hard-wrapped, often mid-phrase ("4. Các⏎chỉ tiêu
// cụ thể"), and a wrapped line may itself begin like an item ("05⏎- 06%/năm",
// "Công an thành phố⏎- Thường trực"). Documents come in two layouts, told
// apart by counting: most paragraphs parted by blank lines (then only a
// blank line, or an item after a line that closes a sentence, starts a
// block), or one paragraph a line (then an item or a capitalised line after a
// one-line heading also starts one).
type block struct {
	line  int    // first line
	last  int    // last line
	mark  marker // the marker that opens it, if any
	text  string // after the marker, lines joined by one space
	joins []int  // offsets in text where each further line begins
	raw   string // the first line as printed, marker included
	// folded is text folded to ASCII once it is asked for (see fold).
	folded    string
	hasFolded bool
}

// fold is the block's text folded to ASCII. It is kept: the outline asks
// many questions of each heading, and folding is the reader's costliest
// step.
func (b *block) fold() string {
	if !b.hasFolded {
		b.folded, b.hasFolded = vi.Fold(b.text), true
	}
	return b.folded
}

// lineOf returns the file line of the byte at offset in text.
func (b *block) lineOf(offset int) int {
	n := b.line
	for _, j := range b.joins {
		if offset >= j {
			n++
		}
	}
	return n
}

type line struct {
	n    int
	text string
}

// splitLines normalises each line (NFC, spaces, no BOM) and numbers it
// from 1, for CRLF, CR and LF endings alike.
func splitLines(s string) []line {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	raw := strings.Split(s, "\n")
	out := make([]line, len(raw))
	for i, r := range raw {
		out[i] = line{n: i + 1, text: vi.Normalize(r)}
	}
	return out
}

// separator reports whether a line parts blocks: blank, or the "|" a web
// page leaves between the cells of a flattened table.
func separator(s string) bool { return s == "" || strings.Trim(s, "| ") == "" }

// blocks groups lines into blocks.
func blocks(lines []line) []*block {
	spaced := blankLaidOut(lines)
	var out []*block
	var cur *block
	// text gathers the current block's lines: adding each to a string
	// would copy the paragraph once per line, quadratic in its length.
	var text strings.Builder
	flush := func() {
		if cur != nil {
			cur.text = text.String()
		}
		text.Reset()
	}
	for i, l := range lines {
		if separator(l.text) || isRule(l.text) {
			flush()
			cur = nil
			continue
		}
		m, rest := readMarker(l.text)
		if cur != nil && !startsBlock(cur, lines[i-1].text, l.text, m, spaced) {
			if text.Len() == 0 {
				cur.joins = append(cur.joins, 0)
			} else {
				cur.joins = append(cur.joins, text.Len()+1)
				text.WriteByte(' ')
			}
			text.WriteString(l.text)
			cur.last = l.n
			continue
		}
		flush()
		cur = &block{line: l.n, last: l.n, mark: m, raw: l.text}
		text.WriteString(rest)
		out = append(out, cur)
	}
	flush()
	return out
}

// isRule reports whether a line is the rule under a header cell ("-------").
func isRule(s string) bool { return len(s) >= 3 && strings.Trim(s, "-–—_*=") == "" }

// blankLaidOut reports whether the document parts its items by blank
// lines: most lines that open an item follow a blank one.
func blankLaidOut(lines []line) bool {
	items, after := 0, 0
	for i, l := range lines {
		if m, _ := readMarker(l.text); m.kind == markNone || i == 0 {
			continue
		}
		items++
		if separator(lines[i-1].text) {
			after++
		}
	}
	return items == 0 || after*3 >= items*2
}

// startsBlock decides whether line text, after prev, begins a new block
// rather than going on with cur.
func startsBlock(cur *block, prev, text string, m marker, spaced bool) bool {
	if startsRegion(text) {
		return true
	}
	closed := endsSentence(prev)
	if m.kind != markNone && closed {
		return true
	}
	if spaced {
		return false
	}
	heading := cur.last == cur.line && (cur.mark.kind != markNone || isCaps(cur.raw)) && !strings.HasSuffix(prev, ",")
	if m.kind != markNone && heading {
		return true
	}
	if heading && isCaps(cur.raw) != isCaps(text) {
		return true // the prose under a heading in capitals
	}
	if heading && cur.mark.kind != markNone && runeLen(cur.raw) < 90 && titleWord(text) {
		return true // the prose under a numbered heading
	}
	return closed && isCaps(text) && !isCaps(prev)
}

// startsRegion reports whether a line opens what is never the end of a
// paragraph: the list of recipients.
func startsRegion(s string) bool {
	return strings.HasPrefix(foldHead(s), "noi nhan")
}

// endsSentence reports whether a line closes a sentence or a lead-in.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ”\"'’)")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;!?…", r)
}

// isCaps reports whether a line is written in capitals (a heading), with
// at least two letters.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// titleWord reports whether s begins with a capitalised word of prose
// ("Kiểm soát"), not a word in capitals.
func titleWord(s string) bool {
	rs := []rune(s)
	return len(rs) >= 2 && unicode.IsUpper(rs[0]) && unicode.IsLower(rs[1])
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
