package browser

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/publish"
	"github.com/minhbach/minhbach/generator/site"
)

// toolbox is what the browser tests may need: how to find each, and how to
// install it when it is missing.
var toolbox = map[string]struct {
	find    func() string
	install string
}{
	"chromium":  {Chromium, "Chromium (apt-get install -y chromium fonts-noto-core)"},
	"java":      {lookPath("java"), "Java (apt-get install -y default-jre-headless)"},
	"axe":       {func() string { return NodeModule(".", "axe-core/axe.min.js") }, "axe-core (npm ci --ignore-scripts --prefix generator/browser)"},
	"pdftotext": {lookPath("pdftotext"), "pdftotext (apt-get install -y poppler-utils)"},
	"vnu":       {func() string { return NodeModule(".", "vnu-jar/build/dist/vnu.jar") }, "vnu-jar (npm ci --ignore-scripts --prefix generator/browser)"},
}

func lookPath(name string) func() string {
	return func() string { p, _ := exec.LookPath(name); return p }
}

// need returns the tools the browser tests use, skipping the test (or,
// under CI, failing it) when one is missing, with how to install it.
func need(t *testing.T, what ...string) map[string]string {
	t.Helper()
	found := map[string]string{}
	var missing []string
	for _, w := range what {
		tool, ok := toolbox[w]
		if !ok {
			t.Fatalf("need: no tool %q", w)
		}
		if found[w] = tool.find(); found[w] == "" {
			missing = append(missing, tool.install)
		}
	}
	if len(missing) > 0 {
		msg := "browser tests need " + strings.Join(missing, ", ") + "; .ci/run installs them all"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return found
}

// buildRepoSite builds this repository's site into a new folder, for the
// base URL baseURL ("" for config.toml's).
func buildRepoSite(t *testing.T, baseURL string) string {
	t.Helper()
	out, err := site.Build(os.DirFS("../.."), site.Options{BaseURL: baseURL})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range out.Warnings {
		t.Fatalf("the chart runtime is needed to check charts: %s", w)
	}
	dir := filepath.Join(t.TempDir(), "public")
	if err := publish.Write(out.Files, dir, publish.Options{Site: "../.."}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// serveRepoSite builds the repository's site into a folder and serves it
// at the root of a local address until the test ends.
func serveRepoSite(t *testing.T) (dir string, srv *httptest.Server) {
	t.Helper()
	dir = buildRepoSite(t, "")
	srv = Serve(dir, "/")
	t.Cleanup(srv.Close)
	return dir, srv
}

// editions are the repository site's languages besides Vietnamese.
func editions(t *testing.T) []string {
	t.Helper()
	cfg, err := config.Load(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	return cfg.Languages[1:]
}

// TestSiteInBrowser visits every page of the repository's site at 390 and
// 1366 px wide and fails on any finding. Screenshots of the home page and an
// indicator page go to $SCREENSHOT_DIR when it is set.
func TestSiteInBrowser(t *testing.T) {
	tools := need(t, "chromium", "axe")
	dir, srv := serveRepoSite(t)
	axe, err := os.ReadFile(tools["axe"])
	if err != nil {
		t.Fatal(err)
	}
	pages := Pages(os.DirFS(dir), "https://minhbach.example.vn")
	for _, lang := range editions(t) {
		n := 0
		for _, p := range pages {
			if strings.HasPrefix(p, "/"+lang+"/") {
				n++
			}
		}
		if n*3 < len(pages) {
			t.Errorf("only %d of %d pages visited are of the %s edition", n, len(pages), lang)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	start := time.Now()
	r, err := Check(ctx, tools["chromium"], srv.URL, pages, Options{
		Editions:      editions(t),
		Viewports:     []Viewport{Phone, Desktop},
		Axe:           string(axe),
		ScreenshotDir: os.Getenv("SCREENSHOT_DIR"),
		Screenshots:   []string{"/", "/chi-tieu/8/8-13/"},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages, %d visits, %d charts drawn, %d pages audited by axe-core (%d findings of impact moderate or minor), in %s",
		len(pages), r.Visits, r.Charts, r.Audits, len(r.Notes), time.Since(start).Round(time.Millisecond))
	for _, n := range r.Notes {
		t.Logf("note: %s", n)
	}
	for _, f := range r.Findings {
		t.Error(f)
	}
	if r.Charts < 60 {
		t.Errorf("only %d charts drawn; the site has over 30 indicator charts, each at two sizes", r.Charts)
	}
}

// TestSiteUnderSubPath builds the site for a GitHub Pages project site and
// serves it only under /minhbach/, as Pages does: every page at phone width
// must load its styles, scripts and charts from there, and every link in
// the files must stay under it.
func TestSiteUnderSubPath(t *testing.T) {
	const base = "https://example.github.io/minhbach/"
	dir := buildRepoSite(t, base)
	site := os.DirFS(dir)
	links := append(CheckLinks(site, "/minhbach/"), CheckSitemap(site, base)...)
	for _, f := range links {
		t.Error(f)
	}
	tools := need(t, "chromium")
	srv := Serve(dir, "/minhbach/")
	defer srv.Close()
	pages := Pages(site, strings.TrimSuffix(base, "/"))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	r, err := Check(ctx, tools["chromium"], srv.URL+"/minhbach", pages, Options{Viewports: []Viewport{Phone}, Editions: editions(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		t.Error(f)
	}
	t.Logf("under /minhbach/: %d pages visited, %d charts drawn, %d broken references in the files", r.Visits, r.Charts, len(links))
	if r.Charts < 30 {
		t.Errorf("only %d charts drawn under /minhbach/", r.Charts)
	}
}

// TestFiles checks the built files: links, sitemap and HTML validity.
func TestFiles(t *testing.T) {
	dir := buildRepoSite(t, "")
	site := os.DirFS(dir)
	for _, f := range append(CheckLinks(site, "/"), CheckSitemap(site, "https://minhbach.example.vn")...) {
		t.Error(f)
	}
	tools := need(t, "java", "vnu")
	found, err := CheckHTML(tools["java"], tools["vnu"], dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range found {
		t.Error(f)
	}
}

// TestWithoutJavaScript reads every indicator page of every edition with
// JavaScript off: its status, its sentence and its figures must all be there.
func TestWithoutJavaScript(t *testing.T) {
	tools := need(t, "chromium")
	dir, srv := serveRepoSite(t)
	var pages []string
	for _, p := range Pages(os.DirFS(dir), "https://minhbach.example.vn") {
		for _, prefix := range append([]string{""}, editions(t)...) {
			if prefix != "" {
				prefix = "/" + prefix
			}
			if rest, ok := strings.CutPrefix(p, prefix+"/chi-tieu/"); ok && strings.Count(rest, "/") == 2 {
				pages = append(pages, p)
			}
		}
	}
	if len(pages) < 30*(1+len(editions(t))) {
		t.Fatalf("only %d indicator pages", len(pages))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	found, err := CheckWithoutJS(ctx, tools["chromium"], srv.URL, pages)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range found {
		t.Error(f)
	}
	t.Logf("%d indicator pages read without JavaScript", len(pages))
}

// TestHomeAtAGlance reads the home page at 320, 390 and 1366 px, and at
// 320 px without JavaScript: every row names its indicator, every card has
// its state, and every bar has the same track.
func TestHomeAtAGlance(t *testing.T) {
	tools := need(t, "chromium")
	_, srv := serveRepoSite(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	found, err := CheckHome(ctx, tools["chromium"], srv.URL, []int64{320, 390, 1366})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range found {
		t.Error(f)
	}
}
