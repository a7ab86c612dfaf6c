package site

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
)

const (
	runtimeFile = "themes/default/assets/echarts.js"
	recordFile  = runtimeFile + ".toml"
)

// milestoneOnly turns the site of testdata/runtime-edited.txtar into one
// whose only indicator is a qualitative milestone: a site with no chart.
func milestoneOnly(fsys fstest.MapFS) {
	put := func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} }
	put("seeds/p.txt", "Mục tiêu tổng quát đến năm 2030: Nâng cao đời sống.\n\nCác chỉ tiêu chủ yếu đến năm 2030\n\n(1) Bảo đảm vững chắc mức sinh thay thế.\n\nTầm nhìn đến năm 2045: Phát triển.\n")
	put("data/indicators.toml", "[[indicator]]\ncode = \"1.1\"\ntarget = 1\nname = \"Mức sinh thay thế\"\nquote = \"Bảo đảm vững chắc mức sinh thay thế\"\nkind = \"milestone\"\n")
	put("data/1.1.csv", "year,value,source\n")
}

// TestChartRuntime checks when a site needs the theme's committed chart
// runtime and what it does with it: published fingerprinted and named in
// every page with a chart when present; a build error naming the file when
// a chart needs it and it is missing or unrecorded; not needed by a site
// without charts.
func TestChartRuntime(t *testing.T) {
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		err    string // "" when the build succeeds
		meta   bool   // the indicator page names the runtime
	}{
		{"committed runtime", func(fstest.MapFS) {}, "", true},
		{"missing runtime", func(fsys fstest.MapFS) { delete(fsys, runtimeFile); delete(fsys, recordFile) },
			runtimeFile + ": giao diện thiếu thư viện biểu đồ, mà chỉ số 1.1 (và mọi chỉ số định lượng khác) có biểu đồ; hãy lấy lại hai tệp từ kho: git checkout -- " + runtimeFile + " " + recordFile, false},
		{"runtime without record", func(fsys fstest.MapFS) { delete(fsys, recordFile) },
			runtimeFile + ": thư viện biểu đồ không có bản ghi echarts.js.toml", false},
		{"record without runtime", func(fsys fstest.MapFS) { delete(fsys, runtimeFile) },
			recordFile + ":1:1: bản ghi nói về echarts.js nhưng không có tệp đó trong assets/; hãy chạy lại go generate ./generator/chartjs", false},
		{"no chart, no runtime", func(fsys fstest.MapFS) {
			milestoneOnly(fsys)
			delete(fsys, runtimeFile)
			delete(fsys, recordFile)
		}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fsys := fixture(t, "testdata/runtime-edited.txtar")
			delete(fsys, runtimeFile) // the case's hand-edited runtime gives way to the committed one
			addTheme(t, fsys)
			tt.change(fsys)
			out, err := Build(fsys, Options{})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v\nwant it to contain %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkLinks(t, out)
			page := out.Files["chi-tieu/1/1-1/index.html"]
			if page == nil {
				t.Fatal("no indicator page")
			}
			if got := bytes.Contains(page, []byte(`<meta name="chart-runtime" content="/assets/echarts.`)); got != tt.meta {
				t.Errorf("indicator page names the chart runtime: %v, want %v", got, tt.meta)
			}
			if tt.meta {
				committed := fsys[runtimeFile].Data
				if !publishedOnce(out, committed) {
					t.Error("the committed runtime is not published, byte for byte, under assets/echarts.<hash>.js")
				}
			}
			for _, p := range out.Paths() {
				if strings.HasSuffix(p, ".toml") {
					t.Errorf("%s: a record was published", p)
				}
			}
		})
	}
}

// publishedOnce reports whether data is published as exactly one file,
// an ECharts asset.
func publishedOnce(out *Output, data []byte) bool {
	n := 0
	for p, b := range out.Files {
		if bytes.Equal(b, data) {
			if !strings.HasPrefix(p, "assets/echarts.") || !strings.HasSuffix(p, ".js") {
				return false
			}
			n++
		}
	}
	return n == 1
}
