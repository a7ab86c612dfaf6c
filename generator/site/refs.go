package site

import (
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
)

// addContentFiles publishes the files of content/ that are not pages. It
// runs after every generated file is in out, so that a content file cannot
// silently replace one (content/robots.txt) nor be silently dropped: the
// collision is a problem at the content file.
func (m *model) addContentFiles(out *Output) error {
	var l diag.List
	for _, rel := range sortedKeys(m.Files) {
		if out.has(rel) {
			l.Add(content.Dir+"/"+rel, 0, 0, "tệp này trùng đường dẫn /%s với một tệp do minhbach tạo (trang, robots.txt, sitemap.xml, 404.html, nguồn tin, dữ liệu mở), nên sẽ không được đăng; hãy đổi tên hoặc chuyển tệp sang thư mục khác", rel)
			continue
		}
		out.Files[rel] = m.Files[rel]
	}
	return l.Err()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
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
	return out.has(clean) || out.has(path.Join(clean, "index.html"))
}
