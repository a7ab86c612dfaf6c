// Package theme loads a site's look from themes/<name>/: html/template
// layouts, static assets and the interface strings.
//
//	themes/default/
//	  layouts/base.html      the frame of every page; defines nothing itself but
//	                         calls {{template "main" .}}
//	  layouts/<kind>.html    one per kind of page (home, target, indicator, page,
//	                         list, programme, task, vision, data, 404); each defines "main"
//	  layouts/partials/*.html  templates shared by every layout
//	  assets/*.css, *.js     published under /assets/ with a content hash in the
//	                         name (style.3f2a9c1e.css), so browsers may cache them forever
//	  assets/NAME.toml       the record of assets/NAME when that file is built
//	                         elsewhere and committed as built (the chart runtime,
//	                         echarts.js): version, size, sha256 and the command that
//	                         rebuilds it; checked at every build, never published
//	  chartjs/               what the chart runtime is built from (see generator/chartjs);
//	                         read by that maintainer command only, never by the build
//	  i18n/vi.toml           interface strings: key = "text"
//
// Templates receive finished view structs from package site; they word
// things, they do not compute. Four functions are available: t "key" looks
// up an interface string (an unknown key fails the build), url "/du-lieu/"
// turns a site path into the link a page carries (with the base URL's path
// in front when the site is served under one, see package urls; every
// internal href and src goes through it), asset "style.css" gives an
// asset's link, and label "on_track" names a status.
package theme

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/tomlfile"
	"github.com/minhbach/minhbach/generator/urls"
)

// Theme is a loaded theme.
type Theme struct {
	Name    string
	layouts map[string]*template.Template
	strings map[string]string
	// Assets maps an asset's name ("style.css") to its published path
	// ("/assets/style.3f2a9c1e.css") and content.
	Assets map[string]Asset
	// Abbreviations are what the search box expands (AbbreviationsFile),
	// sorted by Short.
	Abbreviations []Abbreviation
	base          urls.Base
}

// Asset is one static file of the theme.
type Asset struct {
	URL  string
	Data []byte
	// Record, when set, is the asset's record (see Record); Load fails
	// when the asset differs from it.
	Record *Record
}

// Load reads themes/<name> from fsys, for a site whose links start with
// base.
func Load(fsys fs.FS, name string, base urls.Base) (*Theme, error) {
	root := path.Join("themes", name)
	if _, err := fs.Stat(fsys, root); err != nil {
		return nil, diag.Problem{File: root, Msg: "không tìm thấy giao diện " + name + "; hãy kiểm tra khoá theme trong config.toml"}
	}
	th := &Theme{Name: name, layouts: map[string]*template.Template{}, Assets: map[string]Asset{}, base: base}
	var l diag.List
	if err := th.loadStrings(fsys, path.Join(root, "i18n", "vi.toml")); err != nil {
		l.Merge(root, err)
	}
	if err := th.loadAbbreviations(fsys, path.Join(root, AbbreviationsFile)); err != nil {
		l.Merge(root, err)
	}
	if err := th.loadAssets(fsys, path.Join(root, "assets")); err != nil {
		l.Merge(root, err)
	}
	if err := th.loadLayouts(fsys, path.Join(root, "layouts")); err != nil {
		l.Merge(root, err)
	}
	return th, l.Err()
}

func (th *Theme) loadStrings(fsys fs.FS, file string) error {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return diag.Problem{File: file, Msg: "thiếu tệp chuỗi giao diện tiếng Việt"}
	}
	return tomlfile.Decode(file, data, 1, &th.strings)
}

func (th *Theme) loadAssets(fsys fs.FS, dir string) error {
	var l diag.List
	records := map[string][]byte{}
	fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			l.Unreadable(p, err)
			return nil
		}
		if d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			l.Unreadable(p, err)
			return nil
		}
		name := strings.TrimPrefix(p, dir+"/")
		if recorded, ok := strings.CutSuffix(name, RecordExt); ok {
			records[recorded] = data
			return nil
		}
		th.AddAsset(name, data)
		return nil
	})
	l.Merge(dir, th.checkRecords(dir, records))
	return l.Err()
}

