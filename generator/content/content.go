// Package content reads the markdown pages under content/ and renders their
// bodies to HTML. It is the one place goldmark is configured.
//
// A page is a markdown file that starts with TOML front matter between two
// "+++" lines:
//
//	+++
//	title   = "Sóc Trăng khởi công 500 căn nhà ở xã hội"
//	date    = 2025-09-12
//	summary = "Một câu tóm tắt cho danh sách tin."
//	tags    = ["nhà ở xã hội"]
//	indicators = ["9.1"]   # indicators the page is about
//	draft   = false
//	weight  = 0            # order in menus; smaller first
//	+++
//	Nội dung bằng **markdown**.
//
// Where a page lives decides its URL: content/_index.md is the home page's
// introduction, content/gioi-thieu.md is /gioi-thieu/, and
// content/tin-tuc/slug.md is /tin-tuc/slug/ (content/tin-tuc/_index.md is
// that section's introduction). A translation carries its language before
// ".md": content/gioi-thieu.en.md is the English of gioi-thieu.md, shown
// at the same path in the English edition (Page.Lang). Markdown is CommonMark with GitHub tables,
// footnotes and typographic quotes; headings get anchors folded from
// Vietnamese ("Mục tiêu" → #muc-tieu). Raw HTML is dropped unless config
// allows it, and links with script schemes are never written.
//
// A page may nest lists and quotes 32 deep, hold 32 open "[" in a paragraph
// and 500 lines in one paragraph (see limits.go): past that, goldmark's work
// would grow with the square of the page, so the page is refused at the line.
package content

import (
	"bytes"
	"errors"
	"io/fs"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/tomlfile"
	"github.com/minhbach/minhbach/generator/urls"
	"github.com/minhbach/minhbach/generator/vi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// Dir is the content folder, relative to the site root.
const Dir = "content"

// Page is one markdown file, its front matter and its rendered body.
type Page struct {
	// File is the path from the site root: "content/tin-tuc/a.md".
	File string
	// Section is the first folder under content/ ("tin-tuc"), or "".
	Section string
	// Slug is the file name without extension; "_index" for a section's
	// introduction.
	Slug string
	// Lang is "" for a page of the site's main language, and the language
	// of a translation: gioi-thieu.en.md is the English of gioi-thieu.md,
	// with the same Slug and URL (the site puts its edition in front).
	Lang string
	Meta
	// Body is the rendered HTML, once RenderBody has run, packed.
	Body Body
	// Charts are the chart embeds in the page, in order.
	Charts []*ChartEmbed

	src   []byte   // markdown, with front matter blanked to keep line numbers
	front []byte   // the front matter, for Line
	first int      // the file line of its first line
	doc   ast.Node // parsed once, rendered by RenderBody
	md    *Markdown
	refs  []Ref  // as written, before links get the base path
	url   string // URL, once Parse knows it
}

// Meta is the front matter.
type Meta struct {
	Title string `toml:"title"`
	// Date is in the site's zone (Options.Zone).
	Date       time.Time `toml:"date"`
	Draft      bool      `toml:"draft"`
	Summary    string    `toml:"summary"`
	Weight     int       `toml:"weight"`
	Tags       []string  `toml:"tags"`
	Aliases    []string  `toml:"aliases"`
	Indicators []string  `toml:"indicators"`
}

// Line returns the file line of a front-matter key, for messages about it;
// the first line of the front matter when the key is not written.
func (p *Page) Line(key string) int {
	return p.first - 1 + tomlfile.KeyLine(p.front, key)
}

// IsIndex reports whether the page introduces its section (or the home page).
func (p *Page) IsIndex() bool { return p.Slug == "_index" }

// URL is the page's path on the site, with a trailing slash.
func (p *Page) URL() string {
	if p.url != "" {
		return p.url
	}
	return p.path()
}

// path works out URL; Parse keeps it, since a build asks for it many
// times a page (its lists, links, search item and alternates).
func (p *Page) path() string {
	switch {
	case p.IsIndex() && p.Section == "":
		return "/"
	case p.IsIndex():
		return "/" + p.Section + "/"
	case p.Section == "":
		return "/" + p.Slug + "/"
	}
	return "/" + p.Section + "/" + p.Slug + "/"
}

// Options are the markdown settings from config.
type Options struct {
	UnsafeHTML bool
	// Zone is the site's time zone: dates written without an offset are
	// read in it, and every date is given in it. Nil means UTC.
	Zone *time.Location
	// CheckChart says why a code may not be embedded with
	// {{< chart "CODE" >}}, or returns "" when it may; nil refuses all.
	CheckChart func(code string) string
	// Base is what the site's links start with ("/" or "/minhbach/"):
	// a link written /chi-tieu/8/ in markdown is published as Base's.
	Base urls.Base
	// Cache, when set, keeps parsed pages for the next Load (cache.go).
	Cache *Cache
}

// Markdown is a configured goldmark converter.
type Markdown struct {
	md     goldmark.Markdown
	check  func(string) string
	base   urls.Base
	zone   *time.Location
	unsafe bool
	cache  *Cache
}

// NewMarkdown configures goldmark once for the whole build.
func NewMarkdown(o Options) *Markdown {
	var rendererOpts []renderer.Option
	if o.UnsafeHTML {
		rendererOpts = append(rendererOpts, html.WithUnsafe())
	}
	md := goldmark.New(
		goldmark.WithParser(newParser()), // first: the options below add to it
		goldmark.WithExtensions(extension.Table, fastTableCells{}, extension.Strikethrough, extension.Footnote, extension.Typographer, chartEmbeds{}),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(rendererOpts...),
	)
	zone := o.Zone
	if zone == nil {
		zone = time.UTC
	}
	return &Markdown{md: md, check: o.CheckChart, zone: zone, base: o.Base, unsafe: o.UnsafeHTML, cache: o.Cache}
}

// parse reads markdown once; heading IDs are unique within one document.
// It returns the places where src passes the limits on nesting.
func (m *Markdown) parse(src []byte) (ast.Node, []limitProblem) {
	ctx := parser.NewContext(parser.WithIDs(newIDs()))
	doc := m.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	return doc, limitsOf(ctx).problems()
}

// RenderBody renders the page's markdown into Body. chart returns the HTML
// of the n-th embed of a code in this page (n from 1), so a page may show
// the same indicator twice with distinct element IDs.
//
// A page without embeds has its body from Parse; RenderBody then does
// nothing.
func (p *Page) RenderBody(chart func(code string, n int) ([]byte, error)) error {
	if p.doc == nil {
		return nil
	}
	seen := map[string]int{}
	for _, c := range p.Charts {
		seen[c.Code]++
		html, err := chart(c.Code, seen[c.Code])
		if err != nil {
			return diag.Problem{File: p.File, Line: c.Line, Col: 1, Msg: "không dựng được biểu đồ " + c.Code + ": " + err.Error()}
		}
		c.HTML = html
	}
	var buf bytes.Buffer
	if err := p.md.md.Renderer().Render(&buf, p.src, p.doc); err != nil {
		return diag.Problem{File: p.File, Msg: "không chuyển được markdown: " + err.Error()}
	}
	p.Body = NewBody(buf.Bytes())
	p.doc, p.src = nil, nil
	return nil
}

// Files reads the files of content/ in fsys that are not pages (images,
// PDFs), by the path they are published at: content/anh/cau.jpg is
// anh/cau.jpg. It reports every file it cannot read.
func Files(fsys fs.FS) (map[string][]byte, error) {
	var l diag.List
	files := map[string][]byte{}
	fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			l.Unreadable(p, err)
			return nil
		}
		if d.IsDir() || strings.HasSuffix(p, ".md") {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			l.Unreadable(p, err)
			return nil
		}
		files[strings.TrimPrefix(p, Dir+"/")] = data
		return nil
	})
	return files, l.Err()
}

