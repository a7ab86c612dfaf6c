package site

import (
	"fmt"
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
// site makes no request to any host but its own). What a page's refs
// say on their own is worked out once per page the preview keeps
// (refsMemo); whether a link's target exists is asked every build.
func (m *model) checkRefs(out *Output) error {
	var l diag.List
	// Pages link to the same few places (the targets, the data page):
	// each is resolved once.
	resolved := map[string]bool{}
	for _, p := range m.published {
		for _, c := range m.refs.of(p) {
			ok, known := resolved[c.target]
			if !known && c.target != "" {
				ok = resolves(out, c.target)
				resolved[c.target] = ok
			}
			switch {
			case c.msg != "":
				l.Add(p.File, c.line, c.col, "%s", c.msg)
			case c.target != "" && !ok:
				l.Add(p.File, c.line, c.col, "liên kết %s không dẫn tới trang hay tệp nào của trang web; hãy kiểm tra địa chỉ (ví dụ /chi-tieu/8/ hoặc /tin-tuc/ten-bai/)", c.url)
			}
		}
	}
	return l.Err()
}

// A refCheck is what one ref of a page says on its own: a problem (msg),
// or a site path the link must resolve to (target).
type refCheck struct {
	line, col   int
	msg         string
	target, url string
}

// pageRefs works out the refChecks of p's refs, in their order.
func pageRefs(p *content.Page) []refCheck {
	out := make([]refCheck, 0, len(p.Refs())) // kept by the preview's memo: its size, not double
	for _, r := range p.Refs() {
		u, err := url.Parse(r.URL)
		if err != nil {
			out = append(out, refCheck{line: r.Line, col: r.Col, msg: fmt.Sprintf("địa chỉ %q không hợp lệ", r.URL)})
			continue
		}
		external := u.Scheme != "" || strings.HasPrefix(r.URL, "//")
		if r.Image {
			switch {
			case strings.TrimSpace(r.Alt) == "":
				out = append(out, refCheck{line: r.Line, col: r.Col, msg: fmt.Sprintf("ảnh %s thiếu mô tả cho người không xem được ảnh; hãy viết mô tả trong ngoặc vuông: ![Mô tả ảnh](%s)", r.URL, r.URL)})
			case external:
				out = append(out, refCheck{line: r.Line, col: r.Col, msg: fmt.Sprintf("ảnh %s lấy từ máy chủ khác; hãy lưu ảnh vào thư mục content/ và dẫn đường dẫn bắt đầu bằng /", r.URL)})
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
		out = append(out, refCheck{line: r.Line, col: r.Col, target: target, url: r.URL})
	}
	return out
}

// A refsMemo keeps the refChecks of the pages of the last build, for the
// preview, whose page cache gives an unchanged file's very page again. A
// nil memo works them out every time; it is not for builds that run at
// the same time.
type refsMemo struct {
	last, now map[*content.Page]keptRefs
}

type keptRefs struct {
	url    string // the page's path and refs they were worked out for
	refs   []content.Ref
	checks []refCheck
}

// of returns the refChecks of p.
func (r *refsMemo) of(p *content.Page) []refCheck {
	if r == nil {
		return pageRefs(p)
	}
	refs := p.Refs()
	k, ok := r.last[p]
	if !ok || k.url != p.URL() || len(k.refs) != len(refs) || len(refs) > 0 && &k.refs[0] != &refs[0] {
		k = keptRefs{url: p.URL(), refs: refs, checks: pageRefs(p)}
	}
	if r.now == nil {
		r.now = make(map[*content.Page]keptRefs, len(r.last))
	}
	r.now[p] = k
	return k.checks
}

// done ends a build's use of the memo: the pages it did not check go.
func (r *refsMemo) done() {
	if r != nil {
		r.last, r.now = r.now, nil
	}
}

// resolves reports whether an absolute path names a file of out.
func resolves(out *Output, p string) bool {
	clean := strings.TrimPrefix(path.Clean(p), "/")
	if strings.HasSuffix(p, "/") || clean == "" {
		clean = path.Join(clean, "index.html")
	}
	return out.has(clean) || out.has(path.Join(clean, "index.html"))
}
