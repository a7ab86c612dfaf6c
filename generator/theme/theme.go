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
//	  i18n/vi.toml           interface strings: key = "text"
//
// Templates receive finished view structs from package site; they word
// things, they do not compute. Three functions are available: t "key" looks
// up an interface string (an unknown key fails the build), asset "style.css"
// gives an asset's published URL, and label "on_track" names a status.
package theme

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/tomlfile"
)

// Theme is a loaded theme.
type Theme struct {
	Name    string
	root    string // themes/<name>
	layouts map[string]*template.Template
	// sources are the text of each template file by the name templates
	// know it by ("page.html", "status.html"), so errors can point into it.
	sources map[string]source
	strings map[string]string
	// Assets maps an asset's name ("style.css") to its published path
	// ("/assets/style.3f2a9c1e.css") and content.
	Assets map[string]Asset
}

// Asset is one static file of the theme.
type Asset struct {
	URL  string
	Data []byte
}

// Load reads themes/<name> from fsys.
func Load(fsys fs.FS, name string) (*Theme, error) {
	root := path.Join("themes", name)
	if _, err := fs.Stat(fsys, root); err != nil {
		return nil, diag.Problem{File: root, Msg: "không tìm thấy giao diện " + name + "; hãy kiểm tra khoá theme trong config.toml"}
	}
	th := &Theme{Name: name, root: root, layouts: map[string]*template.Template{}, sources: map[string]source{}, Assets: map[string]Asset{}}
	var l diag.List
	if err := th.loadStrings(fsys, path.Join(root, "i18n", "vi.toml")); err != nil {
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
	data, err := textfile.Read(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return diag.Problem{File: file, Msg: "thiếu tệp chuỗi giao diện tiếng Việt"}
	}
	if err != nil {
		return err
	}
	return tomlfile.Decode(file, data, 1, &th.strings)
}

func (th *Theme) loadAssets(fsys fs.FS, dir string) error {
	return fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		th.AddAsset(strings.TrimPrefix(p, dir+"/"), data)
		return nil
	})
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
		"asset": func(name string) (string, error) {
			a, ok := th.Assets[name]
			if !ok {
				return "", fmt.Errorf("không có tệp %q trong assets/", name)
			}
			return a.URL, nil
		},
		"label": progress.Label,
	}
}

// source is one template file.
type source struct{ file, text string }

// read reads a template file and keeps its text for error positions.
func (th *Theme) read(fsys fs.FS, file string) (string, error) {
	data, err := textfile.Read(fsys, file)
	if err != nil {
		return "", err
	}
	th.sources[path.Base(file)] = source{file: file, text: string(data)}
	return string(data), nil
}

// loadLayouts parses base.html and the partials into one template set,
// then each layout into a copy of it. Every file is parsed under its own
// name, so an error while rendering names the file it comes from.
func (th *Theme) loadLayouts(fsys fs.FS, dir string) error {
	baseFile := path.Join(dir, "base.html")
	baseSrc, err := th.read(fsys, baseFile)
	if errors.Is(err, fs.ErrNotExist) {
		return diag.Problem{File: baseFile, Msg: "thiếu khung trang base.html"}
	}
	if err != nil {
		return err
	}
	base, err := template.New("base.html").Funcs(th.funcs()).Parse(baseSrc)
	if err != nil {
		return th.problem(err, baseFile)
	}
	// Partials are shared by every layout: parse them into the base. A
	// broken one is reported and the layouts are read anyway, so one run
	// shows every template mistake.
	var l diag.List
	partials, _ := fs.Glob(fsys, path.Join(dir, "partials", "*.html"))
	for _, file := range partials {
		src, err := th.read(fsys, file)
		if err == nil {
			_, err = base.New(path.Base(file)).Parse(src)
		}
		if err != nil {
			l.Append(th.problem(err, file))
		}
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return diag.Problem{File: dir, Msg: "không đọc được thư mục mẫu trang: " + err.Error()}
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "base.html" || !strings.HasSuffix(name, ".html") {
			continue
		}
		file := path.Join(dir, name)
		src, err := th.read(fsys, file)
		if err != nil {
			l.Merge(file, err)
			continue
		}
		t, err := base.Clone()
		if err == nil {
			_, err = t.New(name).Parse(src)
		}
		if err != nil {
			l.Append(th.problem(err, file))
			continue
		}
		th.layouts[strings.TrimSuffix(name, ".html")] = t
	}
	return l.Err()
}

// AddAsset publishes data as an asset of the theme under name, with a
// content hash in its URL, as if it were in assets/.
func (th *Theme) AddAsset(name string, data []byte) {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	th.Assets[name] = Asset{URL: "/assets/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext, Data: data}
}

// Render executes the layout of kind with data. An error is a
// diag.Problem at the template file, line and column where it happened.
func (th *Theme) Render(kind string, data any) ([]byte, error) {
	file := path.Join(th.root, "layouts", kind+".html")
	t := th.layouts[kind]
	if t == nil {
		return nil, diag.Problem{File: file, Msg: "giao diện " + th.Name + " thiếu mẫu " + kind + ".html"}
	}
	var buf bytes.Buffer
	buf.Grow(16 << 10)
	if err := t.ExecuteTemplate(&buf, "base.html", data); err != nil {
		return nil, th.problem(err, file)
	}
	return buf.Bytes(), nil
}

// RenderPartial executes one of the shared templates in layouts/partials
// on its own, for HTML that goes inside a page's body (a chart embed).
func (th *Theme) RenderPartial(name string, data any) ([]byte, error) {
	file := path.Join(th.root, "layouts", "partials", name+".html")
	for _, t := range th.layouts {
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, name, data); err != nil {
			return nil, th.problem(err, file)
		}
		return buf.Bytes(), nil
	}
	return nil, diag.Problem{File: path.Join(th.root, "layouts"), Msg: "giao diện " + th.Name + " không có mẫu trang nào"}
}