// Load reads and renders every page under content/ in fsys. Drafts are kept;
// the site decides whether to publish them. Pages are read and parsed on
// every core; problems and pages come out in file order all the same.
func Load(fsys fs.FS, md *Markdown) ([]*Page, error) {
	var l diag.List
	var files []string
	err := fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if p == Dir && errors.Is(err, fs.ErrNotExist) {
			l.Add(Dir, 0, 0, "không có thư mục content/; hãy tạo nó, với ít nhất trang content/_index.md (lời giới thiệu ở trang chủ)")
			return nil
		}
		if err != nil {
			l.Unreadable(p, err)
			return nil
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		l.Add(Dir, 0, 0, "không đọc được thư mục nội dung: %v", err)
	}
	sort.Strings(files)
	pages := make([]*Page, len(files))
	errs := make([]error, len(files))
	eachFile(len(files), func(i int) {
		if md.cache != nil {
			if p := md.cache.unread(files[i], md.settings()); p != nil {
				pages[i] = p
				return
			}
		}
		src, err := textfile.Read(fsys, files[i])
		if err != nil {
			var one diag.List
			one.Unreadable(files[i], err)
			errs[i] = one.Err()
			return
		}
		if md.cache == nil {
			pages[i], errs[i] = Parse(files[i], src, md)
			return
		}
		set := md.settings()
		p, sum := md.cache.get(files[i], src, set)
		if p == nil {
			p, errs[i] = Parse(files[i], src, md)
			md.cache.put(files[i], sum, len(src), set, p)
		}
		pages[i] = p
	})
	if md.cache != nil {
		md.cache.keep(files)
	}
	var out []*Page
	for i, p := range pages {
		l.Merge(files[i], errs[i])
		if p != nil {
			out = append(out, p)
		}
	}
	return out, l.Err()
}

// eachFile runs do(0) … do(n-1) on every core.
func eachFile(n int, do func(int)) {
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				do(i)
			}
		}()
	}
	wg.Wait()
}

