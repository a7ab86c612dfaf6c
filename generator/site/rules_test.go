package site

import (
	"encoding/json"
	"html"
	"strings"
	"testing"
	"testing/fstest"
)

// TestRulesOnPages sets progress rules in the basic site and checks what
// the pages and the open data say: each breakdown group has its status and
// working, a status set by hand is marked and keeps the computed working
// beside it, and an indicator without a numeric target is counted apart.
func TestRulesOnPages(t *testing.T) {
	_, fsys := fixture(t, "testdata/basic.txtar")
	defs := string(fsys["data/indicators.toml"].Data)
	defs = strings.Replace(defs, "comparator = \"<\"\nvalue = 3\n", "comparator = \"<\"\nvalue = 3\nbase_rule = \"first_after\"\nstatus_override = { status = \"limited\", reason = \"Điều tra 2025 đổi mẫu, chưa so được với 2023.\" }\n", 1)
	// 2.1 loses its target: a direction and no comparator is a trend.
	defs = strings.Replace(defs, "comparator = \"range\"\nmin = 35\nmax = 40\n", "departs = \"thử: chỉ số không có mục tiêu bằng số\"\n", 1)
	fsys["data/indicators.toml"] = &fstest.MapFile{Data: []byte(defs)}
	fsys["data/1.1.csv"] = &fstest.MapFile{Data: []byte("year,area,value,source\n2023,,3.5,minh họa\n2024,,3.4,minh họa\n2026,,3.2,minh họa\n2024,Vĩnh Châu,4.0,minh họa\n2026,Vĩnh Châu,4.4,minh họa\n2024,Mỹ Tú,2.9,minh họa\n2026,Mỹ Tú,2.5,minh họa\n")}
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(string(out.Files["chi-tieu/1/1-1/index.html"]))
	for _, want := range []string{
		`<span class="tag-by-hand">đặt bằng tay</span>`,
		"Điều tra 2025 đổi mẫu, chưa so được với 2023.",
		`Theo phương pháp, trạng thái tính được là <span class="badge s-on_track">`,
		"<dt>Kết quả</dt><dd>Đúng tiến độ</dd>",
		"năm có số liệu đầu tiên từ 2024 trở đi",
		`<summary>Vĩnh Châu: <span class="badge s-deterioration">`,
		`<summary>Mỹ Tú: <span class="badge s-achieved">`,
		"Trạng thái chung tính từ các dòng tổng (toàn tỉnh).",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("1.1's page lacks %q", want)
		}
	}
	var data dataFile
	if err := json.Unmarshal(out.Files["du-lieu/chi-so.json"], &data); err != nil {
		t.Fatal(err)
	}
	got := map[string]dataAssessment{}
	for _, in := range data.Indicators {
		got[in.Code] = in.Assessment
	}
	if a := got["1.1"]; a.Status != "limited" || a.ComputedStatus != "on_track" || a.OverrideReason == "" || len(a.Groups) != 2 {
		t.Errorf("1.1 in chi-so.json = %+v", a)
	}
	if a := got["2.1"]; a.Status != "trend_substantial" || a.Rate == nil {
		t.Errorf("2.1 in chi-so.json = %+v", a)
	}
	home := html.UnescapeString(string(out.Files["index.html"]))
	i := strings.Index(home, "Chỉ số không có mục tiêu bằng số")
	if i < 0 || !strings.Contains(home[i:], `<li class="count s-trend_substantial"><span class="n">1</span>`) || strings.Contains(home[:i], "s-trend_") {
		t.Error("the home page does not count the trend status apart")
	}
}
