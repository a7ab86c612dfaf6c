package site

import (
	"net/url"
	"path"
	"sort"
	"strings"
)

// HeadersFile is the caching rules Netlify and Cloudflare Pages read from
// the published folder; GitHub Pages and GitLab Pages serve it as a plain
// file and set their own caching.
const HeadersFile = "_headers"

// Cache-Control values: a fingerprinted file's name changes with its
// content, so browsers may keep it for a year without asking again; every
// other file keeps its name when it changes, so it is kept for five minutes.
const (
	cacheForever = "public, max-age=31536000, immutable"
	cacheShort   = "public, max-age=300"
)

// maxHeaderRules is Cloudflare Pages' limit on rules in one _headers file.
const maxHeaderRules = 100

// headers writes _headers with one rule per top-level file or folder of
// out. Both hosts apply every rule that matches a path and join the values of
// a header given twice, so a site-wide /* rule under an /assets/* rule would
// send both lifetimes; rules that never overlap avoid that. A folder gets the
// long lifetime only when every file in it is a fingerprinted theme asset.
// Paths start at the base URL's path, for a site served under a sub-path.
func (m *model) headers(out *Output) []byte {
	base := "/"
	if u, err := url.Parse(m.Config.BaseURL); err == nil && u.Path != "" {
		base = strings.TrimSuffix(u.Path, "/") + "/"
	}
	fingerprinted := map[string]bool{}
	for _, a := range m.Theme.Assets {
		fingerprinted[strings.TrimPrefix(a.URL, "/")] = true
	}
	lasting := map[string]bool{} // top-level entry → all fingerprinted
	for p := range out.all() {
		top, _, inFolder := strings.Cut(p, "/")
		if !inFolder {
			top = p
		}
		prev, seen := lasting[top]
		lasting[top] = (prev || !seen) && inFolder && fingerprinted[p]
	}
	tops := make([]string, 0, len(lasting))
	for top := range lasting {
		tops = append(tops, top)
	}
	sort.Strings(tops)

	var b strings.Builder
	b.WriteString("# Tạo bởi go run ./generator build; sửa tay sẽ mất ở lần dựng sau.\n")
	b.WriteString("# Netlify và Cloudflare Pages đọc tệp này: tệp có dấu vân tay trong tên\n")
	b.WriteString("# (thư mục assets/) được giữ một năm, mọi tệp khác năm phút.\n")
	rule := func(pattern, value string) {
		b.WriteString("\n" + pattern + "\n  Cache-Control: " + value + "\n")
	}
	if len(tops) > maxHeaderRules-1 {
		// Too many to list: only the lasting folders get a rule, the rest
		// keep the host's own caching.
		for _, top := range tops {
			if lasting[top] {
				rule(base+top+"/*", cacheForever)
			}
		}
		return []byte(b.String())
	}
	if out.has("index.html") {
		rule(base, cacheShort) // "/" serves index.html
	}
	for _, top := range tops {
		isFile := out.has(top)
		switch {
		case lasting[top]:
			rule(base+top+"/*", cacheForever)
		case isFile:
			rule(path.Join(base, top), cacheShort)
		default:
			rule(base+top+"/*", cacheShort)
		}
	}
	return []byte(b.String())
}