// reTranslation is the name of a translated page without ".md":
// "gioi-thieu.en", "_index.en".
var reTranslation = regexp.MustCompile(`^(.+)\.([a-z]{2})$`)

// Parse reads one page. file is its path from the site root.
func Parse(file string, src []byte, md *Markdown) (*Page, error) {
	rel := strings.TrimPrefix(file, Dir+"/")
	dir, name := path.Split(rel)
	p := &Page{File: file, Section: strings.Trim(dir, "/"), Slug: strings.TrimSuffix(name, ".md")}
	if m := reTranslation.FindStringSubmatch(p.Slug); m != nil {
		p.Slug, p.Lang = m[1], m[2]
	}
	if strings.Contains(p.Section, "/") {
		return nil, diag.Problem{File: file, Msg: "trang nằm quá sâu; chỉ dùng một cấp thư mục dưới content/, ví dụ content/tin-tuc/"}
	}
	if !p.IsIndex() && vi.Slug(p.Slug) != p.Slug {
		return nil, diag.Problem{File: file, Msg: "tên tệp phải viết thường, không dấu, nối bằng gạch ngang; hãy đổi thành " + vi.Slug(p.Slug) + ".md"}
	}
	p.url = p.path()
	front, body, line, err := splitFrontMatter(file, src)
	if err != nil {
		return nil, err
	}
	// The date is decoded as a tomlfile.Time, which knows whether it was
	// written with an offset, and given to Meta in the site's zone.
	var fm struct {
		Meta
		Date tomlfile.Time `toml:"date"`
	}
	if err := tomlfile.Decode(file, front, line, &fm); err != nil {
		return nil, err
	}
	p.Meta, p.front, p.first = fm.Meta, front, line
	p.Date = fm.Date.In(md.zone)
	if strings.TrimSpace(p.Title) == "" {
		return nil, diag.Problem{File: file, Line: line, Col: 1, Msg: "thiếu title trong phần đầu trang; hãy thêm dòng title = \"…\""}
	}
	p.src, p.md = body, md
	doc, passed := md.parse(body)
	p.doc = doc
	p.scan(md.base)
	if cap(p.refs) > len(p.refs) {
		p.refs = slices.Clone(p.refs) // kept for the page's life: its size, not what append grew
	}
	var l diag.List
	for _, lp := range passed {
		line, col := p.position(lp.offset)
		l.Add(file, line, col, "%s", lp.msg)
	}
	for _, c := range p.Charts {
		msg := "trang này không nhúng được biểu đồ"
		if md.check != nil {
			msg = md.check(c.Code)
		}
		if msg != "" {
			l.Add(file, c.Line, 1, "%s", msg)
		}
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	if len(p.Charts) == 0 {
		// Nothing in the body waits for the site: render it now and let
		// the syntax tree and the source go, so memory holds one body per
		// page, not its tree.
		if err := p.RenderBody(nil); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// splitFrontMatter separates the TOML between the "+++" lines from the
// markdown. The markdown keeps blank lines where the front matter was, so
// line numbers in it are line numbers in the file. line is the file line of
// the first front-matter line.
func splitFrontMatter(file string, src []byte) (front, body []byte, line int, err error) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(src, []byte("+++\n")) {
		return nil, nil, 0, diag.Problem{File: file, Line: 1, Col: 1, Msg: "trang phải bắt đầu bằng phần đầu trang giữa hai dòng +++ (xem các trang mẫu trong content/)"}
	}
	rest := src[4:]
	end := bytes.Index(rest, []byte("\n+++\n"))
	if end < 0 {
		if bytes.HasSuffix(rest, []byte("\n+++")) {
			end = len(rest) - 4
		} else {
			return nil, nil, 0, diag.Problem{File: file, Line: 1, Col: 1, Msg: "không tìm thấy dòng +++ đóng phần đầu trang; hãy thêm một dòng chỉ có +++ sau các khoá"}
		}
	}
	front = bytes.Clone(rest[:end+1]) // kept for Line: not the whole file with it
	after := rest[min(end+5, len(rest)):]
	headerLines := 2 + bytes.Count(front, []byte("\n"))
	body = append(bytes.Repeat([]byte("\n"), headerLines), after...)
	return front, body, 2, nil
}

// ids makes heading anchors from Vietnamese text. The second "Mục tiêu"
// gets muc-tieu-1, the third muc-tieu-2; next remembers the number to try
// for each base, so a page of many equal headings stays linear.
type ids struct {
	used map[string]bool
	next map[string]int
}

func newIDs() *ids { return &ids{used: map[string]bool{}, next: map[string]int{}} }

func (s *ids) Generate(value []byte, _ ast.NodeKind) []byte {
	base := vi.Slug(string(value))
	if base == "" {
		base = "muc"
	}
	n := s.next[base]
	id := base
	if n > 0 {
		id = base + "-" + strconv.Itoa(n)
	}
	for s.used[id] {
		n++
		id = base + "-" + strconv.Itoa(n)
	}
	s.next[base] = n + 1
	s.used[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) { s.used[string(value)] = true }
