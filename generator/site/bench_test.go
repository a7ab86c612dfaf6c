package site

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/minhbach/minhbach/generator/publish"
)

// syntheticSite makes a site of targets × perTarget indicators with years of
// data each, and news items, using the repository's default theme.
func syntheticSite(tb testing.TB, targets, perTarget, years, news int) fstest.MapFS {
	fsys := fstest.MapFS{}
	put := func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} }
	put("config.toml", "title = \"Bench\"\nbase_url = \"https://example.test/\"\nprogramme = \"seeds/p.txt\"\nreport_date = 2026-06-30\n")

	var prog, defs strings.Builder
	prog.WriteString("Tỉnh ủy Thử Nghiệm ban hành Chương trình số 1-CTr/TU, ngày 1/2/2024.\n\n")
	prog.WriteString("Mục tiêu tổng quát đến năm 2030: Nâng cao đời sống.\n\nCác chỉ tiêu chủ yếu đến năm 2030\n\n")
	for t := 1; t <= targets; t++ {
		fmt.Fprintf(&prog, "(%d) ", t)
		for i := 1; i <= perTarget; i++ {
			fmt.Fprintf(&prog, "chỉ số %d.%d đạt trên %d%%; ", t, i, 50+i)
			fmt.Fprintf(&defs, "[[indicator]]\ncode = \"%d.%d\"\ntarget = %d\nname = \"Chỉ số %d.%d\"\nquote = \"chỉ số %d.%d đạt trên %d%%\"\nkind = \"quantitative\"\nunit = \"%%\"\ndirection = \"higher\"\ncomparator = \">\"\nvalue = %d\ndecimals = 1\n\n",
				t, i, t, t, i, t, i, 50+i, 50+i)
			var csv strings.Builder
			csv.WriteString("year,value,source\n")
			for y := 0; y < years; y++ {
				fmt.Fprintf(&csv, "%d,%.1f,minh họa\n", 2016+y, 30+float64((t*7+i*3+y*2)%40))
			}
			put(fmt.Sprintf("data/%d.%d.csv", t, i), csv.String())
		}
		prog.WriteString("\n\n")
	}
	prog.WriteString("Tầm nhìn đến năm 2045: Phát triển.\n\n")
	for i, o := range []string{"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín"} {
		fmt.Fprintf(&prog, "- Thứ %s, nhóm nhiệm vụ %d\n\nNội dung của nhóm nhiệm vụ %d.\n\n", o, i+1, i+1)
	}
	put("seeds/p.txt", prog.String())
	put("data/indicators.toml", defs.String())
	put("content/_index.md", "+++\ntitle = \"Tổng quan\"\n+++\nGiới thiệu.\n")
	for n := 1; n <= news; n++ {
		put(fmt.Sprintf("content/tin-tuc/tin-%d.md", n), fmt.Sprintf("+++\ntitle = \"Tin số %d\"\ndate = 2025-%02d-%02d\nsummary = \"Tóm tắt tin %d.\"\n+++\n## Tiêu đề phụ\n\nNội dung **tin** số %d, với [liên kết](/chi-tieu/1/).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", n, n%12+1, n%28+1, n, n))
	}
	addTheme(tb, fsys)
	return fsys
}

// BenchmarkBuild builds a site of 100 targets × 10 indicators × 10 years and
// 1,000 news items, in memory, and reports pages per second.
func BenchmarkBuild(b *testing.B) {
	pages := buildEach(b, syntheticSite(b, 100, 10, 10, 1000))
	b.ReportMetric(float64(pages), "pages")
}

// buildEach builds fsys in memory at each turn of the benchmark, reports
// pages per second and returns the pages of one build.
func buildEach(b *testing.B, fsys fstest.MapFS) int {
	var pages int
	b.ReportAllocs()
	for b.Loop() {
		out, err := Build(fsys, Options{})
		if err != nil {
			b.Fatal(err)
		}
		pages = out.Pages
	}
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	return pages
}

