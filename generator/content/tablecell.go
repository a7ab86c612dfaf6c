package content

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// tableCells renders the cells of GFM tables as goldmark's table extension
// does, byte for byte, but without its fmt calls and without setting a
// style attribute on every aligned cell to render it: that was a third
// of rendering a body with a table of figures. A cell with attributes of
// its own goes to the extension's renderer.
type tableCells struct {
	stock renderer.NodeRendererFunc
}

// newTableCells takes the extension's own cell renderer, for the cells
// that have attributes.
func newTableCells() tableCells {
	var c capture
	extension.NewTableHTMLRenderer().RegisterFuncs(&c)
	return tableCells{stock: c.funcs[east.KindTableCell]}
}

func (t tableCells) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTableCell, t.render)
}

func (t tableCells) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*east.TableCell)
	if n.Attributes() != nil || t.stock == nil {
		return t.stock(w, source, node, entering)
	}
	tag := "td"
	if n.Parent().Kind() == east.KindTableHeader {
		tag = "th"
	}
	if !entering {
		w.WriteString("</" + tag + ">\n")
		return ast.WalkContinue, nil
	}
	w.WriteString("<" + tag)
	if n.Alignment != east.AlignNone {
		w.WriteString(` style="text-align:` + n.Alignment.String() + `"`)
	}
	w.WriteByte('>')
	return ast.WalkContinue, nil
}

// capture is a registerer that keeps the functions registered with it.
type capture struct {
	funcs map[ast.NodeKind]renderer.NodeRendererFunc
}

func (c *capture) Register(k ast.NodeKind, f renderer.NodeRendererFunc) {
	if c.funcs == nil {
		c.funcs = map[ast.NodeKind]renderer.NodeRendererFunc{}
	}
	c.funcs[k] = f
}

// fastTableCells is the Extender that puts tableCells before the table
// extension's renderer (a lower priority number registers last and wins).
type fastTableCells struct{}

func (fastTableCells) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(newTableCells(), 400)))
}
