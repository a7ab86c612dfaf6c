package site

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/minhbach/minhbach/generator/progress"
)

// TestOneValueChangesEverywhere edits one figure and checks that the
// indicator's status moves on its page, its target's page, the home page
// and the open data alike.
func TestOneValueChangesEverywhere(t *testing.T) {
	_, fsys := fixture(t, "testdata/basic.txtar")
	status := func(fsys fstest.MapFS) (progress.Status, string, *Output) {
		out, err := Build(fsys, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var data dataFile
		if err := json.Unmarshal(out.Files["du-lieu/chi-so.json"], &data); err != nil {
			t.Fatal(err)
		}
		for _, in := range data.Indicators {
			if in.Code == "1.1" {
				return in.Assessment.Status, in.Assessment.Summary, out
			}
		}
		t.Fatal("1.1 not in chi-so.json")
		return "", "", nil
	}
	before, _, _ := status(fsys)
	fsys["data/1.1.csv"] = &fstest.MapFile{Data: []byte("year,value,source\n2023,3.4,minh họa\n2025,3.9,minh họa\n")}
	after, summary, out := status(fsys)
	if before != "on_track" || after != "deterioration" {
		t.Fatalf("status %s → %s, want on_track → deterioration", before, after)
	}
	page := string(out.Files["chi-tieu/1/1-1/index.html"])
	if !strings.Contains(page, `class="badge s-deterioration"`) || !strings.Contains(html.UnescapeString(page), summary) {
		t.Error("the indicator page does not say what the JSON says")
	}
	if !strings.Contains(string(out.Files["chi-tieu/1/index.html"]), `<span class="n">1</span> <span class="badge s-deterioration">`) {
		t.Error("the target page does not count the new status")
	}
	home := string(out.Files["index.html"])
	if !regexp.MustCompile(`<li class="count s-deterioration"><span class="n">1</span>`).MatchString(home) || strings.Contains(home, `count s-on_track"`) {
		t.Error("the home page counts do not follow")
	}
}

// TestIllustrativeStatusesSayIllustrative builds a site whose every
// quantitative figure is illustrative and checks that each page showing a
// status says the figures are illustrative: a status computed from
// invented figures must never read as an official one.
func TestIllustrativeStatusesSayIllustrative(t *testing.T) {
	_, fsys := fixture(t, "testdata/basic.txtar")
	fsys["data/1.1.csv"] = &fstest.MapFile{Data: []byte("year,value,source\n2023,3.4,Minh hoạ\n2025,3.2,số liệu minh họa\n")}
	fsys["data/2.2.csv"] = &fstest.MapFile{Data: []byte("year,value,source\n2025,50,minh họa.\n")}
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for _, p := range out.Paths() {
		page := string(out.Files[p])
		if !strings.HasSuffix(p, ".html") || !strings.Contains(page, `class="badge s-`) {
			continue
		}
		pages++
		if !strings.Contains(page, `<p class="notice" role="note"><strong>Minh họa.</strong>`) {
			t.Errorf("%s shows a status computed from illustrative figures without saying so", p)
		}
	}
	if pages < 5 {
		t.Errorf("only %d pages show a status; the case no longer tests what it says", pages)
	}
}
