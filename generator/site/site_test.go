package site

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/minhbach/minhbach/generator/browser"
	"github.com/minhbach/minhbach/generator/golden"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected outputs in testdata/*.txtar")

// repoRoot is the repository, two folders up from this package.
const repoRoot = "../.."

// fixture reads a txtar case: its files under config.toml, seeds/, data/ and
// content/ are the site, and it gets the repository's default theme, with
// its committed chart runtime; a case may override any file of the theme.
// Files under public/ are the expected output; a file named error is the
// expected error. A name may end in an encoding, "data/1.1.csv
// (windows-1258)", for a file that staff saved in it; the case holds its
// text, readable, and the site gets its bytes.
func fixture(t *testing.T, file string) (*txtar.Archive, fstest.MapFS) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "public/") || f.Name == "error" {
			continue
		}
		name, data := f.Name, f.Data
		if n, enc, ok := strings.Cut(strings.TrimSuffix(name, ")"), " ("); ok {
			name, data = n, encodeAs(t, enc, string(data))
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	addTheme(t, fsys)
	return ar, fsys
}

// addTheme copies themes/default from the repository into fsys, leaving out
// chartjs/, which only the maintainer command reads.
func addTheme(t testing.TB, fsys fstest.MapFS) {
	t.Helper()
	root := os.DirFS(repoRoot)
	err := fs.WalkDir(root, "themes/default", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "chartjs" {
			return fs.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		if _, ok := fsys[p]; ok {
			return nil // the case overrides the theme's file
		}
		data, err := fs.ReadFile(root, p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSites builds each testdata/*.txtar site in memory and compares every
// output file but the theme's assets with the expected files in the archive.
// go test ./generator/site -update rewrites them.
func TestSites(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no test cases in testdata/")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, fsys := fixture(t, file)
			out, err := Build(fsys, Options{})
			got := map[string][]byte{}
			if err != nil {
				got["error"] = []byte(err.Error() + "\n")
			} else {
				for _, p := range out.Paths() {
					// The zip is binary and holds only files compared
					// here; TestDataPackage reads it. PNGs are binary
					// too; TestPictures decodes them.
					if strings.HasPrefix(p, "assets/") || strings.HasSuffix(p, ".zip") || strings.HasSuffix(p, ".png") {
						continue
					}
					got["public/"+p] = out.Files[p]
				}
				checkLinks(t, out)
			}
			if *update {
				rewrite(t, file, ar, got)
				return
			}
			want := map[string][]byte{}
			for _, f := range ar.Files {
				if strings.HasPrefix(f.Name, "public/") || f.Name == "error" {
					want[f.Name] = f.Data
				}
			}
			for name, data := range want {
				if g, ok := got[name]; !ok {
					t.Errorf("%s: not produced", name)
				} else if !bytes.Equal(g, data) {
					t.Errorf("%s differs from the expected file (run go test ./generator/site -update and read the diff):\n%s", name, golden.Diff(string(data), string(g)))
				}
			}
			for name := range got {
				if _, ok := want[name]; !ok {
					t.Errorf("%s: produced but not expected", name)
				}
			}
		})
	}
}

func rewrite(t *testing.T, file string, ar *txtar.Archive, got map[string][]byte) {
	var keep []txtar.File
	for _, f := range ar.Files {
		if !strings.HasPrefix(f.Name, "public/") && f.Name != "error" {
			keep = append(keep, f)
		}
	}
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		keep = append(keep, txtar.File{Name: n, Data: got[n]})
	}
	ar.Files = keep
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkLinks fails for every internal href or src in an HTML page of out
// that does not resolve to a file of out.
func checkLinks(t testing.TB, out *Output) {
	t.Helper()
	for _, f := range browser.CheckLinks(asFS(out), "/") {
		t.Error(f)
	}
}

// asFS is the output as a file system, as it will be on the host.
func asFS(out *Output) fstest.MapFS {
	fsys := fstest.MapFS{}
	for p, data := range out.Files {
		fsys[p] = &fstest.MapFile{Data: data}
	}
	return fsys
}

// encodeAs writes text in an encoding staff's tools use: "windows-1258"
// (Excel's CSV on Vietnamese Windows: letters with a code point of their own,
// else a letter followed by a combining tone mark), "utf-16le-bom" (Excel's
// Unicode Text) or "utf-16le" (the same without its byte-order mark).
func encodeAs(t testing.TB, enc, text string) []byte {
	t.Helper()
	var e *encoding.Encoder
	switch enc {
	case "windows-1258":
		e = charmap.Windows1258.NewEncoder()
		var out []byte
		for _, r := range norm.NFC.String(text) {
			if b, err := e.Bytes([]byte(string(r))); err == nil {
				out = append(out, b...)
				continue
			}
			base, tone := splitTone(r)
			b, err := e.Bytes([]byte(base + tone))
			if err != nil {
				t.Fatalf("%q has no Windows-1258 form", r)
			}
			out = append(out, b...)
		}
		return out
	case "utf-16le-bom":
		e = xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder()
	case "utf-16le":
		e = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewEncoder()
	default:
		t.Fatalf("unknown encoding %q", enc)
	}
	b, err := e.Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// splitTone splits a Vietnamese letter into the letter without its tone, in
// NFC ("ệ" → "ê"), and the combining tone mark (U+0323).
func splitTone(r rune) (base, tone string) {
	var rest []rune
	for _, c := range norm.NFD.String(string(r)) {
		if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", c) {
			tone = string(c)
			continue
		}
		rest = append(rest, c)
	}
	return norm.NFC.String(string(rest)), tone
}
