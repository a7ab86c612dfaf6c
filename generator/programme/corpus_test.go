package programme

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestCorpus")

// TestCorpus reads every real document in testdata/corpus and compares the
// model (inspect's JSON) and the notices with NAME.golden. A change in the
// reader shows up as a diff a reviewer reads; -update rewrites the files.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.txt")
	if len(files) < 10 {
		t.Fatalf("%d corpus documents, want 10", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenText(Parse(name+".txt", src))
			path := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./generator/programme -run TestCorpus -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the model differs from %s (run -update and read the diff):\n%s", path, golden.Diff(string(want), string(got)))
			}
		})
	}
}

// goldenText is the notices, one a line, then the JSON.
func goldenText(p *Programme) []byte {
	var b bytes.Buffer
	for _, n := range p.Problems() {
		fmt.Fprintln(&b, "#", n)
	}
	js, _ := p.JSON()
	b.Write(js)
	return b.Bytes()
}
