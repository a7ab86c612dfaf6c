package theme

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/tomlfile"
)

// SettingsFile, in a theme's folder, names the theme it extends:
//
//	extends = "default"
//
// The theme then holds only what it changes. A layout, partial, asset or
// archetype of the same file name replaces the parent's; interface strings
// are merged key by key, so a province's i18n/vi.toml may hold one string.
// Without the file a theme stands alone.
const SettingsFile = "theme.toml"

// maxChain bounds a chain of themes, so that a loop is found by its length
// as well as by its names.
const maxChain = 8

type settings struct {
	Extends string `toml:"extends"`
}

// Dirs returns the folders of theme name in fsys, the theme itself first,
// then the theme it extends, and so on.
func Dirs(fsys fs.FS, name string) ([]string, error) {
	var dirs []string
	seen := map[string]bool{}
	for from := ""; name != ""; {
		dir := path.Join("themes", name)
		if seen[name] || len(dirs) == maxChain {
			return nil, diag.Problem{File: path.Join(from, SettingsFile), Line: 1, Col: 1, Msg: "các giao diện kế thừa nhau thành vòng (" + strings.Join(append(dirs, dir), " → ") + "); hãy bỏ extends ở một giao diện"}
		}
		if info, err := fs.Stat(fsys, dir); err != nil || !info.IsDir() {
			if from == "" {
				return nil, diag.Problem{File: dir, Msg: "không tìm thấy giao diện " + name + "; hãy kiểm tra khoá theme trong config.toml"}
			}
			file := path.Join(from, SettingsFile)
			return nil, diag.Problem{File: file, Line: keyLine(fsys, file, "extends"), Col: 1, Msg: "không có giao diện " + name + " để kế thừa (thư mục " + dir + "); hãy ghi tên một thư mục trong themes/, ví dụ extends = \"default\""}
		}
		seen[name] = true
		dirs = append(dirs, dir)
		s, err := readSettings(fsys, dir)
		if err != nil {
			return nil, err
		}
		from, name = dir, s.Extends
	}
	return dirs, nil
}

func readSettings(fsys fs.FS, dir string) (settings, error) {
	var s settings
	file := path.Join(dir, SettingsFile)
	data, err := fs.ReadFile(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	return s, tomlfile.Decode(file, data, 1, &s)
}

func keyLine(fsys fs.FS, file, key string) int {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return 0
	}
	return tomlfile.KeyLine(data, key)
}

// layered is the folders of a chain of themes seen as one: a file of a
// theme hides the file of the same path in the themes it extends, and a
// folder lists the files of all of them.
type layered struct {
	fsys fs.FS
	dirs []string // the theme first
}

// where returns the path in fsys of the file that name resolves to, for
// messages; the theme's own path when no theme has it.
func (l layered) where(name string) string {
	for _, d := range l.dirs {
		if _, err := fs.Stat(l.fsys, path.Join(d, name)); err == nil {
			return path.Join(d, name)
		}
	}
	return path.Join(l.dirs[0], name)
}

// locate names, in each problem of err, the file of the theme it is in
// rather than its path in the layered folder.
func (l layered) locate(err error) error {
	if err == nil {
		return nil
	}
	var in, out diag.List
	in.Merge(l.dirs[0], err)
	for _, p := range in.Problems() {
		if !strings.HasPrefix(p.File, "themes/") {
			p.File = l.where(p.File)
		}
		out.Append(p)
	}
	return out.Err()
}

func (l layered) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return l.fsys.Open(l.dirs[0])
	}
	var first error
	for _, d := range l.dirs {
		f, err := l.fsys.Open(path.Join(d, name))
		if err == nil {
			return f, nil
		}
		if first == nil || !errors.Is(err, fs.ErrNotExist) {
			first = err
		}
		if !errors.Is(err, fs.ErrNotExist) {
			break // a problem with the theme's own file is not hidden by the parent's
		}
	}
	return nil, first
}

func (l layered) ReadDir(name string) ([]fs.DirEntry, error) {
	byName := map[string]fs.DirEntry{}
	found := false
	for _, d := range l.dirs {
		entries, err := fs.ReadDir(l.fsys, path.Join(d, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		for _, e := range entries {
			if _, ok := byName[e.Name()]; !ok {
				byName[e.Name()] = e
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	out := make([]fs.DirEntry, 0, len(byName))
	for _, e := range byName {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// Files returns theme name's files with those of the themes it extends, as
// one folder ("layouts/base.html", "archetypes/default.md", …).
func Files(fsys fs.FS, name string) (fs.FS, error) {
	dirs, err := Dirs(fsys, name)
	if err != nil {
		return nil, err
	}
	return layered{fsys, dirs}, nil
}
