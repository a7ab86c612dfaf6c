package theme

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/textfile"
	"github.com/minhbach/minhbach/generator/tomlfile"
)

// Interface strings. A theme words its pages in i18n/<lang>.toml, one file
// per language it speaks, key = "text":
//
//	target_n = "Chỉ tiêu {n}"       # a placeholder, filled from Go or a template
//	vision   = "Tầm nhìn đến năm {vision}"
//
// vi.toml is required; every other file must hold the same keys (the
// theme's tests hold the two equal, and every key used). A computed sentence
// is one string with named placeholders, so a translator sees the whole
// sentence and may reorder it. Templates ask with {{t "key"}} or
// {{t "target_n" "n" .Number}}; Go asks through Words.T, so every fixed word
// a page shows comes from these files.

// DefaultLanguage is the language every theme must have, the site's first.
const DefaultLanguage = "vi"

// reLanguageFile is the name of a language's strings in i18n/: a two-letter
// code ("vi.toml", "en.toml"); other files there (vi-abbreviations.toml)
// are not strings.
var reLanguageFile = regexp.MustCompile(`^([a-z]{2})\.toml$`)

// Words are the interface strings of one language.
type Words struct {
	// Lang is the language's code, "vi".
	Lang string
	m    map[string]string
}

// T returns the string of key with its placeholders filled: args are
// pairs of a name and a value, T("target_n", "n", 8) → "Chỉ tiêu 8". A
// key the theme lacks gives "[key]", which the theme's tests forbid.
func (w Words) T(key string, args ...any) string {
	s, ok := w.m[key]
	if !ok {
		return "[" + key + "]"
	}
	return fill(s, args)
}

// Lookup returns the string of key unfilled, and whether the theme has it,
// for strings a page may go without (a column's description).
func (w Words) Lookup(key string) (string, bool) {
	s, ok := w.m[key]
	return s, ok
}

// fill replaces each {name} of s by the value paired with name in args;
// a {name} args lacks stays as it is. It is called for every computed
// sentence of every page, so it scans s once rather than building a
// strings.Replacer each time (FuzzFill holds the two equal).
func fill(s string, args []any) string {
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open+1:], '}')
		if end < 0 {
			break
		}
		name := s[open+1 : open+1+end]
		v, ok := arg(args, name)
		if !ok {
			// not one of ours: keep the brace, and look for a name
			// from the next byte, as "{{n}" holds "{n}"
			b.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		b.WriteString(s[:open])
		b.WriteString(v)
		s = s[open+end+2:]
	}
	b.WriteString(s)
	return b.String()
}

// arg returns the value args pairs with name, the first if several.
func arg(args []any, name string) (string, bool) {
	for i := 0; i+1 < len(args); i += 2 {
		if k, ok := args[i].(string); ok && k == name || !ok && fmt.Sprint(args[i]) == name {
			switch v := args[i+1].(type) {
			case string:
				return v, true
			case int:
				return strconv.Itoa(v), true
			}
			return fmt.Sprint(args[i+1]), true
		}
	}
	return "", false
}

// Languages are the codes of the languages the theme has strings for,
// DefaultLanguage first, then in order.
func (th *Theme) Languages() []string {
	out := []string{DefaultLanguage}
	for lang := range th.words {
		if lang != DefaultLanguage {
			out = append(out, lang)
		}
	}
	sort.Strings(out[1:])
	return out
}

// Words returns the strings of lang; a language the theme lacks gives the
// default language's (Load's caller checks the languages it needs).
func (th *Theme) Words(lang string) Words {
	if m, ok := th.words[lang]; ok {
		return Words{Lang: lang, m: m}
	}
	return Words{Lang: DefaultLanguage, m: th.words[DefaultLanguage]}
}

// loadStrings merges the interface strings of the chain, language by
// language, the parent's first, so a theme overrides only the keys it has.
func (th *Theme) loadStrings(fsys fs.FS, dirs []string) error {
	th.words = map[string]map[string]string{}
	var l diag.List
	for i := len(dirs) - 1; i >= 0; i-- {
		dir := path.Join(dirs[i], "i18n")
		entries, err := fs.ReadDir(fsys, dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			l.Unreadable(dir, err)
			continue
		}
		for _, e := range entries {
			m := reLanguageFile.FindStringSubmatch(e.Name())
			if m == nil || e.IsDir() {
				continue
			}
			l.Merge(dir, th.mergeStrings(fsys, path.Join(dir, e.Name()), m[1]))
		}
	}
	if th.words[DefaultLanguage] == nil {
		l.Add(path.Join(dirs[0], "i18n", DefaultLanguage+".toml"), 0, 0, "thiếu tệp chuỗi giao diện tiếng Việt")
		th.words[DefaultLanguage] = map[string]string{}
	}
	return l.Err()
}

// mergeStrings adds the strings of one file to those of lang.
func (th *Theme) mergeStrings(fsys fs.FS, file, lang string) error {
	data, err := textfile.Read(fsys, file)
	if err != nil {
		var l diag.List
		l.Unreadable(file, err)
		return l.Err()
	}
	var own map[string]string
	if err := tomlfile.Decode(file, data, 1, &own); err != nil {
		return err
	}
	if th.words[lang] == nil {
		th.words[lang] = map[string]string{}
	}
	for k, v := range own {
		th.words[lang][k] = v
	}
	return nil
}
