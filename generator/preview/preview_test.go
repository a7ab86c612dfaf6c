package preview

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/site"
)

// copySite copies the repository's site inputs into a new folder.
func copySite(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, name := range Watched {
		src := filepath.Join("../..", name)
		info, err := os.Stat(src)
		if err != nil {
			t.Fatal(err)
		}
		if !info.IsDir() {
			data, _ := os.ReadFile(src)
			os.WriteFile(filepath.Join(root, name), data, 0o644)
			continue
		}
		if err := os.CopyFS(filepath.Join(root, name), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

type event struct{ name, data string }

// subscribe reads the server-sent events of the preview.
func subscribe(t *testing.T, url string) <-chan event {
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	ch := make(chan event, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var e event
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				e.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				e.data = strings.TrimPrefix(line, "data: ")
			case line == "" && e.name != "":
				ch <- e
				e = event{}
			}
		}
	}()
	return ch
}

func get(t *testing.T, url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func edit(t *testing.T, file, old, new string) {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", file, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// livePreview is a preview of a copy of the demo site, served over HTTP and
// watching its folder, with one page's event stream open.
type livePreview struct {
	t      *testing.T
	root   string
	url    string
	events <-chan event
}

// startPreview serves a copy of the demo site as serve does.
func startPreview(t *testing.T) *livePreview {
	root := copySite(t)
	var base string
	rb := site.NewRebuilder(os.DirFS(root)) // as serve builds: told what changed
	rb.KeepFiles()
	srv := New(root, func(changed []string) (*site.Output, error) {
		rb.Changed(changed)
		return rb.Build(site.Options{Drafts: true, BaseURL: base})
	})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close) // after the event streams are closed
	base = ts.URL + "/"
	if r := srv.Rebuild(); len(r.Problems) > 0 {
		t.Fatalf("the demo site does not build: %+v", r.Problems)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go srv.Watch(ctx, func(Result) {})
	time.Sleep(100 * time.Millisecond) // let the watcher start
	return &livePreview{t: t, root: root, url: ts.URL, events: subscribe(t, ts.URL+Prefix+"events")}
}

// wait is the next event of the page's stream.
func (p *livePreview) wait(what string) event {
	select {
	case e := <-p.events:
		return e
	case <-time.After(10 * time.Second):
		p.t.Fatalf("%s: no event from the preview", what)
	}
	return event{}
}

// expectReload makes a change and expects the page to reload and then
// say want.
func (p *livePreview) expectReload(what, page, want string, change func()) {
	p.t.Helper()
	start := time.Now()
	change()
	e := p.wait(what)
	took := time.Since(start)
	if e.name != "reload" {
		p.t.Fatalf("%s: event %s %s, want reload", what, e.name, e.data)
	}
	status, body := get(p.t, p.url+page)
	if status != 200 || !strings.Contains(body, want) {
		p.t.Errorf("%s: %s answers %d without %q", what, page, status, want)
	}
	p.t.Logf("%s: page reloaded %d ms after the save", what, took.Milliseconds())
}

// TestLivePreview drives the preview over HTTP as a browser would: edits to
// a page, a CSV and a template each reload the page; a broken edit shows its
// problem while the last good page stays served; fixing it reloads.
func TestLivePreview(t *testing.T) {
	p := startPreview(t)
	root, wait, expectReload := p.root, p.wait, p.expectReload
	status, body := get(t, p.url+"/")
	if status != 200 || !strings.Contains(body, Prefix+"reload.js") {
		t.Fatalf("home page: %d, reload script missing", status)
	}
	page := filepath.Join(root, "content/gioi-thieu.md")
	expectReload("markdown", "/gioi-thieu/", "Dòng mới để thử", func() {
		edit(t, page, "## Trang này là gì", "## Trang này là gì\n\nDòng mới để thử.")
	})
	expectReload("csv", "/chi-tieu/8/8-6/", "9,9", func() {
		f, _ := os.OpenFile(filepath.Join(root, "data/8.6.csv"), os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString("2026,9.9,minh họa,,sơ bộ,\n")
		f.Close()
	})
	expectReload("template", "/gioi-thieu/", "data-thu=\"mau\"", func() {
		edit(t, filepath.Join(root, "themes/default/layouts/page.html"), `<article class="page">`, `<article class="page" data-thu="mau">`)
	})

	// A broken edit: the problem reaches the page, the last good page stays.
	edit(t, page, "weight = 2\n", "weight = 2\ntieu_de = \"sai\"\n")
	e := wait("broken front matter")
	if e.name != "problems" {
		t.Fatalf("broken edit: event %s, want problems", e.name)
	}
	var problems []Problem
	if err := json.Unmarshal([]byte(e.data), &problems); err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || problems[0].File != "content/gioi-thieu.md" || problems[0].Line != 5 || len(problems[0].Context) == 0 {
		t.Fatalf("problems = %+v", problems)
	}
	if status, body := get(t, p.url+"/gioi-thieu/"); status != 200 || !strings.Contains(body, "Dòng mới để thử") {
		t.Errorf("the last good page is gone: %d", status)
	}
	// A page opened now learns of the problem at once.
	late := subscribe(t, p.url+Prefix+"events")
	select {
	case e := <-late:
		if e.name != "problems" {
			t.Errorf("a new page got %s first", e.name)
		}
	case <-time.After(5 * time.Second):
		t.Error("a new page was not told of the problem")
	}
	expectReload("fix", "/gioi-thieu/", "Dòng mới để thử", func() {
		edit(t, page, "tieu_de = \"sai\"\n", "")
	})
}

// TestOnlyLoopbackHosts refuses requests whose Host is not a loopback name,
// as a DNS-rebinding page would send.
func TestOnlyLoopbackHosts(t *testing.T) {
	srv := New(t.TempDir(), func([]string) (*site.Output, error) {
		return &site.Output{Files: map[string][]byte{"index.html": []byte("<p>bản nháp</p>")}}, nil
	})
	srv.Rebuild()
	for _, tc := range []struct {
		host string
		want int
	}{
		{"127.0.0.1:1313", http.StatusOK},
		{"localhost:1313", http.StatusOK},
		{"LOCALHOST", http.StatusOK},
		{"[::1]:1313", http.StatusOK},
		{"[::1]", http.StatusOK},
		{"attacker.example:1313", http.StatusForbidden},
		{"127.0.0.1.nip.io:1313", http.StatusForbidden},
		{"localhost.attacker.example", http.StatusForbidden},
		{"10.0.0.5:1313", http.StatusForbidden},
		{"", http.StatusForbidden},
	} {
		req := httptest.NewRequest("GET", "/", nil)
		req.Host = tc.host
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != tc.want {
			t.Errorf("Host %q: status %d, want %d", tc.host, rec.Code, tc.want)
		}
	}
}
