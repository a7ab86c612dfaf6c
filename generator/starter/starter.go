// Package starter plans a whole new site from one programme text, for
// `generator init`: every file the site needs to build, as values (path →
// bytes), and what staff must check before they publish it.
//
// A new site is:
//
//	config.toml               title, description and issuer from the document;
//	                          a placeholder base_url; report_date, [years]
//	                          chosen from the document, each with its reason
//	seeds/FILE.txt            the text, byte for byte as given
//	data/indicators.toml      one drafted definition per measurable part
//	                          (package draft), as `import` writes them
//	data/CODE.csv             a header and no rows, per indicator
//	content/_index.md         the home page's introduction
//	content/gioi-thieu.md     about the site
//	content/phuong-phap.md    the method, with the site's years
//	content/tin-tuc/_index.md the news section
//	themes/default/…          the default theme, copied from the minhbach
//	                          folder init runs in (its maintainers' chartjs/
//	                          source left out)
//	.gitignore                keeps public/ out of git
//
// The words of the starter pages are in skeleton/, text/template files
// that receive the document's facts; no page is dated by the clock. The
// theme and .gitignore are shared: a copy of this repository already has
// them, and an existing one is kept rather than refused.
package starter

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"text/template"
	"time"

	"github.com/minhbach/minhbach/generator/draft"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
)

// CSVHeader is the first line of a new indicator's CSV: the columns a data
// officer fills in, in the order the reader expects them.
const CSVHeader = "year,value,source,source_url,status,note,updated\n"

// File is one file of a new site.
type File struct {
	Path string // from the site's root, with slashes
	Data []byte
	// Shared marks a file a copy of this repository already has (the
	// theme, .gitignore): one already there is kept, not a conflict.
	Shared bool
}

// Site is a new site's files and what staff should know of them.
type Site struct {
	Files []File
	// Found says what was read in the text; Check, what staff must check.
	Found, Check []string
}

//go:embed all:skeleton
var skeleton embed.FS

// New plans the site for the programme p, whose text src is to live at
// seed ("seeds/FILE.txt"). today dates the report only when the document
// names no date of its own.
//
// theme is the default theme's folder (themes/default of the minhbach
// folder the command runs in), copied into the new site.
func New(p *programme.Programme, seed string, src []byte, today time.Time, theme fs.FS) (*Site, error) {
	defs := draft.Definitions(p)
	if len(defs) == 0 {
		return nil, fmt.Errorf("%s: văn bản không có chỉ tiêu nào mà trình đọc tách được thành chỉ số, nên không tạo được trang; hãy xem các cảnh báo ở trên", p.File)
	}
	f := readFacts(p, seed, today)
	s := &Site{}
	if err := s.addSkeleton(f); err != nil {
		return nil, err
	}
	s.Files = append(s.Files, File{Path: seed, Data: src})
	if err := s.addDefinitions(p, defs); err != nil {
		return nil, err
	}
	if err := s.addTheme(theme); err != nil {
		return nil, err
	}
	s.report(p, f, defs)
	return s, nil
}

// addSkeleton renders every file of skeleton/ with the document's facts.
func (s *Site) addSkeleton(f facts) error {
	funcs := template.FuncMap{"toml": tomlString}
	return fs.WalkDir(skeleton, "skeleton", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(skeleton, name)
		if err != nil {
			return err
		}
		t, err := template.New(name).Funcs(funcs).Parse(string(src))
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := t.Execute(&buf, f); err != nil {
			return err
		}
		rel := strings.TrimPrefix(name, "skeleton/")
		s.Files = append(s.Files, File{Path: rel, Data: buf.Bytes(), Shared: rel == ".gitignore"})
		return nil
	})
}

// addDefinitions drafts data/indicators.toml and one empty CSV per code.
func (s *Site) addDefinitions(p *programme.Programme, defs []indicator.Definition) error {
	res, err := draft.Merge(nil, defs)
	if err != nil {
		return err
	}
	head := "# Định nghĩa các chỉ số, nháp từ " + p.File + " bằng go run ./generator init.\n" +
		"# Hãy sửa tên (name), thêm cơ quan phụ trách (agency) và kiểm tra từng giá trị với trích dẫn (quote).\n"
	s.Files = append(s.Files, File{Path: indicator.DefinitionsFile, Data: append([]byte(head), res.Added...)})
	for _, d := range defs {
		s.Files = append(s.Files, File{Path: "data/" + d.Code + ".csv", Data: []byte(CSVHeader)})
	}
	return nil
}

// addTheme copies the default theme, but for the source of its chart
// bundle (chartjs/), which only the maintainers' command reads: a new site
// uses the built assets/echarts.js and its record.
func (s *Site) addTheme(theme fs.FS) error {
	return fs.WalkDir(theme, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name == "chartjs" {
				return fs.SkipDir
			}
			return nil
		}
		data, err := fs.ReadFile(theme, name)
		s.Files = append(s.Files, File{Path: path.Join("themes", "default", name), Data: data, Shared: true})
		return err
	})
}

// tomlString quotes s as a TOML basic string. Control characters cannot
// come from a normalised document line, but are dropped to be sure.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < ' ' || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
