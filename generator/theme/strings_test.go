package theme

import (
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/progress"
)

// languages are the default theme's languages; each file must hold the
// same keys as vi.toml.
var languages = []string{"vi", "en"}

// TestStringsUsed checks the repository's default theme: every string its
// layouts or the Go code ask for exists, and every string it defines is
// asked for, so the file staff translate or reword holds exactly the words
// pages show; and every language has the same keys, with the same
// placeholders, as vi.toml.
func TestStringsUsed(t *testing.T) {
	root := os.DirFS("../../themes/default")
	defined := readStrings(t, root, "vi")
	for _, lang := range languages[1:] {
		sameKeys(t, lang, defined, readStrings(t, root, lang))
	}
	// The computed Vietnamese sentences word targets with package
	// indicator's words; the pages, with target_KEY.
	for _, c := range []indicator.Comparator{indicator.Less, indicator.AtMost, indicator.More, indicator.AtLeast, indicator.About, indicator.Equal, indicator.Range} {
		d := indicator.Definition{Comparator: c, Value: 1, Min: 1, Max: 2, Unit: "%"}
		format := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
		if got, want := fill(defined["target_"+c.Key()], []any{"value", d.TargetValue(format)}), d.TargetText(format); got != want {
			t.Errorf("vi.toml: target_%s gives %q, but package indicator says %q", c.Key(), got, want)
		}
	}
	// Every status has a name.
	for _, s := range append(append([]progress.Status{}, progress.Statuses...), progress.TrendStatuses...) {
		if defined["status_"+string(s)] == "" {
			t.Errorf("vi.toml has no name for status %s (status_%s)", s, s)
		}
	}
	used := map[string]bool{}
	call := regexp.MustCompile(`\bt "([^"]+)"`)
	dynamic := regexp.MustCompile(`\bt \(print "([^"]+)"`) // t (print "data_file_" .Key)
	// The site asks for strings from Go (Words.T, Words.Lookup), by name or
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

func readStrings(t *testing.T, root fs.FS, lang string) map[string]string {
	t.Helper()
	var defined map[string]string
	data, err := fs.ReadFile(root, "i18n/"+lang+".toml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := toml.Decode(string(data), &defined); err != nil {
		t.Fatal(err)
	}
	return defined
}

// placeholders finds the {name} of a string.
var placeholders = regexp.MustCompile(`\{[a-z_]+\}`)

// sameKeys fails for a key of vi missing from or added to lang, and for a
// string whose placeholders differ from the Vietnamese one's.
func sameKeys(t *testing.T, lang string, vi, other map[string]string) {
	t.Helper()
	for _, k := range sortedKeys(vi) {
		s, ok := other[k]
		if !ok {
			t.Errorf("i18n/%s.toml lacks %q, which vi.toml has", lang, k)
			continue
		}
		want, got := placeholders.FindAllString(vi[k], -1), placeholders.FindAllString(s, -1)
		sort.Strings(want)
		sort.Strings(got)
		if strings.Join(want, " ") != strings.Join(got, " ") {
			t.Errorf("i18n/%s.toml: %s has placeholders %v, vi.toml %v", lang, k, got, want)
		}
	}
	for _, k := range sortedKeys(other) {
		if _, ok := vi[k]; !ok {
			t.Errorf("i18n/%s.toml defines %q, which vi.toml lacks", lang, k)
		}
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// goUses is what Go code passes to Words.T and Words.Lookup: whole keys,
// and prefixes
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
	call := regexp.MustCompile(`\.(?:T|Lookup)\("([^"]+)"(\s*\+)?`)
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