// TestSyntheticSiteBuilds keeps the benchmark's site honest: it builds, with
// every page it should have.
func TestSyntheticSiteBuilds(t *testing.T) {
	out, err := Build(syntheticSite(t, 3, 2, 4, 5), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// home, programme, vision, report, news list, data, search, 404; 3 targets; 6 indicators and their embeds; 9 tasks; 5 news
	if want := 8 + 3 + 6 + 6 + 9 + 5; out.Pages != want {
		t.Errorf("%d pages, want %d", out.Pages, want)
	}
	checkLinks(t, out)
}

// BenchmarkBuild10k builds the demo site with 10,000 more pages in memory,
// in the news (news) and spread over five sections (sections).
func BenchmarkBuild10k(b *testing.B) {
	bigSites(b, func(b *testing.B, fsys fstest.MapFS) { buildEach(b, fsys) })
}

// bigSites runs bench on the demo site with 10,000 more pages, all in the
// news (news) and spread over five sections (sections).
func bigSites(b *testing.B, bench func(b *testing.B, fsys fstest.MapFS)) {
	for _, sections := range []int{1, 5} {
		name := "news"
		if sections > 1 {
			name = "sections"
		}
		b.Run(name, func(b *testing.B) { bench(b, bigSite(b, 10000, sections)) })
	}
}

// BenchmarkBuild10kDisk builds the same sites and publishes them into a
// folder that holds the previous build, as a rebuild does: fresh the first
// time and then edited (one page changed between builds).
func BenchmarkBuild10kDisk(b *testing.B) {
	bigSites(b, func(b *testing.B, fsys fstest.MapFS) {
		site := b.TempDir()
		dir := filepath.Join(site, "public")
		var pages int
		for b.Loop() {
			// One page changes between builds, as after an edit.
			fsys["content/tin-tuc/bai-00000.md"].Data = append(bigPage(0), fmt.Sprintf("\nSửa lần %d.\n", pages)...)
			out, err := Build(fsys, Options{})
			if err != nil {
				b.Fatal(err)
			}
			if err := publish.Write(out.Files, dir, publish.Options{Site: site}); err != nil {
				b.Fatal(err)
			}
			pages += out.Pages
		}
		b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
	})
}

// BenchmarkRebuild10k is the preview's rebuild of the big site after one
// edit, through the Rebuilder the preview keeps and told what changed: a
// markdown page's body (markdown) or a figure in an indicator's CSV (csv).
func BenchmarkRebuild10k(b *testing.B) {
	fsys := bigSite(b, 10000, 1)
	csv := fsys["data/1.1.csv"].Data
	edits := []struct {
		name, file string
		edit       func(n int)
	}{
		{"markdown", "content/tin-tuc/bai-00000.md", func(n int) {
			fsys["content/tin-tuc/bai-00000.md"].Data = append(bigPage(0), fmt.Sprintf("\nSửa lần %d.\n", n)...)
		}},
		{"csv", "data/1.1.csv", func(n int) {
			// The latest figure changes: the indicator's assessment, chart
			// and data files, and what counts its status.
			head := csv[:bytes.LastIndexByte(csv[:len(csv)-1], '\n')+1]
			fsys["data/1.1.csv"].Data = fmt.Appendf(bytes.Clone(head), "2025,%d.%d,minh họa,,,\n", 90+n%9, n%10)
		}},
	}
	for _, e := range edits {
		b.Run(e.name, func(b *testing.B) {
			rb := NewRebuilder(fsys)
			rb.KeepFiles() // told what changed, as by the preview's watcher
			if _, err := rb.Build(Options{}); err != nil {
				b.Fatal(err)
			}
			n := 0
			for b.Loop() {
				n++
				e.edit(n)
				rb.Changed([]string{e.file})
				if _, err := rb.Build(Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
