package content

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestParse(t *testing.T) {
	md := NewMarkdown(Options{})
	src := "+++\ntitle = \"Tin\"\ndate = 2025-01-02\ntags = [\"a\"]\n+++\n## Mục tiêu tổng quát\n\n## Mục tiêu tổng quát\n\nXem [x](javascript:alert(1)) <script>x</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
	p, err := Parse("content/tin-tuc/tin.md", []byte(src), md)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.RenderBody(nil); err != nil {
		t.Fatal(err)
	}
	if p.URL() != "/tin-tuc/tin/" || p.Title != "Tin" || p.Date.Year() != 2025 || p.Tags[0] != "a" {
		t.Errorf("page = %+v", p)
	}
	body := p.Body.String()
	for _, want := range []string{`<h2 id="muc-tieu-tong-quat">`, `<h2 id="muc-tieu-tong-quat-1">`, `<table>`, `<a href="">x</a>`, `<!-- raw HTML omitted -->`} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %s:\n%s", want, body)
		}
	}
	if strings.Contains(body, "<script>") || strings.Contains(body, "javascript:") {
		t.Errorf("unsafe markup got through:\n%s", body)
	}
}

func TestUnsafeHTMLWhenAllowed(t *testing.T) {
	p, err := Parse("content/a.md", []byte("+++\ntitle = \"A\"\n+++\n<b>đậm</b>\n"), NewMarkdown(Options{UnsafeHTML: true}))
	if err == nil {
		err = p.RenderBody(nil)
	}
	if err != nil || !strings.Contains(p.Body.String(), "<b>đậm</b>") {
		t.Errorf("raw HTML not kept with unsafe_html: %v %s", err, p.Body)
	}
}

