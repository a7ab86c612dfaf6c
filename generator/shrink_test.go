package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// fingerprinted matches an asset's path and captures its name's hash.
var fingerprinted = regexp.MustCompile(`^assets/[^/]+\.([0-9a-f]{8})\.[a-z]+$`)

// TestBuildShrunk builds the repository's site with [output] minify and
// precompress on, into two new folders and then over the first: the
// builds agree byte for byte, every page and stylesheet is minified, each
// text file has gzip and brotli copies that decode to it, PNGs have none,
// and the rebuild keeps the copies of unchanged files (the same files).
func TestBuildShrunk(t *testing.T) {
	root := copySiteWithoutCharts(t)
	cfg := filepath.Join(root, "config.toml")
	old, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(cfg, append(old, "\n[output]\nminify = true\nprecompress = [\"gzip\", \"brotli\"]\n"...), 0o644)
	build := func(out string) map[string][]byte { return buildTree(t, root, out) }
	first, second := build("a"), build("b")
	for p, data := range first {
		if !bytes.Equal(data, second[p]) {
			t.Errorf("%s differs between two builds", p)
		}
	}
	if len(first) != len(second) {
		t.Errorf("%d files, then %d", len(first), len(second))
	}
	unzip := map[string]func([]byte) ([]byte, error){
		".gz": func(b []byte) ([]byte, error) {
			r, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return nil, err
			}
			return io.ReadAll(r)
		},
		".br": func(b []byte) ([]byte, error) { return io.ReadAll(brotli.NewReader(bytes.NewReader(b))) },
	}
	copies := 0
	for p, data := range first {
		if strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".br") {
			continue
		}
		text := !strings.HasSuffix(p, ".png") && !strings.HasSuffix(p, ".zip") && !strings.HasSuffix(p, ".txt") && !strings.HasPrefix(filepath.Base(p), ".") && !strings.HasPrefix(filepath.Base(p), "_")
		for suffix, decode := range unzip {
			c, ok := first[p+suffix]
			// a small text file may not gain from compressing: either way
			if (!text && ok) || (text && len(data) > 1000 && !ok) {
				t.Errorf("%s: a %s copy is %v", p, suffix, ok)
			}
			if !ok {
				continue
			}
			copies++
			if got, err := decode(c); err != nil || !bytes.Equal(got, data) {
				t.Errorf("%s%s does not decode to %s (%v)", p, suffix, p, err)
			}
		}
		if strings.HasSuffix(p, ".html") && bytes.Contains(data, []byte("\n  <")) {
			t.Errorf("%s is not minified", p)
		}
		// A fingerprinted name (cached for a year) stands for the bytes
		// published under it, minified ones included.
		if m := fingerprinted.FindStringSubmatch(p); m != nil {
			if sum := sha256.Sum256(data); hex.EncodeToString(sum[:4]) != m[1] {
				t.Errorf("%s holds bytes whose hash begins %x", p, sum[:4])
			}
		}
	}
	if copies < 200 {
		t.Errorf("%d compressed copies, want one of each kind for every text file", copies)
	}
	before, _ := os.Stat(filepath.Join(root, "a", "index.html.br"))
	build("a")
	after, _ := os.Stat(filepath.Join(root, "a", "index.html.br"))
	if before == nil || after == nil || !os.SameFile(before, after) {
		t.Error("the rebuild wrote index.html.br again, though index.html is unchanged")
	}
}
