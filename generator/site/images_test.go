package site

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/chartsvg"
)

var (
	reOGImage  = regexp.MustCompile(`<meta property="og:image" content="([^"]+)">`)
	reDownload = regexp.MustCompile(`<a href="([^"]+\.(?:svg|png))" download="[^"]+">`)
)

// TestPictures: every indicator page of the repository's site names, as
// og:image, a 1200×630 PNG that the build publishes, says so to X, and
// links downloads of its chart that exist and decode; two builds give the
// same bytes.
func TestPictures(t *testing.T) {
	const base = "https://anh.example/bao-cao"
	out, err := Build(os.DirFS(repoRoot), Options{BaseURL: base + "/"})
	if err != nil {
		t.Fatal(err)
	}
	again, err := Build(os.DirFS(repoRoot), Options{BaseURL: base + "/", Charts: &chartsvg.Cache{}})
	if err != nil {
		t.Fatal(err)
	}
	pages, downloads := 0, 0
	for _, p := range out.Paths() {
		if !reIndicatorPage.MatchString(p) {
			continue
		}
		pages++
		html := out.Files[p]
		m := reOGImage.FindSubmatch(html)
		if m == nil {
			t.Errorf("%s: no og:image", p)
			continue
		}
		file, ok := strings.CutPrefix(string(m[1]), base+"/")
		if !ok {
			t.Errorf("%s: og:image %s is not under the base URL %s", p, m[1], base)
			continue
		}
		checkPNG(t, out, file, image.Pt(1200, 630))
		for _, want := range []string{`<meta property="og:image:width" content="1200">`, `<meta property="og:image:height" content="630">`, `<meta name="twitter:card" content="summary_large_image">`} {
			if !bytes.Contains(html, []byte(want)) {
				t.Errorf("%s: no %s", p, want)
			}
		}
		for _, d := range reDownload.FindAllSubmatch(html, -1) {
			downloads++
			file := strings.TrimPrefix(string(d[1]), "/bao-cao/")
			if strings.HasSuffix(file, ".png") {
				checkPNG(t, out, file, image.Pt(2*wide.Width, 0))
			} else if !bytes.HasPrefix(out.Files[file], []byte(`<?xml`)) || !bytes.Contains(out.Files[file], []byte(`<svg xmlns="http://www.w3.org/2000/svg"`)) {
				t.Errorf("%s: %s is not an SVG file", p, file)
			}
		}
	}
	if pages < 20 || downloads < pages {
		t.Errorf("%d indicator pages, %d downloads: want the whole site's, two for most", pages, downloads)
	}
	for p, b := range out.Files {
		if (strings.HasSuffix(p, ".png") || strings.HasSuffix(p, ".svg")) && !bytes.Equal(b, again.Files[p]) {
			t.Errorf("%s differs between two builds", p)
		}
	}
}

var reIndicatorPage = regexp.MustCompile(`^chi-tieu/\d+/[^/]+/index\.html$`)

// checkPNG decodes file of out; a zero height in want is any height.
func checkPNG(t *testing.T, out *Output, file string, want image.Point) {
	t.Helper()
	b, ok := out.Files[file]
	if !ok {
		t.Errorf("%s: not published", file)
		return
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Errorf("%s: %v", file, err)
		return
	}
	got := img.Bounds().Size()
	if want.Y == 0 {
		got.Y = 0
	}
	if got != want {
		t.Errorf("%s is %v, want %v", file, img.Bounds().Size(), want)
	}
}
