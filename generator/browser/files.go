package browser

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"regexp"
	"strings"

	"github.com/minhbach/minhbach/generator/urls"
)

var reRef = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// CheckLinks reports every internal href and src in the HTML files of site
// that names no file of it, for a site served under the path base ("/" at
// a domain's root, "/minhbach/" for a project site): a root-relative link
// that does not start with base leaves the site, and is broken too. Links
// to other hosts are left alone: whether they work is not the site's to
// know offline.
func CheckLinks(site fs.FS, base urls.Base) []Finding {
	var out []Finding
	fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, err := fs.ReadFile(site, p)
		if err != nil {
			return err
		}
		for _, m := range reRef.FindAllSubmatch(data, -1) {
			ref := html.UnescapeString(string(m[1]))
			if !strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
				continue // another host, or a fragment or relative reference
			}
			if sitePath, ok := base.Site(ref); !ok || !resolves(site, sitePath) {
				out = append(out, Finding{Page: "/" + p, Problem: "liên kết hỏng: " + ref})
			}
		}
		return nil
	})
	return out
}

// resolves reports whether an absolute path of the site names a file.
func resolves(site fs.FS, ref string) bool {
	ref, _, _ = strings.Cut(ref, "#")
	ref, _, _ = strings.Cut(ref, "?")
	p := strings.TrimPrefix(path.Clean(ref), "/")
	if strings.HasSuffix(ref, "/") || p == "" {
		p = path.Join(p, "index.html")
	}
	_, err := fs.Stat(site, p)
	return err == nil
}

// CheckSitemap reports every <loc> of sitemap.xml, and every page of
// another edition an entry names, under base, with no page.
func CheckSitemap(site fs.FS, base string) []Finding {
	data, err := fs.ReadFile(site, "sitemap.xml")
	if err != nil {
		return []Finding{{Page: "/sitemap.xml", Problem: "không có sitemap.xml"}}
	}
	var out []Finding
	// Entries, and the other editions each names (xhtml:link hreflang).
	for _, m := range regexp.MustCompile(`<loc>([^<]*)</loc>|hreflang="[^"]*" href="([^"]*)"`).FindAllSubmatch(data, -1) {
		if len(m[1]) == 0 {
			m[1] = m[2]
		}
		loc := string(m[1])
		if !strings.HasPrefix(loc, base) || !resolves(site, "/"+strings.TrimPrefix(loc, base)) {
			out = append(out, Finding{Page: "/sitemap.xml", Problem: "trang không tồn tại: " + loc})
		}
	}
	return out
}

// Pages lists the pages of sitemap.xml as paths, plus /404.html.
func Pages(site fs.FS, base string) []string {
	data, _ := fs.ReadFile(site, "sitemap.xml")
	var out []string
	for _, m := range regexp.MustCompile(`<loc>([^<]*)</loc>`).FindAllSubmatch(data, -1) {
		out = append(out, "/"+strings.TrimPrefix(strings.TrimPrefix(string(m[1]), base), "/"))
	}
	return append(out, "/404.html")
}

// CheckHTML runs the Nu HTML Checker (vnu.jar, with java) over dir and
// reports each error it prints.
func CheckHTML(java, vnu, dir string) ([]Finding, error) {
	cmd := exec.Command(java, "-jar", vnu, "--skip-non-html", "--errors-only", dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var out []Finding
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		file, msg, ok := strings.Cut(line, `":`)
		if ok {
			file = strings.TrimPrefix(strings.TrimPrefix(file, `"`), "file:"+dir)
			out = append(out, Finding{Page: file, Problem: "HTML không hợp lệ: " + msg})
		} else {
			out = append(out, Finding{Page: dir, Problem: "vnu: " + line})
		}
	}
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("vnu không chạy được: %v", err)
	}
	return out, nil
}

// Serve serves the folder dir on 127.0.0.1 under the path base, as static
// hosting would: a GitHub Pages project site answers only under
// /<project>/, with 404.html for a path that names no file.
func Serve(dir string, base urls.Base) *httptest.Server {
	site := os.DirFS(dir)
	files := http.StripPrefix(strings.TrimSuffix(string(base), "/"), http.FileServerFS(site))
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p, ok := base.Site(r.URL.Path); !ok || !resolves(site, p) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			page, _ := fs.ReadFile(site, "404.html")
			w.Write(page)
			return
		}
		files.ServeHTTP(w, r)
	}))
}
