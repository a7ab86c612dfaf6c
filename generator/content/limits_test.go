package content

import (
	"fmt"
	"strings"
	"testing"
)

const front = "+++\ntitle = \"a\"\n+++\n" // the body starts at line 4

// nested writes n list items, each one level deeper than the last.
func nested(marker string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + marker + " mục\n")
	}
	return b.String()
}

// Each shape that would make goldmark's work grow with its square is
// refused past its limit, at the line where it passes it; up to the limit
// it is a page like any other.
func TestLimits(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"lists nested on their lines", nested("-", MaxDepth+5),
			fmt.Sprintf("content/a.md:%d:%d: danh sách hoặc trích dẫn (>) lồng nhau quá %d cấp", 4+MaxDepth, 2*MaxDepth+1, MaxDepth)},
		{"lists nested in one line", strings.Repeat("- ", 1000) + "mục\n",
			fmt.Sprintf("content/a.md:4:%d: danh sách hoặc trích dẫn (>) lồng nhau quá %d cấp", 2*MaxDepth+1, MaxDepth)},
		{"numbered lists", strings.Repeat("1. ", 100) + "mục\n",
			fmt.Sprintf("content/a.md:4:%d: danh sách", 3*MaxDepth+1)},
		{"blockquotes", "Mở đầu.\n\n" + strings.Repeat(">", 100) + " trích\n",
			fmt.Sprintf("content/a.md:6:%d: danh sách hoặc trích dẫn (>) lồng nhau quá %d cấp", MaxDepth+1, MaxDepth)},
		{"open brackets", "Mở đầu.\n\n" + strings.Repeat("[", 100) + "a" + strings.Repeat("]", 100) + "\n",
			fmt.Sprintf("content/a.md:6:%d: quá %d dấu [ chưa đóng trong một đoạn", MaxBrackets+1, MaxBrackets)},
		{"open brackets over lines", strings.Repeat("[\n", 100),
			fmt.Sprintf("content/a.md:%d:1: quá %d dấu [ chưa đóng", 4+MaxBrackets, MaxBrackets)},
		{"addresses never closed", strings.Repeat("[a](", 100) + "\n",
			fmt.Sprintf("content/a.md:4:%d: quá %d liên kết ]( liền nhau không có dấu cách hay dấu ) đóng", 4*MaxBrackets+3, MaxBrackets)},
		{"a long paragraph", strings.Repeat("[a]: /u\n", MaxLines+10),
			fmt.Sprintf("content/a.md:%d:1: đoạn văn dài quá %d dòng liền nhau; hãy chèn dòng trống", 4+MaxLines, MaxLines)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("content/a.md", []byte(front+tt.body), NewMarkdown(Options{}))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n%v\nwant it to start\n%s", err, tt.want)
			}
		})
	}
}

// What real pages write stays well inside the limits.
func TestWithinLimits(t *testing.T) {
	table := "| năm | giá trị |\n|---|---:|\n" + strings.Repeat("| 2024 | [1](/a) |\n", MaxLines+10)
	for name, body := range map[string]string{
		"lists at the limit":    nested("-", MaxDepth),
		"quotes at the limit":   strings.Repeat("> ", MaxDepth) + "trích\n",
		"brackets at the limit": strings.Repeat("[", MaxBrackets) + "a" + strings.Repeat("]", MaxBrackets) + "\n",
		"many links in a line":  strings.Repeat("[Sở Y tế](https://soyte.example.vn/(tin)) ", 200) + "\n",
		"adjacent links":        strings.Repeat("[a](/b)", 200) + "\n",
		"a long table":          table,
		"paragraphs of links":   strings.Repeat(strings.Repeat("Xem [tin](/tin-tuc/) và [chỉ tiêu 8][8].\n", MaxLines/2)+"\n", 4) + "[8]: /chi-tieu/8/\n",
	} {
		t.Run(name, func(t *testing.T) {
			p, err := Parse("content/a.md", []byte(front+body), NewMarkdown(Options{}))
			if err == nil {
				err = p.RenderBody(nil)
			}
			if err != nil {
				t.Error(err)
			}
		})
	}
}

// Many equal headings get numbered anchors in one pass: the n-th "Mục"
// is muc-(n-1), as before, and a page of them is no longer quadratic.
func TestHeadingIDs(t *testing.T) {
	p, err := Parse("content/a.md", []byte(front+strings.Repeat("## Mục\n\n", 1000)+"## Mục 1\n"), NewMarkdown(Options{}))
	if err == nil {
		err = p.RenderBody(nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	body := p.Body.String()
	for _, want := range []string{`<h2 id="muc">`, `<h2 id="muc-1">`, `<h2 id="muc-999">`, `<h2 id="muc-1-1">`} {
		if !strings.Contains(body, want) {
			t.Errorf("no %s", want)
		}
	}
}

// BenchmarkPathological parses each shape that used to grow with its
// square at three sizes. ns/B stays flat as the size quadruples; before
// the limits it grew about fourfold at each step for the nested shapes,
// the brackets, the unclosed addresses and the long paragraphs.
func BenchmarkPathological(b *testing.B) {
	shapes := map[string]func(n int) string{
		"lists":     func(n int) string { return strings.Repeat("- ", n) + "a\n" },
		"quotes":    func(n int) string { return strings.Repeat("> ", n) + "a\n" },
		"brackets":  func(n int) string { return strings.Repeat("[\n", n) + "a" + strings.Repeat("]\n", n) },
		"addresses": func(n int) string { return strings.Repeat("[a](", n) + "\n" },
		"linklines": func(n int) string { return strings.Repeat("[a](\n", n) },
		"refdefs":   func(n int) string { return strings.Repeat("[a]: /u\n", n) },
		"headings":  func(n int) string { return strings.Repeat("# a\n", n) },
	}
	md := NewMarkdown(Options{})
	for _, name := range []string{"lists", "quotes", "brackets", "addresses", "linklines", "refdefs", "headings"} {
		for _, n := range []int{2000, 8000, 32000} {
			src := []byte(front + shapes[name](n))
			b.Run(fmt.Sprintf("%s/n=%d", name, n), func(b *testing.B) {
				for b.Loop() {
					Parse("content/a.md", src, md)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(src)), "ns/B")
			})
		}
	}
}
