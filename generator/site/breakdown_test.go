package site

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestBreakdownTable checks that a breakdown's table reads in Vietnamese:
// the theme's words head the columns the CSV names area and sex, a column
// the theme has no words for keeps its own name (as read: nhom-tuoi), and a total's empty cells
// name the total.
func TestBreakdownTable(t *testing.T) {
	_, fsys := fixture(t, "testdata/basic.txtar")
	fsys["data/1.1.csv"] = &fstest.MapFile{Data: []byte("year,area,sex,nhom_tuoi,value,source\n" +
		"2023,,,,3.4,minh họa\n2025,,,,3.2,minh họa\n" +
		"2025,Mỹ Tú,,,3.6,minh họa\n2025,,nữ,,3.1,minh họa\n2025,,,15-24,5.0,minh họa\n")}
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := string(out.Files["chi-tieu/1/1-1/index.html"])
	for _, want := range []string{
		`<th scope="col">Năm</th><th scope="col">Khu vực</th><th scope="col">Giới tính</th><th scope="col">nhom-tuoi</th>`,
		`<tr class="illustrative total">
    <th scope="row">2023</th><td>Toàn tỉnh</td><td>Cả hai giới</td><td>Tổng chung</td>`,
		`<th scope="row">2025</th><td>Mỹ Tú</td><td>Cả hai giới</td><td>Tổng chung</td>`,
		`<th scope="row">2025</th><td>Toàn tỉnh</td><td>nữ</td><td>Tổng chung</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the table lacks %s", want)
		}
	}
	if strings.Contains(page, `<th scope="col">area</th>`) || strings.Contains(page, "<td></td><td class=\"num\">3,4") {
		t.Error("the table still shows a raw header or an empty total cell")
	}
}
