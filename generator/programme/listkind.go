package programme

import (
	"fmt"
	"strings"
)

// What a target list's items are is said by the list's own words, not by
// how its items are written:
//
//   - A list of chỉ tiêu ("Các chỉ tiêu chủ yếu…", "4. Các chỉ tiêu cụ thể…",
//     a lead sentence "…các mục tiêu, chỉ tiêu sau:", items "- Chỉ tiêu 3:"),
//     and a list with no heading at all, set targets clause by clause: a
//     clause with no value is a milestone of its own ("… 6.400 căn hộ …; xoá
//     bỏ hoàn toàn tình trạng nhà tạm …; … 23,9 m2 sàn/người").
//   - A list of mục tiêu ("Mục tiêu cụ thể…", "A. Mục tiêu đến năm 2030") or
//     of themes ("Phát triển kinh tế số đến năm 2030"): goals written as
//     prose around their numbers. In an item with values, a clause with none
//     is that prose ("…; xóa bỏ các “điểm đen” về ô nhiễm môi trường"), not a
//     part; an item with no value at all is one milestone, however many
//     clauses it runs to.
//
// The item's own label decides first ("Chỉ tiêu 3:", "Mục tiêu 2:"), then
// the headings above it, nearest first. A heading that names neither word
// (a group "a) Đối với trẻ em", a theme) passes the question up; a list
// whose headings all do so is a list of goals, one with no heading a list
// of chỉ tiêu.
type listKind int

const (
	// indicatorList is a list of chỉ tiêu: every clause is a part.
	indicatorList listKind = iota
	// goalList is a list of mục tiêu: only clauses with values are parts.
	goalList
)

// kindOf reads the kind of list target item n belongs to. Targets that
// have items of their own (Sơn La's "- Các sản phẩm trái cây … +
// Xoài …") are items, not headings, and are passed over.
func kindOf(n *node, c counter) listKind {
	if k, ok := labelKind(n.fold()); ok {
		return k
	}
	headed := false
	for g := n.parent; g != nil && g.b != nil; g = g.parent {
		if c.own(g) > 0 {
			continue
		}
		headed = true
		f := g.fold()
		switch {
		case strings.Contains(f, "chi tieu"):
			return indicatorList
		case strings.Contains(f, "muc tieu"):
			return goalList
		}
	}
	if headed {
		return goalList
	}
	return indicatorList
}

// labelKind reads an item's label: "Chỉ tiêu 3:" or "Mục tiêu 2." before
// its words.
func labelKind(f string) (listKind, bool) {
	for _, l := range []struct {
		word string
		kind listKind
	}{{"chi tieu ", indicatorList}, {"muc tieu ", goalList}} {
		if rest, ok := strings.CutPrefix(f, l.word); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return l.kind, true
		}
	}
	return 0, false
}

// asGoal reads the target as an item of a list of goals: with values, its
// clauses with none are left out; with none, the whole item is one
// milestone. It returns how many clauses it left out.
func (t *Target) asGoal() int {
	var kept []Part
	for _, p := range t.Parts {
		if p.Kind == Quantitative {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		if len(t.Parts) <= 1 {
			return 0
		}
		s, e := trim(t.Text, 0, len(t.Text))
		t.Parts = []Part{{Text: t.Text[s:e], Kind: Milestone, Start: s, End: e, ClauseEnd: e, Line: t.LineOf(s), Year: t.Year}}
		t.Parts[0].Code = fmt.Sprintf("%d.1", t.Number)
		return 0
	}
	dropped := len(t.Parts) - len(kept)
	for i := range kept {
		kept[i].Code = fmt.Sprintf("%d.%d", t.Number, i+1)
	}
	t.Parts = kept
	return dropped
}

// noticeProse says which value-free clauses of a list of goals were not
// taken as parts, in one notice at the first of their targets, so that a
// build prints one line for the list and staff can still track them.
func (p *Programme) noticeProse(dropped map[int]int) {
	var where []string
	total, line := 0, 0
	for i, t := range p.Targets {
		n := dropped[i]
		if n == 0 {
			continue
		}
		if line == 0 {
			line = t.Line
		}
		total += n
		where = append(where, fmt.Sprintf("%d (dòng %d)", t.Number, t.Line))
	}
	if total == 0 {
		return
	}
	p.notice(line, "danh sách này ghi mục tiêu, không phải chỉ tiêu, nên %d vế không có số trong chỉ tiêu %s là lời dẫn, không phải chỉ số; nếu cần theo dõi vế nào, hãy thêm nó làm chỉ số mốc (kind = \"milestone\") trong data/indicators.toml", total, strings.Join(where, ", "))
}
