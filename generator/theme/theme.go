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
//	  i18n/vi.toml           interface strings: key = "text" (words.go); i18n/en.toml
//	                         and any other LANG.toml, the same keys in another language
//	  fonts/card.ttf         optional: the typeface of the PNG drawings (social
//	                         preview, chart download), with full Vietnamese; without
//	                         it the PNGs carry no words. Never published.
//	  theme.toml             optional: extends = "default" makes this theme hold
//	                         only what it changes (see SettingsFile)
//
// Templates receive finished view structs from package site; they word
// things, they do not compute. Four functions are available: t "key" looks
// up an interface string in the page's language, t "target_n" "n" 8 fills
// its placeholders (an unknown key fails the build), url "/du-lieu/"
// turns a site path into the link a page carries (with the base URL's path
// in front when the site is served under one, see package urls; every
// internal href and src goes through it), asset "style.css" gives an
// asset's link (its NAME.LANG.EXT variant where the language has one), and
// label "on_track" names a status (the string status_on_track). Each
// language's layouts are a copy of the default's with these functions
// speaking it; Render takes the language.
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
	"sync"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/progress"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/urls"
)

// Theme is a loaded theme.
type Theme struct {
	Name string
	// layouts are the parsed layouts by language, then kind: each
	// language's are a copy of the default's whose functions speak it.
	layouts map[string]map[string]*template.Template
	// partials are the cached partials of each language (cached.go).
	partials map[string]*partialCache
	// sources are the text of each template file by the name templates
	// know it by ("page.html", "status.html"), so errors can point into it.
	sources map[string]source
	words   map[string]map[string]string // by language, then key
	// Assets maps an asset's name ("style.css") to its published path
	// ("/assets/style.3f2a9c1e.css") and content.
	Assets map[string]Asset
	// Abbreviations are what the search box expands (AbbreviationsFile),
	// sorted by Short.
	Abbreviations []Abbreviation
	// Font is the file FontFile, nil when the theme has none.
	Font  []byte
	base  urls.Base
	files layered
}

// FontFile is the font the build draws PNG text with (see package chartsvg).
const FontFile = "fonts/card.ttf"

// Asset is one static file of the theme.
type Asset struct {
	URL  string
	Data []byte
	// Record, when set, is the asset's record (see Record); Load fails
	// when the asset differs from it.
	Record *Record
}

// Load reads themes/<name> from fsys, with the themes it extends (see
// SettingsFile), for a site whose links start with base.
func Load(fsys fs.FS, name string, base urls.Base) (*Theme, error) {
	dirs, err := Dirs(fsys, name)
	if err != nil {
		return nil, err
	}
	files := layered{fsys, dirs}
	th := &Theme{Name: name, layouts: map[string]map[string]*template.Template{}, partials: map[string]*partialCache{}, sources: map[string]source{}, Assets: map[string]Asset{}, base: base, files: files}
	var l diag.List
	l.Merge(dirs[0], th.loadStrings(fsys, dirs))
	l.Merge(dirs[0], files.locate(th.loadAbbreviations(files, AbbreviationsFile)))
	l.Merge(dirs[0], files.locate(th.loadAssets(files, "assets")))
	l.Merge(dirs[0], files.locate(th.loadLayouts(files, "layouts")))
	th.translateLayouts()
	font, err := fs.ReadFile(files, FontFile)
	switch {
	case err == nil:
		th.Font = font
	case !errors.Is(err, fs.ErrNotExist):
		l.Merge(dirs[0], files.locate(err))
	}
	return th, l.Err()
}

