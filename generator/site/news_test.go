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

// TestFutureAndDraftPagesHeldBack publishes a page from midnight of its date
// in the site's zone (Asia/Ho_Chi_Minh unless config.toml says otherwise),
// whatever the zone of the clock passed in.
func TestFutureAndDraftPagesHeldBack(t *testing.T) {
	vietnam := time.FixedZone("UTC+7", 7*3600)
	tests := []struct {
		zone string // time_zone in config.toml; "" for the default
		opt  Options
		want map[string]bool
	}{
		{"", Options{Now: time.Date(2026, 6, 30, 23, 59, 0, 0, vietnam)}, map[string]bool{"ngay-mai": false, "hom-nay": true, "nhap": false}},
		{"", Options{Now: time.Date(2026, 7, 1, 0, 0, 0, 0, vietnam)}, map[string]bool{"ngay-mai": true, "hom-nay": true, "nhap": false}},
		// 17:00 UTC on 30 June is already 1 July in Việt Nam.
		{"", Options{Now: time.Date(2026, 6, 30, 17, 0, 0, 0, time.UTC)}, map[string]bool{"ngay-mai": true, "hom-nay": true, "nhap": false}},
		{"", Options{Now: time.Date(2026, 6, 30, 16, 59, 0, 0, time.UTC)}, map[string]bool{"ngay-mai": false, "hom-nay": true, "nhap": false}},
		{"UTC", Options{Now: time.Date(2026, 6, 30, 23, 0, 0, 0, time.UTC)}, map[string]bool{"ngay-mai": false, "hom-nay": true, "nhap": false}},
		{"Pacific/Kiritimati", Options{Now: time.Date(2026, 6, 30, 10, 0, 0, 0, time.UTC)}, map[string]bool{"ngay-mai": true, "hom-nay": true, "nhap": false}},
		{"", Options{Now: time.Date(2026, 6, 30, 12, 0, 0, 0, time.UTC), Drafts: true}, map[string]bool{"ngay-mai": true, "hom-nay": true, "nhap": true}},
	}
	// Whether ngay-mai is held back by a build without drafts, and so
	// warned of (with drafts too, so that check says it).
	heldBack := []bool{true, false, false, true, true, false, true}
	for i, tt := range tests {
		fsys := syntheticSite(t, 1, 1, 3, 0)
		if tt.zone != "" {
			fsys["config.toml"].Data = append(fsys["config.toml"].Data, "time_zone = \""+tt.zone+"\"\n"...)
		}
		fsys["content/tin-tuc/ngay-mai.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Ngày mai\"\ndate = 2026-07-01\n+++\nx\n")}
		fsys["content/tin-tuc/hom-nay.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Hôm nay\"\ndate = 2026-06-30\n+++\nx\n")}
		fsys["content/tin-tuc/nhap.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Nháp\"\ndate = 2026-01-01\ndraft = true\n+++\nx\n")}
		out, err := Build(fsys, tt.opt)
		if err != nil {
			t.Fatal(err)
		}
		for slug, want := range tt.want {
			_, got := out.Files["tin-tuc/"+slug+"/index.html"]
			feed := strings.Contains(string(out.Files["tin-tuc/index.xml"]), "/tin-tuc/"+slug+"/")
			if got != want || feed != want {
				t.Errorf("zone %q, now %s, drafts %v: %s published %v (feed %v), want %v", tt.zone, tt.opt.Now.Format(time.RFC3339), tt.opt.Drafts, slug, got, feed, want)
			}
		}
		// A page held back says so, at its date; a draft is held back
		// on purpose and needs no word.
		var warned []string
		for _, w := range out.Warnings {
			warned = append(warned, w.Error())
		}
		if got := strings.Contains(strings.Join(warned, "\n"), "content/tin-tuc/ngay-mai.md:3:1: cảnh báo: trang ghi ngày 1/7/2026, sau hôm nay"); got != heldBack[i] || len(warned) > 1 {
			t.Errorf("zone %q, now %s: warnings %q, want one for ngay-mai: %v", tt.zone, tt.opt.Now.Format(time.RFC3339), warned, heldBack[i])
		}
	}
}

// TestFeedDatesInSiteZone writes pubDate in the site's zone, so the feed is
// the same bytes on a machine in any zone.
func TestFeedDatesInSiteZone(t *testing.T) {
	tests := []struct{ zone, date, want string }{
		{"", "2026-06-30", "Tue, 30 Jun 2026 00:00:00 +0700"},
		{"", "2026-06-30T20:00:00Z", "Wed, 01 Jul 2026 03:00:00 +0700"},
		{"UTC", "2026-06-30", "Tue, 30 Jun 2026 00:00:00 +0000"},
		{"Pacific/Kiritimati", "2026-06-30T08:30:00", "Tue, 30 Jun 2026 08:30:00 +1400"},
	}
	for _, tt := range tests {
		fsys := syntheticSite(t, 1, 1, 3, 0)
		if tt.zone != "" {
			fsys["config.toml"].Data = append(fsys["config.toml"].Data, "time_zone = \""+tt.zone+"\"\n"...)
		}
		fsys["content/tin-tuc/tin.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Tin\"\ndate = " + tt.date + "\n+++\nx\n")}
		out, err := Build(fsys, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if feed := string(out.Files["tin-tuc/index.xml"]); !strings.Contains(feed, "<pubDate>"+tt.want+"</pubDate>") {
			t.Errorf("zone %q, date %s: want pubDate %s in\n%s", tt.zone, tt.date, tt.want, feed)
		}
	}
}
