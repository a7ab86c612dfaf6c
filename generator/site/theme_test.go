package site

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestProvinceTheme builds the basic case with a theme that extends the
// default and changes only its style sheet and one string.
func TestProvinceTheme(t *testing.T) {
	_, fsys := fixture(t, "testdata/basic.txtar")
	cfg := string(fsys["config.toml"].Data) + "theme = \"tinh\"\n"
	fsys["config.toml"] = &fstest.MapFile{Data: []byte(cfg)}
	fsys["themes/tinh/theme.toml"] = &fstest.MapFile{Data: []byte("extends = \"default\"\n")}
	fsys["themes/tinh/assets/style.css"] = &fstest.MapFile{Data: []byte("body{color:#003}\n")}
	fsys["themes/tinh/i18n/vi.toml"] = &fstest.MapFile{Data: []byte("skip_link = \"Tới nội dung của tỉnh\"\n")}
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	home := string(out.Files["index.html"])
	if !strings.Contains(home, "Tới nội dung của tỉnh") {
		t.Error("the province's string is not on the home page")
	}
	css := 0
	for p, b := range out.Files {
		if strings.HasPrefix(p, "assets/style.") {
			css++
			if string(b) != "body{color:#003}\n" {
				t.Errorf("%s is not the province's style sheet", p)
			}
		}
	}
	if css != 1 {
		t.Errorf("%d style sheets published, want 1", css)
	}
	if !strings.Contains(string(out.Files["chi-tieu/1/1-1/index.html"]), `meta name="chart-runtime"`) {
		t.Error("the default theme's chart runtime did not carry over")
	}
	checkLinks(t, out)
}