// LayoutFile is the file that the layout of kind comes from, for messages.
func (th *Theme) LayoutFile(kind string) string {
	return th.files.where(path.Join("layouts", kind+".html"))
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

// funcs are the template functions of pages in lang.
func (th *Theme) funcs(lang string) template.FuncMap {
	w := th.Words(lang)
	return template.FuncMap{
		"t": func(key string, args ...any) (string, error) {
			s, ok := w.m[key]
			if !ok {
				return "", fmt.Errorf("không có chuỗi giao diện %q trong i18n/%s.toml", key, w.Lang)
			}
			return fill(s, args), nil
		},
		"url": th.base.Href,
		"asset": func(name string) (string, error) {
			// A language may have its own variant of an asset, NAME.LANG.EXT
			// (the search index of the English edition, search.en.json).
			ext := path.Ext(name)
			if a, ok := th.Assets[strings.TrimSuffix(name, ext)+"."+lang+ext]; ok && lang != DefaultLanguage {
				return th.base.Href(a.URL), nil
			}
			a, ok := th.Assets[name]
			if !ok {
				return "", fmt.Errorf("không có tệp %q trong assets/", name)
			}
			return th.base.Href(a.URL), nil
		},
		"label":  func(s progress.Status) string { return w.T("status_" + string(s)) },
		"cached": func(name string, arg any) (template.HTML, error) { return th.cached(lang, name, arg) },
		"dict":   dict,
	}
}

// translateLayouts gives every language but the default a copy of the
// layouts whose functions speak it.
func (th *Theme) translateLayouts() {
	for _, lang := range th.Languages()[1:] {
		own := map[string]*template.Template{}
		for kind, t := range th.layouts[DefaultLanguage] {
			c, err := t.Clone()
			if err != nil {
				continue // cloned before any execution, so never
			}
			own[kind] = c.Funcs(th.funcs(lang))
		}
		th.layouts[lang] = own
		if p := th.partials[DefaultLanguage]; p != nil {
			if c, err := p.set.Clone(); err == nil {
				th.partials[lang] = &partialCache{set: c.Funcs(th.funcs(lang)), byKey: map[string][]cachedHTML{}}
			}
		}
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
	th.sources[path.Base(file)] = source{file: th.files.where(file), text: string(data)}
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
	base, err := template.New("base.html").Funcs(th.funcs(DefaultLanguage)).Parse(baseSrc)
	if err != nil {
		return th.problem(err, baseFile)
	}
	// Partials are shared by every layout: parse them into the base. A
	// broken one is reported and the layouts are read anyway, so one run
	// shows every template mistake.
	th.layouts[DefaultLanguage] = map[string]*template.Template{}
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
	if shared, err := base.Clone(); err == nil { // before any execution, so always
		th.partials[DefaultLanguage] = &partialCache{set: shared, byKey: map[string][]cachedHTML{}}
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
			l.Unreadable(file, err)
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
		th.layouts[DefaultLanguage][strings.TrimSuffix(name, ".html")] = t
	}
	return l.Err()
}

// AddAsset publishes data as an asset of the theme under name, with a
// content hash in its URL, as if it were in assets/.
func (th *Theme) AddAsset(name string, data []byte) {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	th.Assets[name] = Asset{URL: "/assets/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:4]) + ext, Data: data}
	th.forgetCached()
}

// Render executes the layout of kind with data, in lang. An error is a
// diag.Problem at the template file, line and column where it happened.
func (th *Theme) Render(lang, kind string, data any) ([]byte, error) {
	// The layout's file is looked up (a stat of each theme layer) only
	// for an error: it is for the message, and a build renders thousands
	// of pages without one.
	t := th.layoutsIn(lang)[kind]
	if t == nil {
		return nil, diag.Problem{File: th.LayoutFile(kind), Msg: "giao diện " + th.Name + " thiếu mẫu " + kind + ".html"}
	}
	buf := buffers.Get().(*bytes.Buffer)
	defer func() { buf.Reset(); buffers.Put(buf) }()
	// A layout that defines "document" is a whole page of its own, without
	// base.html's frame: an indicator's embed, shown inside other sites.
	frame := "base.html"
	if t.Lookup("document") != nil {
		frame = "document"
	}
	if err := t.ExecuteTemplate(buf, frame, data); err != nil {
		return nil, th.problem(err, th.LayoutFile(kind))
	}
	// A copy of the page's size: the buffer, grown to the largest page,
	// goes back to the pool for the next.
	return bytes.Clone(buf.Bytes()), nil
}

// buffers hold pages as they are executed.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// RenderPartial executes one of the shared templates in layouts/partials
// on its own, for HTML that goes inside a page's body (a chart embed).
func (th *Theme) RenderPartial(lang, name string, data any) ([]byte, error) {
	file := th.files.where(path.Join("layouts", "partials", name+".html"))
	for _, t := range th.layoutsIn(lang) {
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, name, data); err != nil {
			return nil, th.problem(err, file)
		}
		return buf.Bytes(), nil
	}
	return nil, diag.Problem{File: path.Join(th.files.dirs[0], "layouts"), Msg: "giao diện " + th.Name + " không có mẫu trang nào"}
}

// layoutsIn are the layouts of lang, the default language's for one the
// theme lacks.
func (th *Theme) layoutsIn(lang string) map[string]*template.Template {
	if l, ok := th.layouts[lang]; ok {
		return l
	}
	return th.layouts[DefaultLanguage]
}
