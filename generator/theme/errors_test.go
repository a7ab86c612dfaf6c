package theme

import (
	"strings"
	"testing"
)

type page struct {
	Title string
	Next  *page
	Items []string
}

// Every template error names the file it is in, with line and column, and
// says in Vietnamese what is wrong, whether it is found when the theme is
// read or when a page is rendered, in a layout or in a partial.
func TestTemplateErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown function", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n<p>{{ dich \"x\" }}</p>{{end}}"},
			`themes/t/layouts/home.html:2:7: lỗi mẫu trang: không có hàm "dich"; mẫu trang chỉ dùng được các hàm t, url, asset, label, cached và dict`},
		{"missing end", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n{{if .Title}}x\n"},
			`themes/t/layouts/home.html:3:1: lỗi mẫu trang: mẫu kết thúc khi còn khối chưa đóng; mỗi {{define}}, {{if}}, {{range}}, {{with}} cần một {{end}}`},
		{"extra end", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}{{end}}\n  {{end}}"},
			`themes/t/layouts/home.html:2:3: lỗi mẫu trang: {{end}} thừa`},
		{"undefined variable", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n{{ $x }}{{end}}"},
			`themes/t/layouts/home.html:2:4: lỗi mẫu trang: biến "$x" chưa được gán`},
		{"error in a partial", map[string]string{"themes/t/layouts/partials/card.html": "{{define \"card\"}}\n\n{{.X}{{end}}", "themes/t/layouts/home.html": `{{define "main"}}{{end}}`},
			`themes/t/layouts/partials/card.html:3:5: lỗi mẫu trang: ký tự '}' không đúng chỗ trong lệnh {{…}}`},
		{"missing partial", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n  {{template \"the\" .}}{{end}}"},
			`themes/t/layouts/home.html:2:14: lỗi mẫu trang: không có mẫu con "the"`},
		{"unknown field", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n<h1>{{.Titel}}</h1>{{end}}"},
			`themes/t/layouts/home.html:2:7: lỗi mẫu trang: khi dựng "main" tại {{.Titel}}: dữ liệu của trang (kiểu theme.page) không có trường .Titel; hãy kiểm tra tên trường`},
		{"nil pointer", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n{{.Next.Title}}{{end}}"},
			`themes/t/layouts/home.html:2:8: lỗi mẫu trang: khi dựng "main" tại {{.Next.Title}}: giá trị đang trống (nil) nên không lấy được .Title`},
		{"unknown string", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}\n\n {{t \"missing\"}}{{end}}"},
			`themes/t/layouts/home.html:3:4: lỗi mẫu trang: khi dựng "main" tại {{t "missing"}}: hàm t báo lỗi: không có chuỗi giao diện "missing" trong i18n/vi.toml`},
		{"wrong arguments", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}{{url \"a\" \"b\"}}{{end}}"},
			`themes/t/layouts/home.html:1:20: lỗi mẫu trang: khi dựng "main" tại {{url}}: hàm url cần 1 đối số nhưng đang có 2`},
		{"error in the base", map[string]string{"themes/t/layouts/base.html": "<html>\n{{.Lang}}{{template \"main\" .}}</html>", "themes/t/layouts/home.html": `{{define "main"}}{{end}}`},
			`themes/t/layouts/base.html:2:3: lỗi mẫu trang: khi dựng "base.html" tại {{.Lang}}: dữ liệu của trang (kiểu theme.page) không có trường .Lang`},
		{"unclosed attribute", map[string]string{"themes/t/layouts/home.html": "{{define \"main\"}}<a href=\"{{.Title}}>x</a>{{end}}"},
			`themes/t/layouts/home.html: lỗi mẫu trang: mẫu kết thúc giữa một thẻ hay thuộc tính HTML`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			th, err := Load(site(tt.files), "t", "/")
			if err == nil {
				_, err = th.Render("vi", "home", page{Title: "T"})
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n%v\nwant it to start\n%s", err, tt.want)
			}
			if err != nil && (strings.Contains(err.Error(), "executing") || strings.Contains(err.Error(), "template:")) {
				t.Errorf("error %q keeps the library's English", err)
			}
		})
	}
}
