package site

import (
	"bytes"

	"github.com/minhbach/minhbach/generator/browser"
	"os"
	"strings"
	"testing"
)

// TestRepoSite builds the real site of this repository, as CI publishes it.
func TestRepoSite(t *testing.T) {
	out, err := Build(os.DirFS(repoRoot), Options{})
	if err != nil {
		t.Fatalf("the repository's site does not build:\n%v", err)
	}
	for _, w := range out.Warnings {
		t.Logf("warning: %s", w)
	}
	must := []string{"index.html", "404.html", "sitemap.xml", "robots.txt", "chuong-trinh/index.html",
		"tam-nhin-2045/index.html", "tin-tuc/index.html", "du-lieu/index.html", "du-lieu/chi-so.json", "du-lieu/chuong-trinh.json"}
	for i := 1; i <= 11; i++ {
		must = append(must, "chi-tieu/"+itoa(i)+"/index.html")
	}
	for i := 1; i <= 9; i++ {
		must = append(must, "nhiem-vu/"+itoa(i)+"/index.html")
	}
	for _, p := range must {
		if _, ok := out.Files[p]; !ok {
			t.Errorf("missing %s", p)
		}
	}
	if !bytes.Contains(out.Files["index.html"], []byte(`<html lang="vi">`)) {
		t.Error(`index.html has no <html lang="vi">`)
	}
	indicators := 0
	for _, p := range out.Paths() {
		if strings.Count(p, "/") == 3 && strings.HasPrefix(p, "chi-tieu/") {
			indicators++
			page := out.Files[p]
			// The demo data is illustrative: every page that shows it says so.
			if bytes.Contains(page, []byte(`class="illustrative"`)) && !bytes.Contains(page, []byte("minh họa")) {
				t.Errorf("%s shows illustrative figures without saying minh họa", p)
			}
		}
	}
	if indicators < 30 {
		t.Errorf("%d indicator pages, want at least 30", indicators)
	}
	for _, p := range out.Paths() {
		if strings.HasSuffix(p, ".html") && bytes.Contains(out.Files[p], []byte(`class="illustrative"`)) && !bytes.Contains(out.Files[p], []byte(`class="notice"`)) {
			t.Errorf("%s shows illustrative figures without the notice", p)
		}
	}
	checkLinks(t, out)
	checkSitemap(t, out)
}

// checkSitemap fails for a sitemap entry with no page behind it.
func checkSitemap(t *testing.T, out *Output) {
	t.Helper()
	for _, f := range browser.CheckSitemap(asFS(out), "https://minhbach.example.vn/") {
		t.Error(f)
	}
}

// TestDeterministic builds the repository's site twice: every byte agrees.
func TestDeterministic(t *testing.T) {
	a, err := Build(os.DirFS(repoRoot), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(os.DirFS(repoRoot), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for p, data := range a.Files {
		if !bytes.Equal(data, b.Files[p]) {
			t.Errorf("%s differs between two builds of the same input", p)
		}
	}
}
