package site

import (
	"encoding/xml"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestNewsPagesAndFeed(t *testing.T) {
	fsys := syntheticSite(t, 1, 1, 3, 25)
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"tin-tuc/index.html", "tin-tuc/trang/2/index.html", "tin-tuc/trang/3/index.html"} {
		if _, ok := out.Files[p]; !ok {
			t.Errorf("no %s", p)
		}
	}
	if _, ok := out.Files["tin-tuc/trang/4/index.html"]; ok {
		t.Error("a fourth page of 25 news items")
	}
	last := string(out.Files["tin-tuc/trang/3/index.html"])
	if strings.Count(last, `<h2><a href="/tin-tuc/`) != 5 || !strings.Contains(last, `rel="prev" href="/tin-tuc/trang/2/"`) || strings.Contains(last, `rel="next"`) {
		t.Errorf("page 3 of the news is wrong:\n%s", last)
	}
	var rss struct {
		Channel struct {
			Items []struct {
				Title   string `xml:"title"`
				Link    string `xml:"link"`
				PubDate string `xml:"pubDate"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal(out.Files["tin-tuc/index.xml"], &rss); err != nil {
		t.Fatal(err)
	}
	if len(rss.Channel.Items) != 25 || !strings.HasPrefix(rss.Channel.Items[0].Link, "https://example.test/tin-tuc/") {
		t.Errorf("feed has %d items: %+v", len(rss.Channel.Items), rss.Channel.Items[:1])
	}
	checkLinks(t, out)
}

func TestFutureAndDraftPagesHeldBack(t *testing.T) {
	fsys := syntheticSite(t, 1, 1, 3, 0)
	fsys["content/tin-tuc/ngay-mai.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Ngày mai\"\ndate = 2026-07-01\n+++\nx\n")}
	fsys["content/tin-tuc/hom-nay.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Hôm nay\"\ndate = 2026-06-30\n+++\nx\n")}
	fsys["content/tin-tuc/nhap.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Nháp\"\ndate = 2026-01-01\ndraft = true\n+++\nx\n")}
	now := time.Date(2026, 6, 30, 23, 0, 0, 0, time.UTC)
	tests := []struct {
		opt  Options
		want map[string]bool
	}{
		{Options{Now: now}, map[string]bool{"ngay-mai": false, "hom-nay": true, "nhap": false}},
		{Options{Now: now, Drafts: true}, map[string]bool{"ngay-mai": true, "hom-nay": true, "nhap": true}},
		{Options{Now: now.AddDate(0, 0, 1)}, map[string]bool{"ngay-mai": true, "hom-nay": true, "nhap": false}},
	}
	for _, tt := range tests {
		out, err := Build(fsys, tt.opt)
		if err != nil {
			t.Fatal(err)
		}
		for slug, want := range tt.want {
			_, got := out.Files["tin-tuc/"+slug+"/index.html"]
			feed := strings.Contains(string(out.Files["tin-tuc/index.xml"]), "/tin-tuc/"+slug+"/")
			if got != want || feed != want {
				t.Errorf("now %s, drafts %v: %s published %v (feed %v), want %v", tt.opt.Now.Format("2006-01-02"), tt.opt.Drafts, slug, got, feed, want)
			}
		}
	}
}
