package main

import (
	"flag"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/publish"
	"github.com/minhbach/minhbach/generator/site"
	"github.com/minhbach/minhbach/generator/sitefs"
)

var buildCommand = command{
	name:     "build",
	synopsis: "[-config config.toml] [-out public] [-baseurl URL] [-drafts]",
	summary:  "dựng trang vào thư mục public/",
	about: `Dựng toàn bộ trang vào thư mục kết quả. Lần dựng có lỗi không ghi gì: trang cũ
vẫn giữ nguyên, và mọi lỗi được liệt kê dạng tệp:dòng:cột: lỗi. Trang nháp
(draft = true) và trang ghi ngày sau hôm nay (theo time_zone trong config.toml)
chưa được đăng.`,
	setup: func(fl *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		s := addSiteFlag(fl)
		out := fl.String("out", "public", "`thư-mục` nhận kết quả, tính từ gốc của trang")
		baseURL := fl.String("baseurl", "", "`URL` gốc thay cho base_url trong config.toml, ví dụ https://ten.github.io/du-an/")
		drafts := fl.Bool("drafts", false, "dựng cả trang nháp và trang ghi ngày sau hôm nay")
		return func(args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 {
				return usageError(fmt.Sprintf("build không nhận đối số %q", args[0]))
			}
			base, err := baseURLFlag(*baseURL)
			if err != nil {
				return err
			}
			return build(s.root(), *out, site.Options{Drafts: *drafts, BaseURL: base}, stdout, stderr)
		}
	},
}

// baseURLFlag checks -baseurl and ends it with one slash, as base_url in
// config.toml is, so that "$CI_PAGES_URL" and "$CI_PAGES_URL/" both work.
func baseURLFlag(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	u, err := url.Parse(v)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "", usageError(fmt.Sprintf("-baseurl %q không phải là địa chỉ đầy đủ; hãy ghi dạng https://ten-mien.gov.vn/ hoặc https://ten.github.io/du-an/", v))
	}
	return strings.TrimRight(v, "/") + "/", nil
}

func build(root, out string, opt site.Options, stdout, stderr io.Writer) error {
	outDir := out
	if !filepath.IsAbs(outDir) {
		outDir = filepath.Join(root, outDir)
	}
	start := time.Now()
	fmt.Fprintf(stderr, "Đang dựng trang từ %s …\n", root)
	opt.Now = time.Now()
	o, err := site.Build(sitefs.Dir(root), opt)
	if err != nil {
		return fmt.Errorf("%w\n\n%s", err, summaryOfProblems(err))
	}
	for _, w := range o.Warnings {
		fmt.Fprintln(stderr, w)
	}
	if err := publish.Write(o.Files, outDir, publish.Options{Site: root, Say: func(s string) { fmt.Fprintln(stderr, s) }}); err != nil {
		return fmt.Errorf("không ghi được %s (trang cũ vẫn giữ nguyên): %w", outDir, err)
	}
	fmt.Fprintf(stdout, "Đã dựng %d trang (%d tệp) trong %d ms → %s\n", o.Pages, len(o.Files), time.Since(start).Milliseconds(), outDir)
	return nil
}

// summaryOfProblems counts the problems and reassures staff that the
// published site is untouched.
func summaryOfProblems(err error) string {
	n := 1
	if l, ok := err.(*diag.List); ok {
		n = l.Len()
	}
	return fmt.Sprintf("Có %d lỗi; chưa ghi gì vào thư mục kết quả, trang đã xuất bản vẫn giữ nguyên. Hãy sửa các lỗi trên rồi chạy lại.", n)
}
