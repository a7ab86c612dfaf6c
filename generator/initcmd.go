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
	"time"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/sitefs"
	"github.com/minhbach/minhbach/generator/starter"
	"github.com/minhbach/minhbach/generator/textfile"
)

var initCommand = command{
	name:     "init",
	synopsis: "[-config config.toml] seeds/TEP.txt",
	summary:  "tạo một trang mới từ văn bản chương trình",
	about: `Tạo một trang mới dựng được ngay, ở thư mục của -config (mặc định là thư mục
hiện tại, nên chạy trong một thư mục trống): config.toml lấy tiêu đề, số hiệu và
ngày từ văn bản; data/indicators.toml nháp mỗi chỉ số một định nghĩa; mỗi chỉ số
một tệp CSV trống; các trang tổng quan, giới thiệu, phương pháp và mục tin tức;
giao diện themes/default. Văn bản được chép vào seeds/ nếu đang ở chỗ khác.
Không ghi đè tệp nào: nếu một tệp đã có, không ghi gì cả. Giao diện và .gitignore
đã có thì được giữ nguyên. Cuối cùng in những gì đã đọc và những gì cần kiểm tra.`,
	arg: &argument{what: "một tệp văn bản chương trình", example: "seeds/chuong-trinh.txt"},
	setup: func(fl *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		s := addSiteFlag(fl)
		return func(args []string, stdout, stderr io.Writer) error {
			return initSite(s.root(), args[0], stdout, stderr)
		}
	},
}

// initSite writes a new site at root from the programme text at file.
func initSite(root, file string, stdout, stderr io.Writer) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return diag.Problem{File: filepath.ToSlash(file), Msg: "không đọc được tệp văn bản chương trình; hãy kiểm tra đường dẫn"}
	}
	seed := seedPath(root, file)
	text, err := textfile.Decode(seed, src)
	if err != nil {
		return err
	}
	p := programme.Parse(seed, text)
	problems := p.Problems()
	for _, n := range problems {
		fmt.Fprintln(stderr, n)
	}
	if p.Broken() {
		return fmt.Errorf("văn bản không đọc được trọn vẹn (xem các lỗi trên); chưa ghi gì")
	}
	// The new config.toml names the default zone, so the day init runs on
	// is that zone's; it dates only a report whose text names no date.
	zone, err := time.LoadLocation(config.DefaultTimeZone)
	if err != nil {
		return err
	}
	theme, err := defaultTheme()
	if err != nil {
		return err
	}
	site, err := starter.New(p, seed, src, now().In(zone), theme)
	if err != nil {
		return err
	}
	files, err := newFiles(root, seed, site.Files)
	if err != nil {
		return err
	}
	if err := writeNew(root, files); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Đã tạo trang mới ở %s (%d tệp).\n\nĐã đọc trong văn bản:\n", absPath(root), len(files))
	for _, l := range site.Found {
		fmt.Fprintf(stdout, "  - %s\n", l)
	}
	fmt.Fprintln(stdout, "\nCần kiểm tra trước khi đăng:")
	for _, l := range site.Check {
		fmt.Fprintf(stdout, "  - %s\n", l)
	}
	cfgArg := filepath.Join(root, config.File)
	fmt.Fprintf(stdout, "\nXem thử: go run ./generator serve -config %s\nKiểm tra: go run ./generator check -config %s\n", cfgArg, cfgArg)
	return nil
}

// defaultThemeDir is where init finds the default theme; tests, which run
// in generator/, look one folder up.
var defaultThemeDir = filepath.FromSlash("themes/default")

// defaultTheme is themes/default of the minhbach folder the command runs
// in: `go run ./generator init` runs there, and the new site, wherever
// -config puts it, gets a copy. All the Go code stays in generator/, so
// the theme is read from the folder rather than carried in the binary.
func defaultTheme() (fs.FS, error) {
	dir := defaultThemeDir
	if info, err := os.Stat(filepath.Join(dir, "layouts")); err != nil || !info.IsDir() {
		return nil, usageError("init chép giao diện mặc định từ thư mục minhbach đang đứng (themes/default/), nhưng ở đây không có; hãy chạy lệnh trong thư mục minhbach và chọn nơi tạo trang bằng -config, ví dụ: go run ./generator init -config ../trang-moi/config.toml van-ban.txt")
	}
	return sitefs.Dir(dir), nil
}

// seedPath is where, in the site, the text is kept: where it already is if
// that is under seeds/, else seeds/ and its file name.
func seedPath(root, file string) string {
	if rel, err := filepath.Rel(absPath(root), absPath(file)); err == nil {
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(rel, "seeds/") && fs.ValidPath(rel) {
			return rel
		}
	}
	return path.Join("seeds", filepath.Base(file))
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// newFiles drops the shared files the site already has (the whole theme
// if its folder is there) and the text at seed if it is already in place,
// and refuses, naming each, every other file that exists.
func newFiles(root, seed string, files []starter.File) ([]starter.File, error) {
	_, err := os.Stat(filepath.Join(root, "themes", "default"))
	haveTheme := err == nil
	var out []starter.File
	var l diag.List
	for _, f := range files {
		if haveTheme && strings.HasPrefix(f.Path, "themes/default/") {
			continue
		}
		have, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f.Path)))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			out = append(out, f)
		case f.Shared || f.Path == seed && bytes.Equal(have, f.Data):
			// kept as it is
		default:
			l.Add(f.Path, 0, 0, "tệp đã có; init không ghi đè. Hãy chạy init trong một thư mục trống (-config thu-muc-moi/config.toml), hoặc chuyển tệp này đi")
		}
	}
	if l.Len() > 0 {
		return nil, fmt.Errorf("%w\n\nChưa ghi gì: %d tệp đã có", l.Err(), l.Len())
	}
	return out, nil
}

// writeNew writes the files, each only if it still does not exist.
func writeNew(root string, files []starter.File) error {
	for _, f := range files {
		name := filepath.Join(root, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		w, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return err
		}
		_, err = w.Write(f.Data)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
