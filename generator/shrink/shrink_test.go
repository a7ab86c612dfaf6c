package shrink_test

import (
	"bytes"
	"compress/gzip"
	"html"
	"io"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/tdewolff/parse/v2"
	htmllex "github.com/tdewolff/parse/v2/html"

	"github.com/minhbach/minhbach/generator/browser"
	. "github.com/minhbach/minhbach/generator/shrink"
	"github.com/minhbach/minhbach/generator/site"
)

// TestCompress: each encoding's copy decodes to the file, is the same
// bytes every time, and a gzip copy carries no name and no time. A file
// too small to gain gets no copy.
func TestCompress(t *testing.T) {
	page := []byte(strings.Repeat("<p>Tỷ lệ hộ nghèo giảm còn 1,5% (2025).</p>\n", 200))
	decode := map[Encoding]func(io.Reader) (io.Reader, error){
		Gzip:   func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
		Brotli: func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
	}
	for _, e := range Encodings {
		t.Run(string(e), func(t *testing.T) {
			b, ok := Compress(e, page)
			if !ok || len(b) >= len(page)/4 {
				t.Fatalf("%d bytes from %d, %v: want a quarter or less", len(b), len(page), ok)
			}
			again, _ := Compress(e, page)
			if !bytes.Equal(b, again) {
				t.Error("two copies of one file differ")
			}
			r, err := decode[e](bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(got, page) {
				t.Errorf("decodes to %d bytes (%v), want the page's %d", len(got), err, len(page))
			}
			if zr, ok := r.(*gzip.Reader); ok && (zr.Name != "" || !zr.ModTime.IsZero() || zr.Comment != "") {
				t.Errorf("gzip header %+v: want no name, time or comment", zr.Header)
			}
			if _, ok := Compress(e, []byte("ok")); ok {
				t.Error("a copy of a two-byte file")
			}
		})
	}
	if _, ok := Compress("zstd", page); ok {
		t.Error("a copy in an encoding Compress does not know")
	}
}

func TestCompressible(t *testing.T) {
	for p, want := range map[string]bool{
		"index.html": true, "assets/style.0a1b.css": true, "assets/echarts.js": true, "chi-tieu/8/8-6/bieu-do.svg": true,
		"sitemap.xml": true, "du-lieu/chi-so.json": true, "du-lieu/8-6.csv": true,
		"chi-tieu/8/8-6/anh.png": false, "du-lieu/du-lieu.zip": false, "robots.txt": false, "_headers": false, "index.html.gz": false,
	} {
		if got := Compressible(p); got != want {
			t.Errorf("Compressible(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestMinifySite minifies every page and stylesheet of the repository's
// site: the pages still pass the site's link check, hold the same
// elements in the same order with the same links and the same words, and
// two runs give the same bytes (they did not while Minify let the
// minifier work in the page's own bytes: the second run read a page the
// first had half rewritten). Files that are neither are left alone.
func TestMinifySite(t *testing.T) {
	out, err := site.Build(os.DirFS("../.."), site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	minified := fstest.MapFS{}
	before, after := 0, 0
	for p, data := range out.Files {
		m, err := Minify(p, data)
		if err != nil {
			t.Fatal(err)
		}
		minified[p] = &fstest.MapFile{Data: m}
		again, _ := Minify(p, data)
		if !bytes.Equal(m, again) {
			t.Errorf("%s: two minifications differ", p)
		}
		switch {
		case strings.HasSuffix(p, ".html"):
			if a, b := outline(data), outline(m); a != b {
				t.Errorf("%s: minified, the page is another page:\n%s", p, firstDifference(a, b))
			}
			fallthrough
		case strings.HasSuffix(p, ".css"):
			before, after = before+len(data), after+len(m)
		default:
			if !bytes.Equal(m, data) {
				t.Errorf("%s was changed", p)
			}
		}
	}
	for _, f := range browser.CheckLinks(minified, "/") {
		t.Error(f)
	}
	if after >= before {
		t.Errorf("pages and stylesheets are %d bytes minified, %d before", after, before)
	}
	t.Logf("HTML and CSS: %d → %d bytes", before, after)
}

// outline is a page as its elements, links and words: one line per
// start or end tag with its href or src, and the text between, its
// entities decoded and its white space dropped (which minifying removes).
func outline(page []byte) string {
	var b strings.Builder
	l := htmllex.NewLexer(parse.NewInputBytes(page))
	squeeze := func(s []byte) string { return strings.Join(strings.Fields(html.UnescapeString(string(s))), "") }
	for {
		tt, data := l.Next()
		switch tt {
		case htmllex.ErrorToken:
			return b.String()
		case htmllex.StartTagToken, htmllex.EndTagToken:
			b.WriteString("\n" + tt.String() + " " + string(l.Text()))
		case htmllex.AttributeToken:
			if k := string(l.Text()); k == "href" || k == "src" {
				b.WriteString(" " + k + "=" + html.UnescapeString(strings.Trim(string(l.AttrVal()), `"'`)))
			}
		case htmllex.TextToken, htmllex.SVGToken:
			if s := squeeze(data); s != "" {
				b.WriteString("\n" + s)
			}
		}
	}
}

func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "  " + al[i] + "\n→ " + bl[i]
		}
	}
	return "one is longer"
}
