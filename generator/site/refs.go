package site

import (
	"io/fs"
	"net/url"
	"path"
	"strings"

	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
)

// addContentFiles publishes the files of content/ that are not pages
// (images, PDFs) at the same path: content/anh/cau.jpg is /anh/cau.jpg.
func (m *model) addContentFiles(out *Output, fsys fs.FS) error {
	var l diag.List
	fs.WalkDir(fsys, content.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".md") || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		rel := strings.TrimPrefix(p, content.Dir+"/")
		if _, taken := out.Files[rel]; taken {
			l.Add(p, 0, 0, "tệp trùng đường dẫn với một trang do hệ thống tạo (/%s); hãy đổi tên tệp", rel)
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			l.Add(p, 0, 0, "không đọc được: %v", err)
			return nil
		}
		out.Files[rel] = data
		return nil
	})
	return l.Err()
}

// checkRefs finds, in every published page, links that lead nowhere in the
// site, images without a description, and images from other hosts (the
// site makes no request to any host but its own).
func (m *model) checkRefs(out *Output) error {
	var l diag.List
	for _, p := range m.published {
		for _, r := range p.Refs() {
			u, err := url.Parse(r.URL)
			if err != nil {
				l.Add(p.File, r.Line, r.Col, "địa chỉ %q không hợp lệ", r.URL)
				continue
			}
			external := u.Scheme != "" || strings.HasPrefix(r.URL, "//")
			if r.Image {
				switch {
				case strings.TrimSpace(r.Alt) == "":
					l.Add(p.File, r.Line, r.Col, "ảnh %s thiếu mô tả cho người không xem được ảnh; hãy viết mô tả trong ngoặc vuông: ![Mô tả ảnh](%s)", r.URL, r.URL)
				case external:
					l.Add(p.File, r.Line, r.Col, "ảnh %s lấy từ máy chủ khác; hãy lưu ảnh vào thư mục content/ và dẫn đường dẫn bắt đầu bằng /", r.URL)
				}
			}
			if external || u.Path == "" {
				continue // another site, mail, or a fragment of this page
			}
			target := u.Path
			if !strings.HasPrefix(target, "/") {
				target = path.Join(p.URL(), target)
				if strings.HasSuffix(u.Path, "/") {
					target += "/"
				}
			}
			if !resolves(out, target) {
				l.Add(p.File, r.Line, r.Col, "liên kết %s không dẫn tới trang hay tệp nào của trang web; hãy kiểm tra địa chỉ (ví dụ /chi-tieu/8/ hoặc /tin-tuc/ten-bai/)", r.URL)
			}
		}
	}
	return l.Err()
}

// resolves reports whether an absolute path names a file of out.
func resolves(out *Output, p string) bool {
	clean := strings.TrimPrefix(path.Clean(p), "/")
	if strings.HasSuffix(p, "/") || clean == "" {
		clean = path.Join(clean, "index.html")
	}
	if _, ok := out.Files[clean]; ok {
		return true
	}
	_, ok := out.Files[path.Join(clean, "index.html")]
	return ok
}
