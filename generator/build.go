package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/minhbach/minhbach/generator/chartsvg"
	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/gcpace"
	"github.com/minhbach/minhbach/generator/publish"
	"github.com/minhbach/minhbach/generator/shrink"
	"github.com/minhbach/minhbach/generator/site"
	"github.com/minhbach/minhbach/generator/sitefs"
)

// buildGCPercent is the collector's headroom during a build: the heap may
// grow to 1.6 times what is live (the model, and the packed bodies of the
// pages not yet written) before it collects, not the default twice. It is
// a share of what the site needs, not a size, so no site is too big for
// it: at 10,000 pages and two editions it takes peak memory from about
// 200 MB to 160 MB for about 5% more CPU time (BENCHMARKS.md). GOGC, when
// set, wins.
const buildGCPercent = 60

// buildHeapFloor is the heap below which a build does not collect at all
// (package gcpace): the demo's live heap stays under 40 MB, and its dozen
// collections at 60% of that were a sixth of its build time. A site whose
// live heap passes 40 MB is paced by buildGCPercent alone, so the floor
// does not move a big site's peak.
const buildHeapFloor = 64 << 20

// paceCollector sets buildGCPercent and buildHeapFloor, unless GOGC is
// set, and returns what puts the collector back as it was.
func paceCollector() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	return gcpace.Set(buildGCPercent, buildHeapFloor)
}

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
	opt.Now = now()
	defer paceCollector()()
	// Pages go into the output's staging folder as they are rendered, so
	// memory does not grow with the site. The folder is opened at the
	// first page, once the inputs have loaded without a problem.
	var (
		once      sync.Once
		folder    *publish.Folder
		openErr   error
		failedPut error
		mu        sync.Mutex
	)
	siteFS := sitefs.Dir(root) // opened once: the root stays open (package sitefs)
	pubOpt := publish.Options{Site: root, Say: func(s string) { fmt.Fprintln(stderr, s) }}
	pubOpt.Rewrite, pubOpt.Siblings = shrinking(siteFS)
	opt.Write = func(p string, data []byte) error {
		once.Do(func() { folder, openErr = publish.Open(outDir, pubOpt) })
		err := openErr
		if err == nil {
			err = folder.Put(p, data)
		}
		if err != nil {
			mu.Lock()
			failedPut = cmp.Or(failedPut, err)
			mu.Unlock()
		}
		return err
	}
	opt.Charts = previousPictures(outDir)
	o, err := site.Build(siteFS, opt)
	if failedPut != nil {
		abort(folder)
		return fmt.Errorf("không ghi được %s (trang cũ vẫn giữ nguyên): %w", outDir, failedPut)
	}
	if err != nil {
		abort(folder)
		return fmt.Errorf("%w\n\n%s", err, summaryOfProblems(err))
	}
	for _, w := range o.Warnings {
		fmt.Fprintln(stderr, w)
	}
	if m := opt.Charts.Manifest(o.Files, programVersion()); m != nil {
		o.Files[chartsvg.ManifestFile] = m
	}
	if err := publishRest(folder, o.Files, outDir, pubOpt); err != nil {
		return fmt.Errorf("không ghi được %s (trang cũ vẫn giữ nguyên): %w", outDir, err)
	}
	fmt.Fprintf(stdout, "Đã dựng %d trang (%d tệp) trong %d ms → %s\n", o.Pages, o.Len(), time.Since(start).Milliseconds(), outDir)
	return nil
}

// abort discards the pages written so far, if any were.
func abort(f *publish.Folder) {
	if f != nil {
		f.Abort()
	}
}

// publishRest puts the files the build did not stream into the folder
// (opened already when it streamed pages) and puts it in place.
func publishRest(f *publish.Folder, files map[string][]byte, dir string, opt publish.Options) error {
	if f == nil {
		return publish.Write(files, dir, opt) // a site of no pages
	}
	if err := f.PutAll(files); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// shrinking is what config.toml's [output] asks to be done to the files
// on their way to the output folder (package shrink): a minifier for
// Rewrite, and a sibling for each precompressed copy. A config.toml that
// does not load asks for nothing here: the build reports its problems.
func shrinking(fsys fs.FS) (func(string, []byte) ([]byte, error), []publish.Sibling) {
	c, err := config.Load(fsys)
	if err != nil {
		return nil, nil
	}
	var rewrite func(string, []byte) ([]byte, error)
	if c.Output.Minify {
		// Pages only: the style sheets were minified when the theme
		// loaded, before their names were fingerprinted.
		rewrite = func(p string, data []byte) ([]byte, error) {
			if path.Ext(p) != ".html" {
				return data, nil
			}
			return shrink.Minify(p, data)
		}
	}
	var siblings []publish.Sibling
	for _, e := range c.Output.Precompress {
		siblings = append(siblings, publish.Sibling{Suffix: e.Suffix(), Make: func(p string, data []byte) ([]byte, bool) {
			if !shrink.Compressible(p) {
				return nil, false
			}
			return shrink.Compress(e, data)
		}})
	}
	return rewrite, siblings
}

// summaryOfProblems counts the problems and reassures staff that the
// published site is untouched.
func summaryOfProblems(err error) string {
	n := diag.Collect("", err).Len()
	return fmt.Sprintf("Có %d lỗi; chưa ghi gì vào thư mục kết quả, trang đã xuất bản vẫn giữ nguyên. Hãy sửa các lỗi trên rồi chạy lại.", n)
}
