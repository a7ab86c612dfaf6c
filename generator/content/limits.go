package content

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Limits on how a page may nest, so that no page can make the build slow.
// goldmark's work grows with the square of these, where each is unbounded:
//
//   - open lists and blockquotes: it walks the stack of them for each line
//     (a page of 100,000 list items, each one deeper, took 24 seconds);
//   - open "[" in a paragraph: each "]" walks back over the text inside;
//   - "](" in one run of text without a space or closing ")": each reads
//     the link's address to the end of the run;
//   - lines in one paragraph: each link reads back over the paragraph's
//     lines, and link definitions ("[a]: /url") are cut out of it one by one.
//
// Real pages nest lists three or four deep, brackets two, and write
// paragraphs of a few lines. Past these limits the build stops with an error
// at the line, and the parse is linear in the size of the page, since each
// of these is bounded by a constant.
const (
	// MaxDepth is how many lists and blockquotes may be open at once.
	MaxDepth = 32
	// MaxBrackets is how many "[" may be open at once in one paragraph,
	// and how many "](" one run of text may hold.
	MaxBrackets = 32
	// MaxLines is how many lines one paragraph may have (a table may have
	// more: its rows are read one by one).
	MaxLines = 500
)

// newParser is goldmark's default parser with the parsers that nest
// wrapped in the limits above.
func newParser() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(
			util.Prioritized(parser.NewSetextHeadingParser(), 100),
			util.Prioritized(parser.NewThematicBreakParser(), 200),
			util.Prioritized(depthLimit{parser.NewListParser()}, 300),
			util.Prioritized(parser.NewListItemParser(), 400),
			util.Prioritized(parser.NewCodeBlockParser(), 500),
			util.Prioritized(parser.NewATXHeadingParser(), 600),
			util.Prioritized(parser.NewFencedCodeBlockParser(), 700),
			util.Prioritized(depthLimit{parser.NewBlockquoteParser()}, 800),
			util.Prioritized(parser.NewHTMLBlockParser(), 900),
			util.Prioritized(parser.NewParagraphParser(), 1000),
		),
		parser.WithInlineParsers(
			util.Prioritized(parser.NewCodeSpanParser(), 100),
			util.Prioritized(bracketLimit{parser.NewLinkParser()}, 200),
			util.Prioritized(parser.NewAutoLinkParser(), 300),
			util.Prioritized(parser.NewRawHTMLParser(), 400),
			util.Prioritized(parser.NewEmphasisParser(), 500),
		),
		parser.WithParagraphTransformers(
			util.Prioritized(lineLimit{}, 0), // before link definitions and tables
			util.Prioritized(parser.LinkReferenceParagraphTransformer, 100),
		),
	)
}

// limitsKey holds a parse's *limits in its parser.Context.
var limitsKey = parser.NewContextKey()

// limits is what one parse has met of the limits: the open brackets of
// the current paragraph, the run of text the last "](" reads, and the first
// place each limit was passed.
type limits struct {
	brackets int
	// runEnd is where the address after the last "](" can reach, and
	// runLinks how many "](" have read up to it.
	runEnd, runLinks int
	passed           [4]int // byte offset of the first excess of each limit, or -1
}

// The limits, as indexes of limits.passed.
const (
	tooDeep = iota
	tooManyBrackets
	tooLongRun
	tooManyLines
)

var limitMessages = [...]string{
	tooDeep:         fmt.Sprintf("danh sách hoặc trích dẫn (>) lồng nhau quá %d cấp; hãy viết phẳng hơn, ví dụ tách thành nhiều danh sách ngắn", MaxDepth),
	tooManyBrackets: fmt.Sprintf("quá %d dấu [ chưa đóng trong một đoạn; hãy đóng mỗi liên kết [chữ](địa chỉ), hoặc viết \\[ cho dấu [ thường", MaxBrackets),
	tooLongRun:      fmt.Sprintf("quá %d liên kết ]( liền nhau không có dấu cách hay dấu ) đóng; hãy đóng mỗi địa chỉ bằng ) và tách các liên kết bằng dấu cách", MaxBrackets),
	tooManyLines:    fmt.Sprintf("đoạn văn dài quá %d dòng liền nhau; hãy chèn dòng trống để chia thành nhiều đoạn", MaxLines),
}

