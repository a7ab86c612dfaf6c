package programme

import (
	"strings"

	"github.com/minhbach/minhbach/generator/vi"
)

// How the parts of the document are found in its outline:
//
//   - The target list is the section headed by its words ("Mục tiêu cụ
//     thể…", "Các chỉ tiêu…", "II. CHỈ TIÊU…", "A. Mục tiêu đến năm 2030", a
//     lead sentence "…các mục tiêu, chỉ tiêu sau:") that holds the most
//     measurable values; of such a section and the one such section inside
//     it, the inner one. With no such heading, the list of items that holds
//     the most values.
//   - Its targets are its items; an item whose own words hold no value and
//     that has items of its own is a group heading ("a) Đối với trẻ em"),
//     and its items are the targets. A group with no value anywhere under
//     it is orientation, not a target, when the list has values elsewhere.
//   - A section headed "Mục tiêu" just before the target list adds the
//     items of it that hold values.
//   - The objective is the text of "Mục tiêu tổng quát/chung/tổng thể"; the
//     vision that of "Tầm nhìn…" or "Định hướng đến năm…".
//   - Task groups are the items of the sections after the target list's
//     top section, up to "TỔ CHỨC THỰC HIỆN", leaving out those on scope,
//     assignments, funding and reporting; in a section that is mostly
//     something else, the items of its sub-section on tasks. A document
//     with no such sections may list them as "Thứ nhất, …".

// section words, folded.
var (
	targetWords    = []string{"chi tieu", "muc tieu"}
	objectiveWords = []string{"muc tieu tong quat", "muc tieu chung", "muc tieu tong the"}
	visionWords    = []string{"tam nhin", "dinh huong den nam"}
	taskWords      = []string{"nhiem vu", "giai phap", "noi dung", "cac nhiem vu", "cac giai phap"}
	notTaskWords   = []string{"pham vi", "doi tuong", "thoi gian", "phan cong", "kinh phi", "nguon luc", "nguon von", "to chuc thuc hien", "che do", "quan diem", "muc dich", "tinh hinh", "ket qua", "danh gia", "muc tieu", "chi tieu", "tam nhin"}
	endTaskWords   = []string{"to chuc thuc hien"}
)