func TestURLs(t *testing.T) {
	tests := []struct{ file, url, lang string }{
		{"content/_index.md", "/", ""},
		{"content/gioi-thieu.md", "/gioi-thieu/", ""},
		{"content/tin-tuc/_index.md", "/tin-tuc/", ""},
		{"content/tin-tuc/a-b.md", "/tin-tuc/a-b/", ""},
		// A translation has its original's path; the site prefixes it.
		{"content/gioi-thieu.en.md", "/gioi-thieu/", "en"},
		{"content/_index.en.md", "/", "en"},
		{"content/tin-tuc/a-b.en.md", "/tin-tuc/a-b/", "en"},
	}
	for _, tt := range tests {
		p, err := Parse(tt.file, []byte("+++\ntitle = \"x\"\n+++\n"), NewMarkdown(Options{}))
		if err != nil {
			t.Fatal(err)
		}
		if p.URL() != tt.url || p.Lang != tt.lang {
			t.Errorf("%s → %s (%q), want %s (%q)", tt.file, p.URL(), p.Lang, tt.url, tt.lang)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, file, src, want string }{
		{"no front matter", "content/a.md", "# A\n", "content/a.md:1:1: trang phải bắt đầu"},
		{"unclosed front matter", "content/a.md", "+++\ntitle = \"A\"\n", "không tìm thấy dòng +++ đóng"},
		{"unknown key on its line", "content/a.md", "+++\ntitle = \"A\"\ntilte = \"B\"\n+++\n", "content/a.md:3:1: khoá \"tilte\""},
		{"syntax error on its line", "content/a.md", "+++\ntitle = \"A\"\ndate = 2025-13-01\n+++\n", "content/a.md:3:"},
		{"missing title", "content/a.md", "+++\ndraft = true\n+++\n", "thiếu title"},
		{"file name with diacritics", "content/tin-tức.md", "+++\ntitle = \"A\"\n+++\n", "hãy đổi thành tin-tuc.md"},
		{"too deep", "content/a/b/c.md", "+++\ntitle = \"A\"\n+++\n", "quá sâu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.file, []byte(tt.src), NewMarkdown(Options{}))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadReportsEveryPage(t *testing.T) {
	fsys := fstest.MapFS{
		"content/a.md":       {Data: []byte("no front matter")},
		"content/b.md":       {Data: []byte("+++\nx = 1\n+++\n")},
		"content/c.md":       {Data: []byte("+++\ntitle = \"C\"\n+++\nok")},
		"content/readme.txt": {Data: []byte("ignored")},
	}
	pages, err := Load(fsys, NewMarkdown(Options{}))
	if err == nil || !strings.Contains(err.Error(), "content/a.md") || !strings.Contains(err.Error(), "content/b.md") {
		t.Errorf("err = %v", err)
	}
	if len(pages) != 1 || pages[0].Slug != "c" {
		t.Errorf("pages = %v", pages)
	}
}

func TestChartEmbed(t *testing.T) {
	md := NewMarkdown(Options{CheckChart: only86})
	src := "+++\ntitle = \"A\"\n+++\nTrước.\n\n{{< chart \"8.6\" >}}\n\nGiữa.\n{{<chart \"8.6\">}}\n\n    {{< chart \"8.6\" >}}\n\nTrong câu {{< chart \"8.6\" >}} thì không.\n"
	p, err := Parse("content/a.md", []byte(src), md)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Charts) != 2 || p.Charts[0].Line != 6 || p.Charts[1].Line != 9 {
		t.Fatalf("embeds = %+v", p.Charts)
	}
	err = p.RenderBody(func(code string, n int) ([]byte, error) {
		return []byte(fmt.Sprintf("<figure>%s#%d</figure>\n", code, n)), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "<p>Trước.</p>\n<figure>8.6#1</figure>\n<p>Giữa.</p>\n<figure>8.6#2</figure>\n<pre><code>{{&lt; chart &quot;8.6&quot; &gt;}}\n</code></pre>\n<p>Trong câu {{&lt; chart &ldquo;8.6&rdquo; &gt;}} thì không.</p>\n"
	if p.Body.String() != want {
		t.Errorf("body\n%s\nwant\n%s", p.Body, want)
	}
}

func only86(code string) string {
	if code == "8.6" {
		return ""
	}
	return "không có chỉ số " + code
}

func TestChartEmbedUnknownCode(t *testing.T) {
	md := NewMarkdown(Options{CheckChart: only86})
	_, err := Parse("content/a.md", []byte("+++\ntitle = \"A\"\n+++\n\n{{< chart \"8.99\" >}}\n"), md)
	if err == nil || !strings.Contains(err.Error(), `content/a.md:5:1: không có chỉ số 8.99`) {
		t.Errorf("err = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("+++\ntitle = \"A\"\n+++\n# Mục tiêu\n")
	f.Add("+++\n+++")
	f.Add("+++\ntitle = \"A\"\n+++\n{{< chart \"1.1\" >}}\n")
	md := NewMarkdown(Options{CheckChart: func(string) string { return "" }})
	f.Fuzz(func(t *testing.T, src string) {
		p, err := Parse("content/a.md", []byte(src), md)
		if err != nil {
			return
		}
		if err := p.RenderBody(func(string, int) ([]byte, error) { return nil, nil }); err != nil {
			t.Fatal(err)
		}
	})
}

// TestDateInSiteZone reads front-matter dates in the site's zone, not the
// machine's: a date alone is that day in the site's zone.
func TestDateInSiteZone(t *testing.T) {
	hcm, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ date, want string }{
		{"2026-07-01", "2026-07-01T00:00:00+07:00"},
		{"2026-07-01T08:00:00", "2026-07-01T08:00:00+07:00"},
		{"2026-06-30T20:00:00Z", "2026-07-01T03:00:00+07:00"},
	}
	for _, tt := range tests {
		p, err := Parse("content/tin-tuc/a.md", []byte("+++\ntitle = \"A\"\ndate = "+tt.date+"\n+++\n"), NewMarkdown(Options{Zone: hcm}))
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Date.Format(time.RFC3339); got != tt.want {
			t.Errorf("date = %s: got %s, want %s", tt.date, got, tt.want)
		}
	}
}

func TestLoadWithoutContentFolder(t *testing.T) {
	_, err := Load(fstest.MapFS{}, NewMarkdown(Options{}))
	if want := "content: không có thư mục content/"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
}
