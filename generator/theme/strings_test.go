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
	fs.WalkDir(root, "layouts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, _ := fs.ReadFile(root, p)
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
		if !used[k] {
			unused = append(unused, k)
		}
	}
	sort.Strings(unused)
	if len(unused) > 0 {
		t.Errorf("i18n/vi.toml defines strings no layout uses: %s", strings.Join(unused, ", "))
	}
}
