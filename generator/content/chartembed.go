package content

import (
	"regexp"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The chart embed puts a live chart of an indicator into any page with one
// line of its own:
//
//	{{< chart "8.6" >}}
//
// It is a goldmark extension in goldmark's own shape: a node, a block parser,
// a renderer and an Extender. The parser records the indicator code and the
// file line; the site fills in the HTML before rendering (see
// Page.RenderBody), so this package needs to know nothing of indicators.

// KindChartEmbed is the node kind of a chart embed.
var KindChartEmbed = ast.NewNodeKind("ChartEmbed")

// ChartEmbed is a {{< chart "CODE" >}} line.
type ChartEmbed struct {
	ast.BaseBlock
	Code string
	Line int // in the file
	// HTML is what the site renders for the chart; filled before rendering.
	HTML []byte
}

// Kind implements ast.Node.
func (n *ChartEmbed) Kind() ast.NodeKind { return KindChartEmbed }

// Dump implements ast.Node.
func (n *ChartEmbed) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Code": n.Code}, nil)
}

var reChartEmbed = regexp.MustCompile(`^\{\{<\s*chart\s+"([^"]*)"\s*>\}\}\s*$`)

type chartEmbedParser struct{}

func (chartEmbedParser) Trigger() []byte { return []byte{'{'} }

func (chartEmbedParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, seg := reader.PeekLine()
	m := reChartEmbed.FindSubmatch(util.TrimRightSpace(line))
	if m == nil || pc.BlockIndent() > 3 {
		return nil, parser.NoChildren
	}
	n, _ := reader.Position()
	reader.Advance(seg.Len())
	return &ChartEmbed{Code: string(m[1]), Line: n + 1}, parser.NoChildren
}

func (chartEmbedParser) Continue(ast.Node, text.Reader, parser.Context) parser.State {
	return parser.Close
}
func (chartEmbedParser) Close(ast.Node, text.Reader, parser.Context) {}
func (chartEmbedParser) CanInterruptParagraph() bool                 { return true }
func (chartEmbedParser) CanAcceptIndentedLine() bool                 { return false }

type chartEmbedRenderer struct{}

func (chartEmbedRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindChartEmbed, func(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			w.Write(node.(*ChartEmbed).HTML)
		}
		return ast.WalkSkipChildren, nil
	})
}

// chartEmbeds is the Extender that registers the parser and renderer.
type chartEmbeds struct{}

func (chartEmbeds) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(chartEmbedParser{}, 50)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(chartEmbedRenderer{}, 50)))
}