func limitsOf(pc parser.Context) *limits {
	if l, ok := pc.Get(limitsKey).(*limits); ok {
		return l
	}
	l := &limits{passed: [4]int{-1, -1, -1, -1}}
	pc.Set(limitsKey, l)
	return l
}

// pass records that limit was passed at offset, the first time only.
func (l *limits) pass(limit, offset int) {
	if l.passed[limit] < 0 {
		l.passed[limit] = offset
	}
}

// problems returns the limits passed, as messages at byte offsets.
func (l *limits) problems() []limitProblem {
	var out []limitProblem
	for limit, offset := range l.passed {
		if offset >= 0 {
			out = append(out, limitProblem{offset, limitMessages[limit]})
		}
	}
	return out
}

type limitProblem struct {
	offset int
	msg    string
}

// depthLimit opens no list or blockquote inside MaxDepth others: the line
// is read as text instead, and the page is refused.
type depthLimit struct{ parser.BlockParser }

func (d depthLimit) Open(parent ast.Node, r text.Reader, pc parser.Context) (ast.Node, parser.State) {
	// Count the items and quotes the new block would sit in: goldmark also
	// asks with a list itself as the parent, when it tries a new list at
	// the same level, and that list is no deeper.
	depth := 0
	for n := parent; n != nil; n = n.Parent() {
		if k := n.Kind(); k == ast.KindListItem || k == ast.KindBlockquote {
			depth++
		}
	}
	if depth >= MaxDepth {
		_, seg := r.PeekLine()
		limitsOf(pc).pass(tooDeep, seg.Start)
		return nil, parser.NoChildren
	}
	return d.BlockParser.Open(parent, r, pc)
}

// bracketLimit opens no link label inside MaxBrackets others in one
// paragraph, and reads no more than MaxBrackets link addresses over one run
// of text: past either, the "[" or "]" is read as text, and the page is
// refused.
type bracketLimit struct{ parser.InlineParser }

func (b bracketLimit) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	l := limitsOf(pc)
	switch {
	case bytes.HasPrefix(line, []byte("[")) || bytes.HasPrefix(line, []byte("![")):
		if l.brackets >= MaxBrackets {
			l.pass(tooManyBrackets, seg.Start)
			return nil
		}
		n := b.InlineParser.Parse(parent, block, pc)
		if n != nil {
			l.brackets++
		}
		return n
	case bytes.HasPrefix(line, []byte("](")):
		if seg.Start >= l.runEnd {
			l.runEnd, l.runLinks = seg.Start+2+addressLength(line[2:]), 0
		}
		if l.runLinks++; l.runLinks > MaxBrackets {
			l.pass(tooLongRun, seg.Start)
			return nil
		}
		fallthrough
	case bytes.HasPrefix(line, []byte("]")) && l.brackets > 0:
		l.brackets = max(l.brackets-1, 0)
	}
	return b.InlineParser.Parse(parent, block, pc)
}

// addressLength is how far goldmark reads a link's address in s: to the
// first blank or the first ")" that closes no "(". An address read from any
// later "(" inside it stops there or sooner, so one measure serves the run.
func addressLength(s []byte) int {
	open := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case c == '(':
			open++
		case c == ')':
			if open--; open < 0 {
				return i
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			return i
		}
	}
	return len(s)
}

// CloseBlock ends a paragraph: its brackets are closed or are text now.
func (b bracketLimit) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	limitsOf(pc).brackets = 0
	if c, ok := b.InlineParser.(parser.CloseBlocker); ok {
		c.CloseBlock(parent, block, pc)
	}
}

// lineLimit refuses a paragraph of more than MaxLines lines, before
// goldmark cuts link definitions out of it; it keeps tables, whose second
// line is a row of dashes.
type lineLimit struct{}

func (lineLimit) Transform(node *ast.Paragraph, r text.Reader, pc parser.Context) {
	lines := node.Lines()
	if lines.Len() <= MaxLines {
		return
	}
	row := lines.At(1)
	second := row.Value(r.Source())
	if len(bytes.Trim(second, "|-: \t\r\n")) == 0 && bytes.Contains(second, []byte("-")) {
		return
	}
	limitsOf(pc).pass(tooManyLines, lines.At(MaxLines).Start)
	node.Parent().RemoveChild(node.Parent(), node) // the page is refused: skip the work
}
