package programme

import (
	"regexp"
	"strings"

	"github.com/minhbach/minhbach/generator/vi"
)

// What is printed with a programme but is not the programme:
//
//	page chrome   a view counter ("Lượt xem: 257"), a photo caption (ending in
//	              "Ảnh minh họa" or "Ảnh: …"), and from a visitor-statistics
//	              block or a related-articles list on, the rest of the page
//	after the end "Nơi nhận:", the signature ("TM. ỦY BAN NHÂN DÂN", "KT.
//	              CHỦ TỊCH") and annexes ("PHỤ LỤC", "Mẫu biểu"), up to the
//	              next document a decision attaches ("KẾ HOẠCH" after the
//	              decision's own signature)
//	the author    in an article, a short line standing alone after the task
//	              groups ("Hồng Nhi")

var (
	reCounter   = regexp.MustCompile(`^(Lượt xem|Số lượt xem|Lượt đọc)\s*:?\s*[\d.,]+$`)
	reCaption   = regexp.MustCompile(`(Ảnh minh họa|Ảnh minh hoạ|Ảnh:.*|\(Ảnh[^)]*\))\.?$`)
	reSignature = regexp.MustCompile(`^(TM|KT|TL|Q|TUQ)\.\s*\p{Lu}`)
	chromeHeads = []string{"thong ke truy cap", "tin lien quan", "bai viet lien quan", "tin khac", "cac tin khac", "phim tu lieu", "dang online"}
	endHeads    = []string{"noi nhan", "phu luc", "mau bieu", "bieu mau", "mau so"}
)

// keep drops the blocks that are not the programme, and reports whether
// the text reached an end (recipients, signature, annex or a page's
// chrome), which a text cut off never does.
func keep(bs []*block) ([]*block, bool) {
	var out []*block
	after, tasks, ended := false, false, false
	for _, b := range bs {
		f := foldHead(b.raw)
		switch {
		case reCounter.MatchString(b.raw) || reCaption.MatchString(b.text):
			continue
		case hasPrefix(f, chromeHeads):
			return out, true
		case b.mark.kind == markNone && (hasPrefix(f, endHeads) || reSignature.MatchString(b.raw)):
			after, ended = true, true
			continue
		case after && isKindHeading(b):
			after = false
		case tasks && isAuthor(b):
			return out, true
		}
		if b.mark.kind == markOrdinal {
			tasks = true
		}
		if !after {
			out = append(out, b)
		}
	}
	return out, ended
}

// isKindHeading reports whether a block is the kind of a document alone
// ("KẾ HOẠCH"), which opens an attached document.
func isKindHeading(b *block) bool {
	if b.mark.kind != markNone || !isCaps(b.raw) {
		return false
	}
	f := vi.Fold(b.raw)
	for _, k := range kinds {
		if f == k {
			return true
		}
	}
	return false
}

// isAuthor reports whether a block is an author's name standing alone: one
// line of at most five words, no closing punctuation.
func isAuthor(b *block) bool {
	t := b.text
	return b.mark.kind == markNone && b.line == b.last && len(strings.Fields(t)) <= 5 &&
		!strings.ContainsAny(t[len(t)-1:], ".;:,…") && !isCaps(t)
}