func (th *Theme) funcs() template.FuncMap {
	return template.FuncMap{
		"t": func(key string) (string, error) {
			s, ok := th.strings[key]
			if !ok {
				return "", fmt.Errorf("không có chuỗi giao diện %q trong i18n/vi.toml", key)
			}
			return s, nil
		},
		"url": th.base.Href,
		"asset": func(name string) (string, error) {
			a, ok := th.Assets[name]
			if !ok {
				return "", fmt.Errorf("không có tệp %q trong assets/", name)
			}
			return th.base.Href(a.URL), nil
		},
		"label": progress.Label,
	}
}

func (th *Theme) loadLayouts(fsys fs.FS, dir string) error {
	baseFile := path.Join(dir, "base.html")
	baseSrc, err := fs.ReadFile(fsys, baseFile)
	if err != nil {
		return diag.Problem{File: baseFile, Msg: "thiếu khung trang base.html"}
	}
	base, err := template.New("base.html").Funcs(th.funcs()).Parse(string(baseSrc))
	if err != nil {
		return templateProblem(baseFile, err)
	}
	// Partials are shared by every layout: parse them into the base.
	partials, _ := fs.Glob(fsys, path.Join(dir, "partials", "*.html"))
	for _, file := range partials {
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			return err
		}
		if _, err := base.New(path.Base(file)).Parse(string(src)); err != nil {
			return templateProblem(file, err)
		}
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return err
	}
	var l diag.List
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "base.html" || !strings.HasSuffix(name, ".html") {
			continue
		}
		file := path.Join(dir, name)
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			l.Add(file, 0, 0, "không đọc được: %v", err)
			continue
		}
		t, err := base.Clone()
		if err == nil {
			t, err = t.Parse(string(src))
		}
		if err != nil {
			l.Append(templateProblem(file, err))
			continue
		}
		th.layouts[strings.TrimSuffix(name, ".html")] = t
	}
	return l.Err()
}

// templateProblem turns a template parse error into a problem at its line.
// html/template errors read "template: name:LINE: message".
func templateProblem(file string, err error) diag.Problem {
	msg := err.Error()
	line := 0
	if _, rest, ok := strings.Cut(msg, ".html:"); ok {
		fmt.Sscanf(rest, "%d", &line)
		if _, m, ok := strings.Cut(rest, ": "); ok {
			msg = m
		}
	}
	return diag.Problem{File: file, Line: line, Msg: "lỗi mẫu trang: " + msg}
}

// String returns the interface string of key, for text the site writes
// outside the templates (the column descriptions of the open data), and
// false when i18n/vi.toml lacks it.
func (th *Theme) String(key string) (string, bool) {
	s, ok := th.strings[key]
	return s, ok
}

// AddAsset publishes data as an asset of the theme under name, with a
// content hash in its URL, as if it were in assets/.
func (th *Theme) AddAsset(name string, data []byte) {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	th.Assets[name] = Asset{URL: "/assets/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext, Data: data}
}

// Render executes the layout of kind with data.
func (th *Theme) Render(kind string, data any) ([]byte, error) {
	t := th.layouts[kind]
	if t == nil {
		return nil, fmt.Errorf("giao diện %s thiếu mẫu %s.html", th.Name, kind)
	}
	var buf bytes.Buffer
	buf.Grow(16 << 10)
	// A layout that defines "document" is a whole page of its own, without
	// base.html's frame: an indicator's embed, shown inside other sites.
	frame := "base.html"
	if t.Lookup("document") != nil {
		frame = "document"
	}
	if err := t.ExecuteTemplate(&buf, frame, data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// RenderPartial executes one of the shared templates in layouts/partials
// on its own, for HTML that goes inside a page's body (a chart embed).
func (th *Theme) RenderPartial(name string, data any) ([]byte, error) {
	for _, t := range th.layouts {
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, name, data); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	return nil, fmt.Errorf("giao diện %s không có mẫu trang nào", th.Name)
}
