package tomlfile

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/golden"
)

var update = flag.Bool("update", false, "rewrite the expected problems in testdata/*.txtar")

type meta struct {
	Title  string    `toml:"title"`
	Date   time.Time `toml:"date"`
	Weight int       `toml:"weight"`
	Draft  bool      `toml:"draft"`
	Tags   []string  `toml:"tags"`
	Per    float64   `toml:"per"`
	Years  struct {
		Base int `toml:"base"`
	} `toml:"years"`
}

// TestExplain decodes each case of testdata/explain.txtar, a common
// mistake, and compares its problem, whole, with the case's .problems.
func TestExplain(t *testing.T) {
	golden.Pairs(t, "testdata/explain.txtar", "toml", "problems", *update, func(name string, src []byte) string {
		var m meta
		err := Decode("f.md", src, 2, &m)
		if err == nil {
			t.Errorf("%s: no problem reported", name)
			return ""
		}
		return err.Error() + "\n"
	})
}

// FuzzDecode checks that every error, whatever the input, is a problem at
// a line of the input, worded by this package rather than the library.
func FuzzDecode(f *testing.F) {
	f.Add("title = 'a'\ndate = 31/12/2025\n")
	f.Add("[years\nbase = 1\n")
	f.Add("tags = [\"a\" \"b\"]\nweight = \"một\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		var m meta
		err := Decode("f.md", []byte(src), 3, &m)
		if err == nil {
			return
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			var n, col int
			if _, e := fmt.Sscanf(line, "f.md:%d:%d:", &n, &col); e != nil || n < 3 || n > strings.Count(src, "\n")+3 || col < 0 {
				t.Fatalf("problem %q is not at a line of the input", line)
			}
			if strings.Contains(line, ": toml:") {
				t.Fatalf("problem %q passes on the library's words", line)
			}
		}
	})
}
