// Command generator builds minhbach sites: public transparency reports of a
// programme's targets, from its published text, CSV data and markdown.
//
//	go run ./generator build   [-config config.toml] [-out public] [-baseurl URL] [-drafts]
//	go run ./generator serve   [-port 1313]                # live preview
//	go run ./generator check   [-format text|github]   # validate everything, write nothing
//	go run ./generator new     tin-tuc/SLUG.md         # a new draft page from an archetype
//	go run ./generator inspect seeds/FILE.txt   # the parsed programme as JSON
//	go run ./generator import  seeds/FILE.txt   # draft data/indicators.toml from it
//
// Exit status: 0 success, 1 problems in content or data (each printed as
// file:line:col: message, in Vietnamese), 2 wrong usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	var u usageError
	switch {
	case err == nil:
	case errors.As(err, &u):
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	case errors.As(err, new(reported)):
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// usageError is a mistake in the command line rather than in the content.
type usageError string

func (u usageError) Error() string { return string(u) }

// flagError words a mistake in the options for people: which option, and
// the list of commands.
func flagError(fl *flag.FlagSet, err error) error {
	var opts strings.Builder
	fl.SetOutput(&opts)
	fl.PrintDefaults()
	msg := "Tuỳ chọn của lệnh " + fl.Name() + ":\n" + opts.String()
	if !errors.Is(err, flag.ErrHelp) {
		msg = "Tuỳ chọn không đúng (" + err.Error() + ").\n\n" + msg
	}
	return usageError(msg)
}

const usage = `Cách dùng: go run ./generator <lệnh> [tuỳ chọn]

Lệnh:
  build    dựng trang vào thư mục public/
           -config config.toml  -out public  -baseurl URL  -drafts
  serve    xem thử tại http://127.0.0.1:1313/, tự tải lại khi sửa tệp: serve [-port 1313]
  check    kiểm tra mọi nội dung và số liệu, không ghi gì: check [-format text|github]
  new      tạo trang mới từ trang mẫu, là bản nháp: new tin-tuc/ten-bai-viet.md
  inspect  in cấu trúc văn bản chương trình dạng JSON: inspect seeds/TEP.txt
  import   nháp data/indicators.toml từ văn bản: import [-root .] seeds/TEP.txt
           (chỉ thêm chỉ số còn thiếu; không sửa những gì đã có)`

// run is the whole command, so tests call it as people do.
func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError(usage)
	}
	switch args[0] {
	case "build":
		return build(args[1:], stdout, stderr)
	case "serve":
		return serve(args[1:], stdout, stderr)
	case "new":
		return newPage(args[1:], stdout, stderr)
	case "check":
		return check(args[1:], stdout, stderr)
	case "inspect":
		return inspect(args[1:], stdout, stderr)
	case "import":
		return importDefinitions(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return usageError(fmt.Sprintf("không có lệnh %q\n\n%s", args[0], usage))
}
