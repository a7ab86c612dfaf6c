package site

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// benchSections are the folders the big site's pages are spread over when
// it has several sections; the first is the news.
var benchSections = []string{"tin-tuc", "thong-bao", "bao-cao", "hoi-dap", "su-kien"}

// bigSite is the repository's demo site with pages more markdown pages of
// about 4 KB each (TOML front matter, headings, a table, lists, links),
// spread over the first sections of benchSections. It is the site the
// benchmarks build: the same shape of pages Hugo was measured on.
func bigSite(tb testing.TB, pages, sections int) fstest.MapFS {
	tb.Helper()
	fsys := fstest.MapFS{}
	root := os.DirFS(repoRoot)
	for _, dir := range []string{"config.toml", "seeds", "data", "content", "themes/default"} {
		err := fs.WalkDir(root, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if strings.Contains(p, "/chartjs/") || strings.Contains(p, "/.") {
				return nil
			}
			data, err := fs.ReadFile(root, p)
			fsys[p] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	for i := 0; i < pages; i++ {
		section := benchSections[i%sections]
		fsys[fmt.Sprintf("content/%s/bai-%05d.md", section, i)] = &fstest.MapFile{Data: bigPage(i)}
	}
	for _, s := range benchSections[1:sections] {
		fsys["content/"+s+"/_index.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Mục " + s + "\"\n+++\nCác bài của mục.\n")}
	}
	return fsys
}

// bigPage is page n of the big site, about 4 KB.
func bigPage(n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "+++\ntitle = \"Tin số %d về thực hiện chương trình\"\ndate = %d-%02d-%02d\nsummary = \"Tóm tắt bài số %d: tiến độ các chỉ tiêu, số liệu mới và kế hoạch.\"\ntags = [\"kinh tế\", \"xã hội\"]\n+++\n", n, 2020+n%5, n%12+1, n%28+1, n)
	b.WriteString("Bài viết tổng hợp **kết quả thực hiện** các chỉ tiêu chủ yếu của tỉnh trong quý vừa qua, theo báo cáo của các sở, ngành và địa phương.\n\n")
	for s := 1; s <= 3; s++ {
		fmt.Fprintf(&b, "## Phần %d: tình hình thực hiện\n\n", s)
		b.WriteString("Theo số liệu sơ bộ, tỷ lệ hộ nghèo tiếp tục giảm; thu nhập bình quân đầu người tăng khá so với cùng kỳ. ")
		b.WriteString("Các địa phương đã triển khai đồng bộ nhiều giải pháp, huy động nguồn lực xã hội hoá và lồng ghép các chương trình mục tiêu quốc gia. ")
		fmt.Fprintf(&b, "Xem thêm [chỉ tiêu %d](/chi-tieu/%d/) và [toàn văn chương trình](/chuong-trinh/).\n\n", s, s)
		b.WriteString("| Chỉ số | Năm 2024 | Năm 2025 | Mục tiêu 2030 |\n|---|---:|---:|---:|\n")
		for r := 1; r <= 5; r++ {
			fmt.Fprintf(&b, "| Chỉ số %d.%d | %d,%d%% | %d,%d%% | trên %d%% |\n", s, r, 40+r, n%10, 45+r, (n+3)%10, 60+r)
		}
		b.WriteString("\nNhững việc cần làm trong thời gian tới:\n\n")
		b.WriteString("- Đẩy nhanh tiến độ giải ngân vốn đầu tư công;\n- Rà soát, hoàn thiện cơ chế, chính sách;\n- Tăng cường kiểm tra, giám sát;\n- Công khai kết quả định kỳ trên [trang dữ liệu](/du-lieu/).\n\n")
		b.WriteString("1. Sở Kế hoạch và Đầu tư tổng hợp báo cáo.\n2. Các sở, ngành cập nhật số liệu hằng quý.\n3. Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện.\n\n")
		b.WriteString("> Mọi số liệu trong bài là số liệu minh họa, dùng để thử nghiệm tốc độ dựng trang.\n\n")
	}
	return []byte(b.String())
}

var benchSite = flag.String("benchsite", "", "write the big site (10,000 pages) into this folder, to time the command on it")

// TestWriteBigSite writes the benchmarks' site to disk, for timing the
// command and its peak memory (see BENCHMARKS.md), and checks it builds
// from there. It runs only when given -benchsite DIR; BENCH_PAGES and
// BENCH_SECTIONS change the number of pages and sections.
func TestWriteBigSite(t *testing.T) {
	if *benchSite == "" {
		t.Skip("no -benchsite folder given")
	}
	sections := 1
	if n := os.Getenv("BENCH_SECTIONS"); n != "" {
		fmt.Sscan(n, &sections)
	}
	pages := 10000
	if n := os.Getenv("BENCH_PAGES"); n != "" {
		fmt.Sscan(n, &pages)
	}
	for p, f := range bigSite(t, pages, sections) {
		dst := filepath.Join(*benchSite, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Build(os.DirFS(*benchSite), Options{}); err != nil {
		t.Fatal(err)
	}
}