func hasPrefix(f string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// headRunes is how much of a line foldHead folds: more than the longest
// word list matched at the start of a line (TestHeadWords).
const headRunes = 64

// foldHead folds the start of s, for matching words at the start of a
// line without folding a whole paragraph, which can run to thousands of
// characters.
func foldHead(s string) string {
	n := 0
	for i := range s {
		if n == headRunes {
			return vi.Fold(s[:i])
		}
		n++
	}
	return vi.Fold(s)
}

func isObjective(n *node) bool { return hasPrefix(n.fold(), objectiveWords) }
func isVision(n *node) bool    { return hasPrefix(n.fold(), visionWords) }

// isTargetHeading reports whether a node's words open a target list.
func isTargetHeading(n *node) bool {
	if n.b == nil || isObjective(n) || isVision(n) {
		return false
	}
	f := n.fold()
	if hasPrefix(strings.TrimPrefix(f, "cac "), targetWords) || hasPrefix(strings.TrimPrefix(f, "du bao cac "), targetWords) {
		return true
	}
	// A lead sentence: "Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:".
	return strings.HasSuffix(f, "sau:") && strings.Contains(f, "chi tieu")
}

// counter counts the measurable values under nodes, once each.
type counter map[*node][2]int

// own counts the quantitative parts in a node's own words.
func (c counter) own(n *node) int {
	if v, ok := c[n]; ok {
		return v[0]
	}
	k := 0
	if n.b != nil {
		for _, pt := range splitParts(0, nodeText(n)) {
			if pt.Kind == Quantitative {
				k++
			}
		}
	}
	all := k
	for _, ch := range n.children {
		if !isVision(ch) {
			all += c.all(ch)
		}
	}
	c[n] = [2]int{k, all}
	return k
}

// all counts them in the node and under it, visions left out.
func (c counter) all(n *node) int {
	c.own(n)
	return c[n][1]
}

// nodeText is an item's words: its heading and the prose under it.
func nodeText(n *node) string {
	t := n.heading()
	for _, b := range n.body {
		if t != "" {
			t += " "
		}
		t += b.text
	}
	return t
}

// targetSection finds the target list, or nil.
func targetSection(root *node, c counter) *node {
	var best *node
	root.walk(func(n *node) bool {
		if !isTargetHeading(n) {
			return true
		}
		if best == nil || c.all(n) > c.all(best) {
			best = n
		}
		return false
	})
	if best == nil || c.all(best) == 0 {
		if list := listWithMostValues(root, c); list != nil || best == nil {
			return list
		}
		return best // a list of milestones under its heading
	}
	for {
		var inner *node
		for _, ch := range best.children {
			if isTargetHeading(ch) && c.all(ch) > 0 {
				if inner != nil {
					return best
				}
				inner = ch
			}
		}
		if inner == nil {
			return best
		}
		best = inner
	}
}

// listWithMostValues is the node whose items hold the most values, for a
// document whose target list has no heading.
func listWithMostValues(root *node, c counter) *node {
	var best *node
	score := 0
	root.walk(func(n *node) bool {
		s := 0
		for _, ch := range n.children {
			if ch.b.mark.kind != markCaps && ch.b.mark.kind != markKeyword {
				s += c.all(ch)
			}
		}
		if s > score {
			best, score = n, s
		}
		return true
	})
	return best
}

// targetNodes lists the targets of section s in document order.
func targetNodes(s *node, c counter) []*node {
	var out []*node
	valued := c.all(s) > 0
	var collect func(n *node)
	collect = func(n *node) {
		for _, ch := range n.children {
			switch {
			case isVision(ch) || isObjective(ch) || ch.b.mark.kind == markCaps:
				continue
			case len(ch.children) == 0:
				out = append(out, ch)
				continue
			case c.own(ch) > 0:
				out = append(out, ch)
			case valued && c.all(ch) == 0:
				continue
			}
			collect(ch)
		}
	}
	collect(s)
	return out
}

// aimsBefore returns the items with values of a section headed "Mục tiêu"
// right before the target list s: aims stated as numbers there are targets
// too.
func aimsBefore(s *node, c counter) []*node {
	if s.parent == nil {
		return nil
	}
	var prev *node
	for _, ch := range s.parent.children {
		if ch == s {
			break
		}
		prev = ch
	}
	if prev == nil || strings.TrimSpace(strings.TrimRight(prev.fold(), ":")) != "muc tieu" {
		return nil
	}
	var out []*node
	for _, ch := range prev.children {
		if len(ch.children) == 0 && c.own(ch) > 0 && !isObjective(ch) && !isVision(ch) {
			out = append(out, ch)
		}
	}
	return out
}

// findNode returns the first node for which ok holds.
func findNode(root *node, ok func(*node) bool) *node {
	var found *node
	root.walk(func(n *node) bool {
		if found == nil && n.b != nil && ok(n) {
			found = n
		}
		return found == nil
	})
	return found
}

// sectionText is what a heading such as "Tầm nhìn đến năm 2045: …" says:
// its words after the colon, or else the prose and items under it.
func sectionText(n *node) Para {
	h := n.heading()
	if i := strings.Index(h, ":"); i >= 0 && strings.TrimSpace(h[i+1:]) != "" {
		return Para{Text: strings.TrimSpace(h[i+1:]), Line: n.b.line}
	}
	var parts []string
	line := 0
	for _, b := range n.body {
		if line == 0 {
			line = b.line
		}
		parts = append(parts, b.text)
	}
	if len(parts) == 0 {
		for _, ch := range n.children {
			if line == 0 {
				line = ch.b.line
			}
			parts = append(parts, nodeText(ch))
		}
	}
	return Para{Text: strings.Join(parts, " "), Line: line}
}

// taskNodes lists the task groups.
func taskNodes(root, targets *node) []*node {
	var out []*node
	if targets != nil {
		top := targets
		for top.parent != nil && top.parent.b != nil && top.parent.b.mark.kind != markCaps && top.parent.b.mark.kind != markArticle {
			top = top.parent
		}
		after := false
		for _, sib := range siblings(top) {
			if sib == top {
				after = true
				continue
			}
			f := sib.fold()
			if !after || sib.b.mark.kind == markCaps {
				continue
			}
			if hasPrefix(f, endTaskWords) {
				break
			}
			if hasPrefix(f, notTaskWords) {
				continue
			}
			out = append(out, items(taskSection(sib))...)
		}
	}
	if len(out) == 0 {
		root.walk(func(n *node) bool {
			if n.b != nil && n.b.mark.kind == markOrdinal {
				out = append(out, n)
				return false
			}
			return true
		})
	}
	return out
}

// siblings returns n and the nodes beside it.
func siblings(n *node) []*node {
	if n.parent == nil {
		return []*node{n}
	}
	return n.parent.children
}

// taskSection narrows a section that is mostly something else ("DỰ BÁO …
// VÀ CÁC GIẢI PHÁP …") to its sub-section on tasks.
func taskSection(n *node) *node {
	if hasPrefix(n.fold(), taskWords) {
		return n
	}
	for _, ch := range n.children {
		if f := strings.TrimPrefix(ch.fold(), "cac "); hasPrefix(f, taskWords[:2]) {
			return ch
		}
	}
	return n
}

// items are a node's children that are items, not headings.
func items(n *node) []*node {
	var out []*node
	for _, ch := range n.children {
		if k := ch.b.mark.kind; k != markCaps && k != markKeyword {
			out = append(out, ch)
		}
	}
	return out
}

// isPlainHeading reports whether a folded heading is only the words w.
func isPlainHeading(n *node, w string) bool {
	return strings.TrimRight(vi.Fold(strings.TrimSpace(n.heading())), ": ") == w
}
