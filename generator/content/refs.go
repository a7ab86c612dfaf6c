package content

// The links and images of a page: found once, for the site's checks of
// every address, and rewritten under the site's base path.

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/urls"
	"github.com/yuin/goldmark/ast"
)

// Ref is a link or an image in a page's markdown, with its place in the
// file.
type Ref struct {
	URL       string
	Image     bool
	Alt       string // an image's text
	Line, Col int
}

// Refs lists the page's links and images as written, for checks of the
// whole site.
func (p *Page) Refs() []Ref { return p.refs }

// scan walks the page's syntax tree once, for what Parse needs of it: each
// link and image as written (Refs), then with base in front of the site
// path it points to, so that a page written for a site at a domain's
// root works under a sub-path too; and the chart embeds, in order.
func (p *Page) scan(base urls.Base) {
	ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var r Ref
		switch n := n.(type) {
		case *ast.Link:
			r.URL = string(n.Destination)
			n.Destination = []byte(base.Href(r.URL))
		case *ast.Image:
			r.URL, r.Image = string(n.Destination), true
			r.Alt = strings.TrimSpace(string(plainText(n, p.src)))
			n.Destination = []byte(base.Href(r.URL))
		case *ast.AutoLink:
			r.URL = string(n.URL(p.src))
		case *ChartEmbed:
			p.Charts = append(p.Charts, n)
			return ast.WalkContinue, nil
		default:
			return ast.WalkContinue, nil
		}
		r.Line, r.Col = p.position(n.Pos())
		p.refs = append(p.refs, r)
		return ast.WalkContinue, nil
	})
}

// position turns a byte offset of the markdown into a file line and column.
func (p *Page) position(offset int) (int, int) {
	if offset < 0 || offset > len(p.src) {
		return 0, 0
	}
	before := p.src[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

// plainText gathers the text under n.
func plainText(n ast.Node, src []byte) []byte {
	var b []byte
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			b = append(b, t.Segment.Value(src)...)
			continue
		}
		b = append(b, plainText(c, src)...)
	}
	return b
}
