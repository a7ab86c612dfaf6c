package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/site"
)

func build(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(io.Discard) // flagError says it in Vietnamese
	configPath := fl.String("config", "config.toml", "tệp cấu hình; thư mục chứa nó là gốc của trang")
	out := fl.String("out", "public", "thư mục kết quả")
	baseURL := fl.String("baseurl", "", "địa chỉ gốc thay cho base_url trong config.toml")
	drafts := fl.Bool("drafts", false, "dựng cả các trang nháp (draft = true)")
	if err := fl.Parse(args); err != nil {
		return flagError(fl, err)
	}
	if fl.NArg() > 0 {
		return usageError(fmt.Sprintf("build không nhận đối số %q\n\n%s", fl.Arg(0), usage))
	}
	if filepath.Base(*configPath) != "config.toml" {
		return usageError("tệp cấu hình phải tên là config.toml; -config chọn thư mục của nó")
	}
	root := filepath.Dir(*configPath)
	outDir := *out
	if !filepath.IsAbs(outDir) {
		outDir = filepath.Join(root, outDir)
	}
	start := time.Now()
	fmt.Fprintf(stderr, "Đang dựng trang từ %s …\n", root)
	o, err := site.Build(os.DirFS(root), site.Options{Drafts: *drafts, BaseURL: *baseURL, Now: time.Now(), Say: func(s string) { fmt.Fprintln(stderr, s) }})
	if err != nil {
		return fmt.Errorf("%w\n\n%s", err, summaryOfProblems(err))
	}
	for _, w := range o.Warnings {
		fmt.Fprintln(stderr, w)
	}
	if err := site.Publish(o, outDir); err != nil {
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
