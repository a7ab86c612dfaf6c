package browser

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const okPage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Được</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><a class="skip" href="#noi-dung">Bỏ qua</a><main id="noi-dung" tabindex="-1"><h1>Được</h1>%s</main></body></html>`

func page(body string) string { return strings.Replace(okPage, "%s", body, 1) }

// TestCheckerFindsBreakage breaks each check on purpose and expects a
// finding that names the page and the problem; the good page has none.
func TestCheckerFindsBreakage(t *testing.T) {
	tools := need(t, "chromium", "axe")
	dir := t.TempDir()
	cases := map[string]struct{ html, want string }{
		"/tot.html":        {page(`<p>Mọi thứ đều ổn.</p><img src="/tot.html" alt="ảnh">`), ""},
		"/console.html":    {page(`<script>console.error("hỏng rồi")</script>`), "lỗi trong console: hỏng rồi"},
		"/throw.html":      {page(`<script>null.x</script>`), "script ném lỗi"},
		"/ngoai.html":      {page(`<script src="http://cdn.example.invalid/x.js"></script>`), "yêu cầu đến máy chủ khác: http://cdn.example.invalid/x.js"},
		"/khong-alt.html":  {page(`<img src="/tot.html">`), "ảnh không có alt: /tot.html"},
		"/bieu-do.html":    {page(`<div class="chart" id="c1" data-chart="c1-option" style="height:200px"></div>`), "biểu đồ #c1 không vẽ được"},
		"/hai-h1.html":     {page(`<h1>Thêm</h1>`), "có 2 thẻ h1"},
		"/rong.html":       {page(`<div style="width:900px">rộng</div>`), "trang cuộn ngang"},
		"/lang.html":       {strings.Replace(page(""), `lang="vi"`, `lang="en"`, 1), `lang="en"`},
		"/en/page.html":    {strings.Replace(page(""), `lang="vi"`, `lang="en"`, 1), ""},
		"/en/lang.html":    {page(""), `lang="vi", cần "en"`},
		"/tuong-phan.html": {page(`<p style="color:#ccc;background:#fff">chữ mờ</p>`), "axe color-contrast [serious]"},
		"/lien-ket.html":   {page(`<a href="/khong-co/">hỏng</a>`), ""}, // found by CheckLinks below
	}
	var pages []string
	os.Mkdir(filepath.Join(dir, "en"), 0o755)
	for name, c := range cases {
		os.WriteFile(filepath.Join(dir, strings.TrimPrefix(name, "/")), []byte(c.html), 0o644)
		pages = append(pages, name)
	}
	os.WriteFile(filepath.Join(dir, "404.html"), []byte(page("Không thấy")), 0o644)
	srv := Serve(dir, "/")
	defer srv.Close()
	axe, _ := os.ReadFile(tools["axe"])
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	r, err := Check(ctx, tools["chromium"], srv.URL, pages, Options{Viewports: []Viewport{Phone}, Axe: string(axe), Editions: []string{"en"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, f := range r.Findings {
		got[f.Page] = append(got[f.Page], f.Problem)
	}
	for name, c := range cases {
		all := strings.Join(got[name], "\n")
		if c.want == "" {
			if all != "" {
				t.Errorf("%s: unexpected findings:\n%s", name, all)
			}
			continue
		}
		if !strings.Contains(all, c.want) {
			t.Errorf("%s: no finding with %q; got:\n%s", name, c.want, all)
		}
	}
	links := CheckLinks(os.DirFS(dir), "/")
	if len(links) != 1 || links[0].Page != "/lien-ket.html" || !strings.Contains(links[0].Problem, "/khong-co/") {
		t.Errorf("broken link findings = %v", links)
	}
}

func TestWithoutJSFindsHiddenFigures(t *testing.T) {
	tools := need(t, "chromium")
	dir := t.TempDir()
	good := page(`<p class="status-line"><span class="badge">Đúng tiến độ</span></p><p class="summary">Tăng.</p><table><tbody><tr><td class="num">9,3</td></tr></tbody></table>`)
	hidden := page(`<p class="status-line"><span class="badge">Đúng tiến độ</span></p><p class="summary">Tăng.</p><table style="display:none"><tbody><tr><td class="num">9,3</td></tr></tbody></table>`)
	noStatus := page(`<p class="summary">Tăng.</p><p class="no-data">Chưa có số liệu.</p>`)
	os.WriteFile(filepath.Join(dir, "tot.html"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(dir, "an.html"), []byte(hidden), 0o644)
	os.WriteFile(filepath.Join(dir, "thieu.html"), []byte(noStatus), 0o644)
	srv := Serve(dir, "/")
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	found, err := CheckWithoutJS(ctx, tools["chromium"], srv.URL, []string{"/tot.html", "/an.html", "/thieu.html"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range found {
		got = append(got, f.String())
	}
	want := []string{"/an.html (không JavaScript): bảng số liệu bị ẩn", "/thieu.html (không JavaScript): không thấy trạng thái của chỉ số"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
