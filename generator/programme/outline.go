package programme

import (
	"strings"
)

// A node is one item of the document's outline: its opening block, the
// paragraphs of prose under it and the items nested in it.
type node struct {
	b        *block
	body     []*block
	children []*node
	parent   *node
}

// heading is the node's own words: its opening block's text.
func (n *node) heading() string {
	if n.b == nil {
		return ""
	}
	return n.b.text
}

// fold is the heading folded to ASCII, for matching words.
func (n *node) fold() string {
	if n.b == nil {
		return ""
	}
	return n.b.fold()
}

// depth counts the node's ancestors.
func (n *node) depth() int {
	d := 0
	for p := n.parent; p != nil; p = p.parent {
		d++
	}
	return d
}

// walk calls f on n and every node under it, in document order, and skips
// the nodes under one for which f returns false.
func (n *node) walk(f func(*node) bool) {
	if !f(n) {
		return
	}
	for _, c := range n.children {
		c.walk(f)
	}
}

// outline nests the blocks: an item of a kind already open closes the
// items opened after it and becomes their sibling; an item of any other
// kind opens inside the current one. A heading in capitals or by its words
// starts again from the top. Prose goes under the innermost open item.
func outline(bs []*block) *node {
	root := &node{}
	stack := []*node{root}
	top := func() *node { return stack[len(stack)-1] }
	for _, b := range bs {
		kind := b.mark.kind
		if kind == markNone {
			switch {
			case isCaps(b.text) && runeLen(b.text) <= 200:
				b.mark.kind = markCaps
			case keywordHeading(b.text):
				b.mark.kind = markKeyword
			default:
				top().body = append(top().body, b)
				continue
			}
			kind = b.mark.kind
		}
		switch kind {
		case markCaps:
			stack = stack[:1]
		case markKeyword:
			stack = stack[:capsLevel(stack)]
		default:
			for i := len(stack) - 1; i > 0; i-- {
				if stack[i].b.mark.same(b.mark) {
					stack = stack[:i]
					break
				}
			}
		}
		n := &node{b: b, parent: top()}
		top().children = append(top().children, n)
		stack = append(stack, n)
	}
	return root
}

// capsLevel is how much of the stack stays open under a heading by its
// words: everything down to the innermost heading in capitals.
func capsLevel(stack []*node) int {
	for i := len(stack) - 1; i > 0; i-- {
		if k := stack[i].b.mark.kind; k == markCaps || k == markArticle {
			return i + 1
		}
	}
	return 1
}

// keywordHeadings open a part of the document by their words alone, as in
// programmes that number nothing but their targets.
var keywordHeadings = []string{"muc tieu tong quat", "muc tieu chung", "muc tieu cu the", "cac chi tieu", "chi tieu chu yeu", "tam nhin den nam", "dinh huong den nam"}

// keywordHeading reports whether an unnumbered paragraph is such a
// heading: it starts with the words and is short or sets its text after a
// colon.
func keywordHeading(s string) bool {
	f := foldHead(s)
	for _, k := range keywordHeadings {
		if strings.HasPrefix(f, k) {
			return runeLen(s) <= 120 || strings.Contains(s[:min(len(s), 120)], ":")
		}
	}
	return false
}

// lineOr is the node's line, or that of other for the root.
func (n *node) lineOr(other *node) int {
	if n.b != nil {
		return n.b.line
	}
	return other.b.line
}
