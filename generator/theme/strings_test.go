package theme

import (
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestStringsUsed checks the repository's default theme: every string its
// layouts ask for exists, and every string it defines is asked for, so the
// file staff translate or reword holds exactly the words pages show.
func TestStringsUsed(t *testing.T) {
	root := os.DirFS("../../themes/default")
	var defined map[string]string
	data, err := fs.ReadFile(root, "i18n/vi.toml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := toml.Decode(string(data), &defined); err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	call := regexp.MustCompile(`\bt "([^"]+)"`)
	dynamic := regexp.MustCompile(`\bt \(print "([^"]+)"`) // t (print "data_file_" .Key)
	// The site asks for a few strings from Go (Theme.String), by name or
	// by a prefix it completes with a field name.
	prefixes := usedFromGo(t)
	fs.WalkDir(root, "layouts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, _ := fs.ReadFile(root, p)
		for _, m := range dynamic.FindAllStringSubmatch(string(src), -1) {
			prefixes.prefixes[m[1]] = true
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
			if _, ok := defined[m[1]]; !ok {
				t.Errorf("%s asks for string %q, which i18n/vi.toml lacks", p, m[1])
			}
		}
		return nil
	})
	var unused []string
	for k := range defined {
		if !used[k] && !prefixes.covers(k) {
			unused = append(unused, k)
		}
	}
	sort.Strings(unused)
	if len(unused) > 0 {
		t.Errorf("i18n/vi.toml defines strings no layout uses: %s", strings.Join(unused, ", "))
	}
}

// goUses is what Go code passes to Theme.String: whole keys, and prefixes
// it completes at run time ("data_field_" + name).
type goUses struct{ keys, prefixes map[string]bool }

func (g goUses) covers(key string) bool {
	if g.keys[key] {
		return true
	}
	for p := range g.prefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

func usedFromGo(t *testing.T) goUses {
	g := goUses{map[string]bool{}, map[string]bool{}}
	call := regexp.MustCompile(`\.String\("([^"]+)"(\s*\+)?`)
	root := os.DirFS("..")
	fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		src, _ := fs.ReadFile(root, p)
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			if m[2] != "" {
				g.prefixes[m[1]] = true
			} else {
				g.keys[m[1]] = true
			}
		}
		return nil
	})
	return g
}
