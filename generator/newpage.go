package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/sitefs"
	"github.com/minhbach/minhbach/generator/theme"
	"github.com/minhbach/minhbach/generator/vi"
)

var newCommand = command{
	name:     "new",
	synopsis: "[-config config.toml] tin-tuc/ten-bai-viet.md",
	summary:  "tạo trang mới từ trang mẫu, là bản nháp",
	about: `Tạo content/tin-tuc/ten-bai-viet.md từ trang mẫu của giao diện
(archetypes/tin-tuc.md, nếu không có thì archetypes/default.md), ghi ngày hôm
nay theo time_zone của trang và draft = true. Tên tệp viết thường, không dấu,
nối bằng gạch ngang; không ghi đè tệp đã có.`,
	arg: &argument{what: "một đường dẫn", example: "tin-tuc/ten-bai-viet.md"},
	setup: func(fl *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		s := addSiteFlag(fl)
		return func(args []string, stdout, stderr io.Writer) error {
			return newPage(s.root(), args[0], stdout)
		}
	},
}

// newPage creates content/SECTION/SLUG.md from the theme's archetype for the
// section (archetypes/SECTION.md, else archetypes/default.md), as a draft
// dated today in the site's zone.
func newPage(root, arg string, stdout io.Writer) error {
	rel := strings.TrimPrefix(filepath.ToSlash(arg), content.Dir+"/")
	section, file := path.Split(rel)
	section = strings.Trim(section, "/")
	slug := strings.TrimSuffix(file, ".md")
	switch {
	case !strings.HasSuffix(file, ".md") || !fs.ValidPath(rel):
		return usageError(fmt.Sprintf("%q không phải đường dẫn trang hợp lệ; hãy viết dạng tin-tuc/ten-bai-viet.md", arg))
	case strings.Contains(section, "/"):
		return usageError("chỉ dùng một cấp thư mục dưới content/, ví dụ tin-tuc/ten-bai-viet.md")
	case vi.Slug(slug) != slug || section != "" && vi.Slug(section) != section:
		return usageError(fmt.Sprintf("tên tệp phải viết thường, không dấu, nối bằng gạch ngang: hãy dùng %s.md", vi.Slug(slug)))
	}
	cfg, err := config.Load(os.DirFS(root))
	if err != nil {
		return err
	}
	target := filepath.Join(root, content.Dir, filepath.FromSlash(rel))
	if _, err := os.Stat(target); err == nil {
		return diag.Problem{File: path.Join(content.Dir, rel), Msg: "tệp đã có; không ghi đè. Hãy mở tệp đó để sửa, hoặc chọn tên khác"}
	}
	files, err := theme.Files(sitefs.Dir(root), cfg.Theme) // with the archetypes of the theme it extends
	if err != nil {
		return err
	}
	src, err := fs.ReadFile(files, "archetypes/"+section+".md")
	if errors.Is(err, fs.ErrNotExist) || section == "" {
		src, err = fs.ReadFile(files, "archetypes/default.md")
	}
	if err != nil {
		return diag.Problem{File: "themes/" + cfg.Theme + "/archetypes/default.md", Msg: "giao diện thiếu trang mẫu"}
	}
	tmpl, err := template.New("archetype").Parse(string(src))
	if err != nil {
		return diag.Problem{File: "themes/" + cfg.Theme + "/archetypes/" + section + ".md", Msg: "lỗi trang mẫu: " + err.Error()}
	}
	var buf bytes.Buffer
	title := strings.ReplaceAll(slug, "-", " ")
	title = strings.ToUpper(title[:1]) + title[1:]
	err = tmpl.Execute(&buf, struct{ Title, Date string }{strings.ReplaceAll(title, `"`, ``), now().In(cfg.Zone).Format("2006-01-02")})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(target, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Đã tạo %s (bản nháp). Hãy sửa tiêu đề cho có dấu: %q. Xem thử bằng go run ./generator build -drafts; xoá dòng draft = true khi muốn đăng.\n", path.Join(content.Dir, rel), title)
	return nil
}
